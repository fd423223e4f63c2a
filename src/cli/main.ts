import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ConfigError, readConfig } from '../config';
import { DataMapBezetError } from '../db/pglite-slot';
import { CliError } from './cli-error';
import { usage } from './usage';

/** Where the built web app lives, relative to this file so any working directory works. */
const webRoot = fileURLToPath(new URL('../../dist/web', import.meta.url));

/**
 * Runs one `wendbaar` command and returns the exit code. `start` returns once the server listens;
 * the open server keeps the process alive until a signal stops it.
 */
export async function runCli(argv: string[]): Promise<number> {
  const [command = 'help', ...rest] = argv;
  try {
    switch (command) {
      case 'start': {
        parseArgs({ args: rest, options: {} });
        const config = readConfig(process.env);
        const built = existsSync(`${webRoot}/index.html`);
        if (!built)
          console.warn('Let op: de webapp is niet gebouwd (dist/web); alleen de API is beschikbaar.');
        const { runStart } = await import('./start.command');
        await runStart(config, built ? webRoot : undefined);
        return 0;
      }
      case 'dev': {
        parseArgs({ args: rest, options: {} });
        const { runDev } = await import('./dev.command');
        await runDev(readConfig(process.env));
        return 0;
      }
      case 'migrate': {
        const { values } = parseArgs({ args: rest, options: { 'app-rol': { type: 'string' } } });
        const { runMigrate } = await import('./migrate.command');
        await runMigrate(readConfig(process.env), { appRol: values['app-rol'] });
        return 0;
      }
      case 'demo': {
        const { values } = parseArgs({
          args: rest,
          options: {
            medewerkers: { type: 'string' },
            seed: { type: 'string' },
            vervang: { type: 'boolean' },
          },
        });
        const { readDemoArguments, runDemo } = await import('./demo.command');
        await runDemo(readConfig(process.env), readDemoArguments(values));
        return 0;
      }
      case 'audit':
        return await runAudit(rest);
      case 'account': {
        const [sub, ...opties] = rest;
        if (sub !== 'aanmaken')
          throw new CliError(`Onbekende opdracht: account ${sub ?? ''}. Bedoeld: wendbaar account aanmaken.`);
        const { values } = parseArgs({
          args: opties,
          options: {
            'e-mail': { type: 'string' },
            naam: { type: 'string' },
            rol: { type: 'string', multiple: true },
          },
        });
        const { runAccountAanmaken } = await import('./account.command');
        return await runAccountAanmaken(readConfig(process.env), {
          eMail: values['e-mail'],
          naam: values.naam,
          rollen: values.rol ?? [],
        });
      }
      case 'salaristabel': {
        const [sub, ...opties] = rest;
        if (sub !== 'laden')
          throw new CliError(
            `Onbekende opdracht: salaristabel ${sub ?? ''}. Bedoeld: wendbaar salaristabel laden.`,
          );
        const { values } = parseArgs({
          args: opties,
          options: {
            bestand: { type: 'string' },
            'geldig-vanaf': { type: 'string' },
            naam: { type: 'string' },
          },
        });
        const { runSalaristabelLaden } = await import('./salaristabel.command');
        return await runSalaristabelLaden(readConfig(process.env), {
          bestand: values.bestand,
          geldigVanaf: values['geldig-vanaf'],
          naam: values.naam,
        });
      }
      case 'import': {
        const { values, positionals } = parseArgs({
          args: rest,
          options: {
            soort: { type: 'string' },
            koppeling: { type: 'string' },
            peildatum: { type: 'string' },
            volledig: { type: 'boolean' },
            doorvoeren: { type: 'boolean' },
            reden: { type: 'string' },
          },
          allowPositionals: true,
        });
        if (positionals.length > 1) throw new CliError(`Onverwacht argument: ${positionals[1]}`);
        const { runImport } = await import('./import.command');
        return await runImport(readConfig(process.env), {
          bestand: positionals[0],
          soort: values.soort,
          koppeling: values.koppeling,
          peildatum: values.peildatum,
          volledig: values.volledig ?? false,
          doorvoeren: values.doorvoeren ?? false,
          reden: values.reden,
        });
      }
      case 'backup': {
        const { values } = parseArgs({ args: rest, options: { uit: { type: 'string' } } });
        const { runBackup } = await import('./backup.command');
        await runBackup(readConfig(process.env), { uit: values.uit });
        return 0;
      }
      case 'restore': {
        const { values, positionals } = parseArgs({
          args: rest,
          options: { 'app-rol': { type: 'string' } },
          allowPositionals: true,
        });
        if (positionals.length > 1) throw new CliError(`Onverwacht argument: ${positionals[1]}`);
        const { runRestore } = await import('./restore.command');
        await runRestore(readConfig(process.env), { bestand: positionals[0], appRol: values['app-rol'] });
        return 0;
      }
      case 'help':
      case '--help':
      case '-h':
        console.log(usage);
        return 0;
      default:
        console.error(`Onbekende opdracht: ${command}\n`);
        console.error(usage);
        return 1;
    }
  } catch (error) {
    return report(error);
  }
}

/** `wendbaar audit verify | anker | export`: the audit log's keyed chain, its anchors, a CSV export. */
async function runAudit(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  switch (sub) {
    case 'verify': {
      parseArgs({ args: rest, options: {} });
      const { runAuditVerify } = await import('./audit.command');
      return runAuditVerify(readConfig(process.env));
    }
    case 'anker': {
      parseArgs({ args: rest, options: {} });
      const { runAuditAnker } = await import('./audit.command');
      return runAuditAnker(readConfig(process.env));
    }
    case 'export': {
      const { values } = parseArgs({
        args: rest,
        options: { van: { type: 'string' }, tot: { type: 'string' } },
      });
      const { readExportArguments, runAuditExport } = await import('./audit.command');
      await runAuditExport(readConfig(process.env), readExportArguments(values));
      return 0;
    }
    default:
      console.error(
        `${sub ? `Onbekende opdracht: audit ${sub}` : 'Welke audit-opdracht? verify, anker of export'}\n`,
      );
      console.error(usage);
      return 1;
  }
}

function report(error: unknown): number {
  // Another process has the PGlite folder: the message names it; no stack trace.
  if (error instanceof CliError || error instanceof DataMapBezetError) {
    console.error(error.message);
  } else if (error instanceof ConfigError) {
    console.error(`De instellingen kloppen niet:\n${error.message}`);
  } else if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(`${translateParseError(error as Error & { code: string })}\n\n${usage}`);
  } else {
    console.error('Wendbaar stopte door een onverwachte fout:');
    console.error(error);
  }
  return 1;
}

/** node:util parseArgs speaks English; the user reads Dutch. */
function translateParseError(error: Error & { code: string }): string {
  const wat = /'([^']*)'/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Onbekende optie: ${wat}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `Ongeldige waarde voor optie ${wat}`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `Onverwacht argument: ${wat}`;
    default:
      return error.message;
  }
}
