import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema';
import { periodeVan, wekenVanKwartaal } from '../domain/kalender';
import { volledigeNaam } from '../domain/medewerker';
import { NotFoundError } from '../domain/probleem';
import { gewicht, passendheid } from '../domain/verdeling';
import { getCapaciteitsvraag } from './capaciteitsvraag.service';
import { medewerkerRuimte, teamRuimte } from './inzetruimte.service';

const formatUren = (x: number) => new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(x);

/**
 * Who could take on a capaciteitsvraag: everyone holding the expertise at the minimum niveau or
 * above, ranked by fit, then by hours free for agile work in the period (their own free hours, capped
 * by their team's room beside its reservering), then by ambitie, then by the fewest agile dossiers
 * already carried — each with a plain Dutch explanation.
 */
export async function kandidaten(db: Kysely<Database>, vraagId: string, limiet = 50) {
  const vraag = await getCapaciteitsvraag(db, vraagId);
  const rij = await db
    .selectFrom('capaciteitsvraag')
    .select(['prioriteit', 'opgave_id', 'bestuursopdracht_id'])
    .where('id', '=', vraagId)
    .executeTakeFirst();
  if (!rij) throw new NotFoundError('Capaciteitsvraag', vraagId);
  const dossierId = rij.opgave_id ?? rij.bestuursopdracht_id ?? '';
  const periode = periodeVan('kwartaal', vraag.periode);
  const { vanWeek, totWeek, weken } = wekenVanKwartaal(vraag.periode);

  const mensen = (
    await sql<{
      medewerker_id: string;
      voornaam: string;
      tussenvoegsel: string | null;
      achternaam: string;
      functie: string;
      niveau: number;
      ambitie: boolean;
      team_id: string;
      team_naam: string;
      dossiers: string[];
    }>`
      select m.id as medewerker_id, m.voornaam, m.tussenvoegsel, m.achternaam, m.functie,
             me.niveau, me.ambitie, l.team_id, t.naam as team_naam,
             coalesce((
               select array_agg(distinct coalesce(c.opgave_id, c.bestuursopdracht_id)::text)
                 from capaciteitsvraag c
                where c.id in (
                  select i.capaciteitsvraag_id from inzet i
                   where i.medewerker_id = m.id and i.soort = 'wendbaar' and i.capaciteitsvraag_id is not null
                     and i.van <= ${periode.tot}::date and i.tot >= ${periode.van}::date
                  union
                  select v.capaciteitsvraag_id from inzetverzoek v
                   where v.medewerker_id = m.id and v.status in ('aangevraagd', 'tegenvoorstel')
                     and v.van <= ${periode.tot}::date and v.tot >= ${periode.van}::date)
             ), '{}') as dossiers
        from medewerker_expertise me
        join medewerker m on m.id = me.medewerker_id
        join teamlidmaatschap l on l.medewerker_id = m.id
         and l.ingangsdatum <= greatest(${periode.van}::date, current_date)
         and (l.einddatum is null or l.einddatum >= greatest(${periode.van}::date, current_date))
        join team t on t.id = l.team_id and t.soort = 'basisteam'
       where me.expertise_id = ${vraag.expertise.id}
         and me.niveau >= ${vraag.minimumNiveau}
         and m.in_dienst <= ${periode.tot}::date
         and (m.uit_dienst is null or m.uit_dienst >= ${periode.van}::date)`.execute(db)
  ).rows;

  const [ruimte, teams] = await Promise.all([
    medewerkerRuimte(
      db,
      mensen.map((m) => m.medewerker_id),
      vanWeek,
      totWeek,
    ),
    teamRuimte(db, [...new Set(mensen.map((m) => m.team_id))], vanWeek, totWeek),
  ]);
  const lijst = mensen.map((m) => {
    const r = ruimte.get(m.medewerker_id);
    const t = teams.get(m.team_id);
    const vrij = Math.max(0, r?.minVrij ?? 0);
    const teamRuimteMin = Math.max(0, t?.minRuimte ?? 0);
    const inzetbaar = Math.min(vrij, teamRuimteMin);
    const alOpDossier = m.dossiers.includes(dossierId);
    const f = passendheid(m.niveau, vraag.minimumNiveau, m.ambitie);
    const delen = [
      `niveau ${m.niveau} (gevraagd ${vraag.minimumNiveau})`,
      vrij > 0
        ? `${formatUren(vrij)} u/week vrij in ${vraag.periode}`
        : `geen vrije uren in ${vraag.periode}`,
      ...(vrij > 0 && teamRuimteMin < vrij
        ? [
            teamRuimteMin > 0
              ? `het team heeft naast de reservering nog ${formatUren(teamRuimteMin)} u/week`
              : 'het team heeft naast de reservering geen ruimte',
          ]
        : []),
      ...(m.ambitie ? ['wil groeien'] : []),
      alOpDossier
        ? 'werkt al aan dit dossier'
        : m.dossiers.length === 0
          ? 'nog geen wendbaar dossier'
          : `${m.dossiers.length} wendba${m.dossiers.length === 1 ? 'ar dossier' : 're dossiers'}`,
    ];
    return {
      medewerker: { id: m.medewerker_id, naam: volledigeNaam(m), functie: m.functie },
      team: {
        id: m.team_id,
        naam: m.team_naam,
        ruimtePerWeek: t?.minRuimte ?? 0,
        reservering: t?.reservering ?? 0,
      },
      niveau: m.niveau,
      ambitie: m.ambitie,
      vrijPerWeek: vrij,
      gemiddeldVrijPerWeek: r?.gemiddeldVrij ?? 0,
      inzetbaarPerWeek: inzetbaar,
      aantalDossiers: m.dossiers.length,
      alOpDossier,
      passendheid: f,
      score: gewicht(rij.prioriteit, f, alOpDossier),
      uitleg: delen.join(', '),
    };
  });
  lijst.sort(
    (a, b) =>
      b.passendheid - a.passendheid ||
      b.inzetbaarPerWeek - a.inzetbaarPerWeek ||
      Number(b.ambitie) - Number(a.ambitie) ||
      a.aantalDossiers - b.aantalDossiers ||
      a.medewerker.naam.localeCompare(b.medewerker.naam),
  );
  return {
    capaciteitsvraag: vraag,
    prioriteit: rij.prioriteit,
    vanWeek,
    totWeek,
    urenPerWeekGevraagd: Math.round((vraag.uren / weken) * 100) / 100,
    kandidaten: lijst.slice(0, limiet),
    aantal: lijst.length,
    uitleg:
      lijst.length === 0
        ? `Niemand heeft ${vraag.expertise.naam} op niveau ${vraag.minimumNiveau} of hoger.`
        : lijst.every((k) => k.inzetbaarPerWeek === 0)
          ? `Wel ${lijst.length} mensen met ${vraag.expertise.naam}, maar niemand heeft in ${vraag.periode} vrije uren naast de reservering van het eigen team.`
          : null,
  };
}
