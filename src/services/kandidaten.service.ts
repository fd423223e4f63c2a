import type { Kysely } from 'kysely';
import type { Kandidaat, Kandidaten } from '../contract/inzetverzoek';
import { findKandidaten } from '../db/capaciteitsvraag.repository';
import type { Database } from '../db/schema';
import { OPEN_STATUSSEN } from '../domain/inzetverzoek';
import { periodeVan, wekenVanKwartaal } from '../domain/kalender';
import { volledigeNaam } from '../domain/medewerker';
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
export async function kandidaten(db: Kysely<Database>, vraagId: string, limiet = 50): Promise<Kandidaten> {
  const vraag = await getCapaciteitsvraag(db, vraagId);
  const dossierId = vraag.dossier.id;
  const periode = periodeVan('kwartaal', vraag.periode);
  const { vanWeek, totWeek, weken } = wekenVanKwartaal(vraag.periode);

  const mensen = await findKandidaten(db, {
    expertiseId: vraag.expertise.id,
    minimumNiveau: vraag.minimumNiveau,
    van: periode.van,
    tot: periode.tot,
    openStatussen: OPEN_STATUSSEN,
  });

  const [ruimte, teams] = await Promise.all([
    medewerkerRuimte(
      db,
      mensen.map((m) => m.medewerker_id),
      vanWeek,
      totWeek,
    ),
    teamRuimte(db, [...new Set(mensen.map((m) => m.team_id))], vanWeek, totWeek),
  ]);
  const lijst = mensen.map((m): Kandidaat => {
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
      score: gewicht(vraag.prioriteit, f, alOpDossier),
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
    prioriteit: vraag.prioriteit,
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
