import { type Kysely, sql } from 'kysely';
import { nieuweFormatieplaatsSchema } from '../contract/formatie';
import type { Database } from '../db/schema';
import { fte as fteVanUren } from '../domain/contracturen';
import { vandaag } from '../domain/datum';
import { createFormatieplaats, createPlaatsingen } from '../services/formatie.service';
import {
  createLoonsombudget,
  createWerkgeverslasten,
  organisatieLoonsom,
  slaSalaristabelOp,
} from '../services/loonsom.service';
import { demoGebruiker } from './demo-gebruiker';

/** The example table's name says what it is: nobody should take these amounts for the Cao's. */
export const voorbeeldtabelNaam = 'Voorbeeldtabel — geen officiële Cao-tabel';

/** The schalen and treden the example table covers: wider than the demo uses (4–16, 0–12). */
const SCHALEN = { van: 1, tot: 18 };
const TREDEN = { van: 0, tot: 12 };

/**
 * An EXAMPLE monthly salary, not the Cao Gemeenten's: about €2,600 for schaal 6 trede 0, ~10 % more
 * per schaal and ~3 % more per trede, in whole euros. Plausible enough for the loonsom to tell a
 * story; a municipality loads its real table (CSV/XLSX) over it.
 */
export function voorbeeldBedrag(schaal: number, trede: number): number {
  return Math.round(2600 * 1.1 ** (schaal - 6) * 1.03 ** trede);
}

function voorbeeldtabelCsv(): string {
  const regels = ['schaal;trede;bedrag'];
  for (let s = SCHALEN.van; s <= SCHALEN.tot; s++)
    for (let t = TREDEN.van; t <= TREDEN.tot; t++) regels.push(`${s};${t};${voorbeeldBedrag(s, t)}`);
  return `${regels.join('\n')}\n`;
}

/** One current member of a team, with what their placement needs. */
interface Lid {
  team_id: string;
  team_naam: string;
  soort: 'directie' | 'basisteam';
  medewerker_id: string;
  functie: string;
  schaal: number;
  lid_sinds: string;
  lid_tot: string | null;
  in_dienst: string;
  uit_dienst: string | null;
  uren_per_week: number;
  contract_sinds: string;
  contract_tot: string | null;
}

const afgerond = (fte: number) => Math.round(fte * 10_000) / 10_000;

// ISO dates sort as text: the latest start and the earliest end (null: open).
const laatste = (...d: string[]) => [...d].sort().at(-1)!;
const eerste = (...d: (string | null)[]) => d.filter((x): x is string => x !== null).sort()[0] ?? null;

/** The first day of the month `maanden` months before `nu`. */
function maandenTerug(nu: string, maanden: number): string {
  const j = Number(nu.slice(0, 4));
  const m = Number(nu.slice(5, 7)) - 1 - maanden;
  const jaar = j + Math.floor(m / 12);
  const maand = (((m % 12) + 12) % 12) + 1;
  return `${jaar}-${String(maand).padStart(2, '0')}-01`;
}

