import type { Kysely } from 'kysely';
import type { Gebruiker } from '../access/gebruiker';
import { getInstellingen } from '../db/beschikbaarheid.repository';
import type { Database } from '../db/schema';
import { veranderprogrammaOverzicht } from '../db/veranderprogramma.repository';
import { plusDagen } from '../domain/datum';
import type { RaadsbriefMomentopnameInhoud } from '../reports/raadsbrief-inhoud';
import { organisatieCapaciteit } from './beschikbaarheid.service';
import { organisatieFormatie } from './formatie.service';
import { getOverzicht } from './organisatie.service';
import { portfolio } from './portfolio.service';
import { STANDAARD_ORGANISATIENAAM } from './voorstel.service';
import { organisatieWerkdruk } from './werkdruk.service';

/**
 * The generated parts of a raadsbrief (issue 15, item 5), read through the services that answer the
 * same figures in the app, so the raad reads what the directie sees: the organisation overview, the
 * capacity rollup, the werkdruk heatmap, the portfolio, the formatie and the change programme. Only
 * aggregates go in (teams, counts, FTE, hours, titles and states): a raadsbrief is a public document.
 *
 * The caller composes the letter and may see all teams (directeur or P&O, src/access/raadsbrief.ts),
 * so the reads that narrow by reach give the whole organisation.
 */

const rond = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

/** The change programme's progress, behind one function: null while no phases are recorded. */
export async function veranderprogrammaVoortgang(
  db: Kysely<Database>,
  peildatum: string,
): Promise<RaadsbriefMomentopnameInhoud['veranderprogramma']> {
  const o = await veranderprogrammaOverzicht(db, peildatum);
  if (o.fases.length === 0 && o.themas.length === 0) return null;
  return {
    fasen: o.fases.map((f) => ({ volgnummer: f.volgnummer, naam: f.naam, status: f.status })),
    themas: o.themas.map((t) => ({
      naam: t.naam,
      stand: t.stand,
      open: t.acties.open,
      gereed: t.acties.gereed,
      verlopen: t.acties.verlopen,
      volgendeMijlpaal: t.volgendeMijlpaal
        ? { titel: t.volgendeMijlpaal.titel, datum: t.volgendeMijlpaal.datum }
        : null,
    })),
  };
}

/** The last complete month before the peildatum, as YYYY-MM. */
const vorigeMaand = (peildatum: string) => plusDagen(`${peildatum.slice(0, 7)}-01`, -1).slice(0, 7);

export async function neemMomentopname(
  db: Kysely<Database>,
  g: Gebruiker,
  peildatum: string,
): Promise<RaadsbriefMomentopnameInhoud> {
  const jaar = Number(peildatum.slice(0, 4));
  const maand = vorigeMaand(peildatum);
  const [instellingen, overzicht, capaciteit, werkdruk, dossiers, formatie, programma] = await Promise.all([
    getInstellingen(db),
    getOverzicht(db, g),
    organisatieCapaciteit(db, jaar),
    organisatieWerkdruk(db, g, { van: maand, tot: maand }),
    portfolio(db, `${jaar}-Q1`, `${jaar}-Q4`),
    organisatieFormatie(db, g, peildatum),
    veranderprogrammaVoortgang(db, peildatum),
  ]);
  const benuttingVan = new Map(capaciteit.teams.map((t) => [t.teamId, t.totaal.benutting]));
  const cap = capaciteit.totalen.reduce(
    (s, c) => ({ capaciteit: s.capaciteit + c.capaciteit, ingezet: s.ingezet + c.ingezet }),
    { capaciteit: 0, ingezet: 0 },
  );
  const w = werkdruk.organisatie[0];
  const teamsMet = (niveau: string) =>
    werkdruk.teams.filter((t) => t.cellen[0]?.niveau === niveau).map((t) => t.naam);
  const f = formatie.totaal;
  return {
    organisatie: instellingen.organisatienaam ?? STANDAARD_ORGANISATIENAAM,
    peildatum,
    organisatieInCijfers: {
      aantalTeams: overzicht.aantalTeams,
      aantalBasisteams: overzicht.aantalBasisteams,
      aantalMedewerkers: overzicht.aantalMedewerkers,
      fte: rond(overzicht.fte),
      teams: overzicht.teams
        .filter((t) => t.soort === 'basisteam')
        .map((t) => ({
          naam: t.naam,
          medewerkers: t.aantalMedewerkers,
          fte: rond(t.fte),
          benutting: benuttingVan.get(t.id) ?? null,
        })),
      capaciteit: {
        jaar,
        capaciteitUren: rond(cap.capaciteit, 0),
        ingezetUren: rond(cap.ingezet, 0),
        benutting: cap.capaciteit > 0 ? rond(cap.ingezet / cap.capaciteit, 3) : null,
      },
    },
    werkdruk:
      w && werkdruk.teams.length > 0 && w.onbekend < werkdruk.teams.length
        ? {
            maand,
            groen: w.groen,
            oranje: w.oranje,
            rood: w.rood,
            onbekend: w.onbekend,
            teamsRood: teamsMet('rood'),
            teamsOranje: teamsMet('oranje'),
          }
        : null,
    portfolio: {
      jaar,
      dossiers: dossiers.dossiers.map((d) => ({
        soort: d.soort,
        titel: d.titel,
        status: d.status,
        programma: d.programma?.naam ?? null,
        uren: rond(d.totaalUren, 0),
      })),
    },
    veranderprogramma: programma,
    formatie:
      f.formatieFte > 0 || f.bezettingFte > 0
        ? {
            formatieFte: rond(f.formatieFte),
            bezettingFte: rond(f.bezettingFte),
            vacatureFte: rond(f.vacatureFte),
            boventalligFte: rond(f.boventalligFte),
          }
        : null,
  };
}
