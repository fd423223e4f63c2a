import type { Kysely } from 'kysely';
import { type Config, describeDatabaseTarget } from '../config';
import type { Database } from '../db/schema';
import { countOrganisatie, loadDemoOrganisatie, type OrganisatieTelling } from '../demo/demo-loader';
import { generateDemoOrganisatie, minimumMedewerkers, standaardSeed } from '../demo/demo-organisatie';
import { CliError } from './cli-error';
import { formatAantal, formatSeconden } from './format';
import { migrate, openConfiguredDatabase } from './open-database';

export interface DemoArguments {
  medewerkers: number;
  seed: number;
  vervang: boolean;
}

/** Reads `--medewerkers`, `--seed` and `--vervang`, refusing values the generator cannot use. */
export function readDemoArguments(values: {
  medewerkers?: string;
  seed?: string;
  vervang?: boolean;
}): DemoArguments {
  const medewerkers = readInteger('--medewerkers', values.medewerkers, 400);
  if (medewerkers < minimumMedewerkers || medewerkers > 1_000_000) {
    throw new CliError(`--medewerkers moet tussen ${minimumMedewerkers} en 1.000.000 liggen.`);
  }
  return {
    medewerkers,
    seed: readInteger('--seed', values.seed, standaardSeed),
    vervang: values.vervang ?? false,
  };
}

function readInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new CliError(`${name} moet een geheel getal zijn, niet '${value}'.`);
  return Number(value);
}

/** `wendbaar demo`: loads a generated organisation into the configured database. */
export async function runDemo(config: Config, args: DemoArguments): Promise<void> {
  const handle = await openConfiguredDatabase(config);
  try {
    console.log(`Database: ${describeDatabaseTarget(config)}`);
    await migrate(handle);
    const bestaand = await countOrganisatie(handle.db);
    const inGebruik = bestaand.team + bestaand.medewerker + bestaand.expertise > 0;
    if (inGebruik && !args.vervang) {
      throw new CliError(
        `De database bevat al een organisatie (${formatAantal(bestaand.team)} teams, ` +
          `${formatAantal(bestaand.medewerker)} medewerkers). Gebruik --vervang om die te vervangen ` +
          'door de demo-organisatie; de huidige teams, medewerkers en expertises worden dan verwijderd.',
      );
    }
    await loadDemo(handle.db, args, inGebruik);
  } finally {
    await handle.close();
  }
}

async function loadDemo(db: Kysely<Database>, args: DemoArguments, vervang: boolean): Promise<void> {
  const start = performance.now();
  const org = generateDemoOrganisatie({ medewerkers: args.medewerkers, seed: args.seed });
  const gegenereerd = performance.now();
  let telling: OrganisatieTelling;
  try {
    telling = await loadDemoOrganisatie(db, org, { vervang });
  } catch (error) {
    // A foreign key from data outside the organisation (e.g. inzet) blocks replacing it.
    if (vervang && (error as { code?: string }).code === '23503') {
      throw new CliError(
        'De organisatie kan niet worden vervangen: andere gegevens verwijzen nog naar teams of medewerkers. ' +
          'Begin met een lege database (een nieuwe WENDBAAR_DATA_DIR of database).',
      );
    }
    throw error;
  }
  const klaar = performance.now();
  console.log(
    `${vervang ? 'Organisatie vervangen door' : 'Geladen:'} de demo-organisatie (seed ${args.seed}) ` +
      `in ${formatSeconden(klaar - start)} (genereren ${formatSeconden(gegenereerd - start)}, ` +
      `laden ${formatSeconden(klaar - gegenereerd)}):`,
  );
  const regels: [string, number][] = [
    ['teams', telling.team],
    ['medewerkers', telling.medewerker],
    ['contracturen', telling.contracturen],
    ['teamlidmaatschappen', telling.teamlidmaatschap],
    ['leiderschap', telling.leiderschap],
    ['expertises', telling.expertise],
    ['expertises van medewerkers', telling.medewerker_expertise],
  ];
  for (const [label, n] of regels) console.log(`  ${label.padEnd(28)}${formatAantal(n).padStart(9)}`);
}