/** The value that occurs most (on a tie the highest), e.g. a functie's usual schaal. */
function meestVoorkomend(waarden: readonly number[]): number {
  const tel = new Map<number, number>();
  for (const w of waarden) tel.set(w, (tel.get(w) ?? 0) + 1);
  return [...tel.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
}

/**
 * The demo municipality's formatie and loonsom (issue 13), so the formatie and loonsom pages show
 * a working organisation: an example salary table and werkgeverslasten from 1 January, per team a
 * formatieplaats per functie sized exactly to the people who do that work (so the only
 * vacancies are the story's, not rounding) with everyone placed, and a loonsombudget per team. The story: two teams have an open vacancy (one of
 * them the demo teamleider's first team, a signal on her own page), one team has a place that is
 * over-filled after a reorganisation, and one team's loonsom overruns its budget by ~3 %, a
 * signal for the directie and P&O. Made through the services, so every rule holds; the placements
 * go in one checked batch, because the demo loads at every start of a test server.
 */
export async function loadDemoFormatie(db: Kysely<Database>, nu: string = vandaag()): Promise<void> {
  const jaar = Number(nu.slice(0, 4));
  const begin = `${jaar}-01-01`;
  const directeur =
    (
      await db
        .selectFrom('account')
        .select('id')
        .where('e_mail', '=', 'directeur@demo-gemeente.nl')
        .executeTakeFirst()
    )?.id ?? '';
  // The demo sets up the formatie as the directie would: it may change every team's.
  const g = demoGebruiker(directeur);

  await slaSalaristabelOp(db, {
    geldigVanaf: begin,
    naam: voorbeeldtabelNaam,
    formaat: 'csv',
    inhoud: voorbeeldtabelCsv(),
  });
  // IKB and yearly increase as the service defaults them; pension and premiums are example rates.
  await createWerkgeverslasten(db, g, {
    geldigVanaf: begin,
    ikbPercentage: 17.05,
    pensioenPercentage: 14,
    socialePremiesPercentage: 12,
    loonstijgingPercentage: 0,
  });

  const leden = (
    await sql<Lid>`
      select l.team_id, t.naam as team_naam, t.soort, m.id as medewerker_id, m.functie, m.schaal,
             l.ingangsdatum as lid_sinds, l.einddatum as lid_tot, m.in_dienst, m.uit_dienst,
             c.uren_per_week, c.ingangsdatum as contract_sinds, c.einddatum as contract_tot
        from teamlidmaatschap l
        join team t on t.id = l.team_id
        join medewerker m on m.id = l.medewerker_id
        join contracturen c on c.medewerker_id = m.id
         and c.ingangsdatum <= ${nu} and (c.einddatum is null or c.einddatum >= ${nu})
       where l.ingangsdatum <= ${nu} and (l.einddatum is null or l.einddatum >= ${nu})
         and t.opgeheven_op is null
       order by t.naam, m.functie, m.personeelsnummer`.execute(db)
  ).rows.map((r) => ({ ...r, uren_per_week: Number(r.uren_per_week), schaal: Number(r.schaal) }));

  const perTeam = new Map<string, { naam: string; soort: Lid['soort']; functies: Map<string, Lid[]> }>();
  for (const l of leden) {
    const team = perTeam.get(l.team_id) ?? { naam: l.team_naam, soort: l.soort, functies: new Map() };
    team.functies.set(l.functie, [...(team.functies.get(l.functie) ?? []), l]);
    perTeam.set(l.team_id, team);
  }

  const haarTeams = (
    await sql<{ team_id: string }>`
      select l.team_id from leiderschap l join account a on a.medewerker_id = l.medewerker_id
       join team t on t.id = l.team_id
       where a.e_mail = 'teamleider@demo-gemeente.nl' and l.rol = 'teamleider' and l.einddatum is null
       order by t.naam`.execute(db)
  ).rows.map((r) => r.team_id);
  const basisteams = [...perTeam.entries()]
    .filter(([, t]) => t.soort === 'basisteam')
    .map(([id]) => id)
    .sort((a, b) => perTeam.get(a)!.naam.localeCompare(perTeam.get(b)!.naam, 'nl'));
  const anderen = basisteams.filter((id) => !haarTeams.includes(id));
  const kies = (i: number) => anderen[i % Math.max(1, anderen.length)];
  // Her first team gets a vacancy (her signal); the others' turns fall on teams she does not lead.
  const vacatureTeams = new Set([haarTeams[0] ?? kies(0), kies(3)].filter((x) => x !== undefined));
  const boventalligTeam = kies(6);
  const overschrijdingTeam = kies(9);
  const vacatureSinds = maandenTerug(nu, 3);

  const plaats = async (
    teamId: string,
    functie: string,
    salarisschaal: number,
    fte: number,
    ingangsdatum: string,
  ) =>
    (
      await createFormatieplaats(
        db,
        g,
        teamId,
        nieuweFormatieplaatsSchema.parse({
          functieNaam: functie,
          salarisschaal: String(salarisschaal),
          fte,
          ingangsdatum,
          soort: 'structureel',
          financiering: 'regulier',
        }),
      )
    ).id;

  const plaatsingen: Parameters<typeof createPlaatsingen>[2][number][] = [];
  for (const [teamId, team] of perTeam) {
    // The over-filled place: the team's largest functie, one FTE short since a reorganisation.
    const grootste = [...team.functies.entries()]
      .map(([functie, ls]) => ({ functie, fte: ls.reduce((s, l) => s + fteVanUren(l.uren_per_week), 0) }))
      .sort((a, b) => b.fte - a.fte || a.functie.localeCompare(b.functie))[0];
    for (const [functie, ls] of team.functies) {
      const som = afgerond(ls.reduce((s, l) => s + fteVanUren(l.uren_per_week), 0));
      const formatie =
        teamId === boventalligTeam && functie === grootste?.functie && som > 1.5
          ? afgerond(som - 1)
          : afgerond(som);
      const schaal = meestVoorkomend(ls.map((l) => l.schaal));
      const id = await plaats(teamId, functie, schaal, formatie, begin);
      for (const l of ls) {
        plaatsingen.push({
          formatieplaatsId: id,
          medewerkerId: l.medewerker_id,
          fte: fteVanUren(l.uren_per_week),
          ingangsdatum: laatste(begin, l.lid_sinds, l.in_dienst, l.contract_sinds),
          einddatum: eerste(l.lid_tot, l.uit_dienst, l.contract_tot),
        });
      }
    }
    if (vacatureTeams.has(teamId) && grootste) {
      const ls = team.functies.get(grootste.functie)!;
      await plaats(teamId, grootste.functie, meestVoorkomend(ls.map((l) => l.schaal)), 1, vacatureSinds);
    }
  }
  await createPlaatsingen(db, g, plaatsingen);

  // Budgets from what the formatie costs this year: 2 % room, and one team that overruns by ~3 %.
  const loonsom = await organisatieLoonsom(db, g, jaar);
  for (const team of loonsom.teams) {
    const kosten = team.jaren.find((j) => j.jaar === jaar)?.totaal ?? 0;
    if (kosten <= 0) continue;
    const bedrag = Math.round(team.teamId === overschrijdingTeam ? kosten / 1.03 : kosten * 1.02);
    await createLoonsombudget(db, g, team.teamId, { jaar, bedrag });
  }
}
