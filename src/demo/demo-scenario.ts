import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { vandaag } from '../domain/datum';
import { getInstellingen, updateInstellingen } from '../services/beschikbaarheid.service';
import { teamFormatie } from '../services/formatie.service';
import { formatieStanden, teamsBovenBudget } from '../services/formatie-signalen.service';
import { addWijziging, createScenario, updateScenario } from '../services/scenario.service';
import { maakVoorstel } from '../services/voorstel.service';
import { demoGebruiker } from './demo-gebruiker';

/** The demo's scenario: its name is what the directie and the college look for. */
export const DEMO_SCENARIO_NAAM = 'Formatie volgend jaar: de knelpunten van dit jaar opgelost';

/**
 * The demo's formatie and middelen story, continued (issue 13): P&O proposes a scenario for next
 * year that answers what the formatie signals show this year. It turns the boventallige place into
 * formatie (the people are there and needed), adds a place to the demo teamleider's team (her open
 * vacancy shows the work is there) and raises the budget of the team over it; the texts of the
 * onderbouwd voorstel are filled in and one voorstel is made, so the college finds a proposal with
 * a document number, and the directie a scenario to adopt. Nothing is adopted: live data stays as
 * demo-formatie.ts left it.
 */
export async function loadDemoScenario(db: Kysely<Database>, nu: string = vandaag()): Promise<void> {
  const jaar = Number(nu.slice(0, 4));
  const volgendJaar = `${jaar + 1}-01-01`;
  const po = await db
    .selectFrom('account')
    .select('id')
    .where('e_mail', '=', 'po@demo-gemeente.nl')
    .executeTakeFirst();
  const g = demoGebruiker(po?.id ?? '', { naam: 'Demo-P&O', eMail: 'po@demo-gemeente.nl', rollen: ['po'] });

  const instellingen = await getInstellingen(db);
  await updateInstellingen(db, instellingen.versie, { organisatienaam: 'Demo-gemeente' });

  const [standen, boven] = await Promise.all([
    formatieStanden(db, 'alle', nu),
    teamsBovenBudget(db, 'alle', jaar),
  ]);
  const boventallig = standen.find((t) => t.boventalligFte > 0);
  const vacant = standen.find((t) => t.vacatureFte > 0);

  let s = await createScenario(db, g, {
    naam: DEMO_SCENARIO_NAAM,
    peildatum: volgendJaar,
    toelichting:
      'Uitgewerkt door P&O na de signalen van dit jaar: boventalligheid, vacatures en een loonsom boven budget.',
  });
  if (boventallig) {
    const plaats = (await teamFormatie(db, g, boventallig.teamId, nu)).formatieplaatsen.find(
      (p) => p.boventalligFte > 0,
    );
    if (plaats)
      s = await addWijziging(db, g, s.id, {
        soort: 'plaats-herschalen',
        formatieplaatsId: plaats.id,
        fte: plaats.bezettingFte,
        ingangsdatum: volgendJaar,
      });
  }
  if (vacant) {
    s = await addWijziging(db, g, s.id, {
      soort: 'plaats-toevoegen',
      teamId: vacant.teamId,
      functieNaam: 'Beleidsadviseur',
      salarisschaal: '10',
      fte: 1,
      plaatssoort: 'structureel',
      financiering: 'regulier',
      ingangsdatum: volgendJaar,
    });
  }
  const over = boven[0];
  if (over) {
    s = await addWijziging(db, g, s.id, {
      soort: 'budget-wijzigen',
      teamId: over.teamId,
      jaar: jaar + 1,
      bedrag: Math.ceil((over.loonsom * 1.05) / 1000) * 1000,
    });
  }
  s = await updateScenario(db, g, s.id, s.versie, {
    status: 'voorgesteld',
    voorstelteksten: {
      aanleiding:
        'Dit jaar laat de formatie drie knelpunten zien: een plaats waarop meer mensen werken dan de formatie toestaat, vacatures in teams met meer werk dan capaciteit, en een team waarvan de loonsom boven het budget uitkomt.\n\nDit voorstel lost die knelpunten per 1 januari op.',
      toelichtingBehoefte:
        'De behoefte tegen de capaciteit laat per kwartaal zien waar het werk de beschikbare uren overstijgt. De extra plaats komt in het team waar de vraag het langst onvervuld is.',
      risicos:
        'Als de vacatures niet worden vervuld, blijft het tekort aan capaciteit bestaan en stijgt de inhuur.\n\nDe loonstijging van de nieuwe Cao is nog niet bekend; de meerjarenraming rekent met de huidige tabel.',
      gevraagdBesluit:
        'Het college wordt gevraagd in te stemmen met de formatiewijzigingen per 1 januari en het ontwikkelbudget op te nemen in de kadernota.',
      ontwikkelbudget: {
        bedrag: 120_000,
        begrotingsjaar: jaar + 1,
        karakter: 'structureel',
        bestedingen: [
          { omschrijving: 'Leiderschapsprogramma voor teamleiders', bedrag: 45_000 },
          { omschrijving: 'Opleidingen voor schaarse expertise', bedrag: 60_000 },
          { omschrijving: 'Intervisie en coaching', bedrag: 15_000 },
        ],
        onderbouwing:
          'De organisatie ontwikkelt zich van vaste teams naar een wendbare inzet op opgaven. Dat vraagt andere vaardigheden van teamleiders en medewerkers.',
      },
    },
  });
  await maakVoorstel(db, g, s.id);
}
