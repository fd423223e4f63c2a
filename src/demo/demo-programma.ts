import type { Kysely } from 'kysely';
import { vervangThemaInzet } from '../db/inzet.repository';
import type { Database } from '../db/schema';
import * as repo from '../db/veranderprogramma.repository';
import { plusDagen, vandaag } from '../domain/datum';
import { heleWeken } from '../domain/veranderprogramma';

/**
 * The demo's veranderprogramma (issue 15, item 1), after the phases and themes of the raadsbrief on
 * the organisatieontwikkeling (docs/veranderprogramma.md). Dated relative to today so it always
 * shows a programme under way: phases 0–3 done, 4 running, 5 planned; eight themes, each with a
 * teamleider as trekker (one with the demo medewerker, who then manages it) and a transitieteam of
 * 3–5 medewerkers at 2–4 hours a week, written as inzet so the capacity figures carry them; per
 * theme actions and milestones, some done, some overdue. Loaded once: nothing happens when phases
 * exist already.
 */

export const DEMO_FASES = [
  {
    naam: 'Verkenning en voorbereiding',
    doel: 'Waarom veranderen we, en met wie? Opdracht en aanpak vastgesteld.',
  },
  {
    naam: 'Klankborden, ophalen en schetsen',
    doel: 'Met medewerkers, bestuur en partners ophalen wat goed gaat en wat beter moet.',
  },
  { naam: 'Ontwerpen en richten', doel: 'Ontwerp- en sturingsprincipes en de hoofdstructuur kiezen.' },
  { naam: 'Inrichten', doel: 'Basisteams, rollen en taken inrichten; plaatsing van medewerkers.' },
  {
    naam: 'Verrichten en ontwikkelen',
    doel: 'Werken in de nieuwe organisatie en leren van de eerste ervaringen.',
  },
  {
    naam: 'Doorontwikkelen robuuste en wendbare organisatie',
    doel: 'Opgavegericht werken en de wendbare schil op volle kracht.',
  },
] as const;

/** The eight themes of the programme, with the phase they belong to and their actions. */
const THEMAS: {
  naam: string;
  omschrijving: string;
  fase: number;
  acties: { soort: 'actie' | 'mijlpaal'; titel: string; dag: number; gereed?: boolean }[];
}[] = [
  {
    naam: 'Ontwerp- en sturingsprincipes',
    omschrijving:
      'De principes waarop de organisatie is ontworpen en gestuurd: zo dicht mogelijk bij het werk.',
    fase: 4,
    acties: [
      { soort: 'mijlpaal', titel: 'Sturingsprincipes vastgesteld door de directie', dag: -200, gereed: true },
      { soort: 'actie', titel: 'Mandaatregeling aanpassen aan de basisteams', dag: -14 },
      { soort: 'mijlpaal', titel: 'Evaluatie sturing na een jaar', dag: 60 },
    ],
  },
  {
    naam: 'Koers en cultuur',
    omschrijving: 'Een gedeelde koers en een cultuur van vertrouwen, eigenaarschap en samenwerken.',
    fase: 4,
    acties: [
      { soort: 'actie', titel: 'Cultuurgesprekken in alle basisteams', dag: -30, gereed: true },
      { soort: 'actie', titel: 'Opbrengst cultuurgesprekken verwerken in Zo werken we', dag: 21 },
      { soort: 'mijlpaal', titel: 'Organisatiedag over de koers', dag: 45 },
    ],
  },
  {
    naam: 'Continuïteit en inrichting directie',
    omschrijving: 'De rol en samenstelling van de directie en de borging van de continuïteit.',
    fase: 4,
    acties: [
      { soort: 'mijlpaal', titel: 'Directiestatuut vastgesteld', dag: -90, gereed: true },
      { soort: 'actie', titel: 'Portefeuilleverdeling directie herijken', dag: -7 },
    ],
  },
  {
    naam: 'De professional van de Demo-gemeente',
    omschrijving: 'Wat we van elkaar vragen als professional, en hoe we daarin groeien.',
    fase: 4,
    acties: [
      { soort: 'actie', titel: 'Competentieprofiel uitwerken met het transitieteam', dag: 30 },
      { soort: 'mijlpaal', titel: 'Profiel opgenomen in de gesprekscyclus', dag: 90 },
    ],
  },
  {
    naam: 'Strategische en complexe opgaven',
    omschrijving: 'Opgavegericht werken in de wendbare schil naast de basisteams.',
    fase: 5,
    acties: [
      { soort: 'mijlpaal', titel: 'Eerste drie opgaveteams gestart', dag: -60, gereed: true },
      { soort: 'actie', titel: 'Werkwijze capaciteitsvragen en inzetverzoeken beschrijven', dag: -21 },
      { soort: 'mijlpaal', titel: 'Portfolio van opgaven in het college', dag: -5 },
      { soort: 'mijlpaal', titel: 'Alle strategische opgaven opgavegericht', dag: 150 },
    ],
  },
  {
    naam: 'Ondersteuning en goed werkgeverschap',
    omschrijving: 'Bedrijfsvoering die het werk ondersteunt, en een werkgever waar mensen willen werken.',
    fase: 4,
    acties: [
      { soort: 'actie', titel: 'Regeling hybride werken voorleggen aan de OR', dag: -10, gereed: true },
      { soort: 'actie', titel: 'Werkdrukaanpak per basisteam afspreken', dag: 40 },
    ],
  },
  {
    naam: 'Inrichting teams, taken, rollen, verantwoordelijkheden',
    omschrijving: 'De basisteams met hun taken, rollen en verantwoordelijkheden; iedereen in een basisteam.',
    fase: 4,
    acties: [
      { soort: 'mijlpaal', titel: 'Plaatsingsplan uitgevoerd', dag: -150, gereed: true },
      { soort: 'actie', titel: 'Resultaatdoelen per basisteam vastleggen', dag: -3 },
      { soort: 'mijlpaal', titel: 'Capaciteitsplanning in alle basisteams', dag: 75 },
    ],
  },
  {
    naam: 'Leiderschap',
    omschrijving: 'Leidinggeven dat ruimte geeft en verbindt; het profiel voor de leidinggevenden.',
    fase: 4,
    acties: [
      { soort: 'mijlpaal', titel: 'Leiderschapsprofiel vastgesteld', dag: -120, gereed: true },
      { soort: 'actie', titel: 'Leiderschapsprogramma tweede ronde inplannen', dag: 14 },
      { soort: 'mijlpaal', titel: 'Leiderschapsprogramma afgerond', dag: 200 },
    ],
  },
];

const ROLLEN_IN_TEAM = ['Aanjager', 'Lid', 'Lid', 'Verbinder met de basisteams', 'Lid'];

export async function loadDemoProgramma(db: Kysely<Database>, nu: Date = new Date()): Promise<void> {
  if ((await repo.countFases(db)) > 0) return;
  const dag = vandaag(nu);
  const d = (n: number) => plusDagen(dag, n);

  // Phases 0–3 done, 4 running around today, 5 planned.
  const perioden: [number, number][] = [
    [-700, -640],
    [-639, -550],
    [-549, -460],
    [-459, -370],
    [-369, 120],
    [121, 485],
  ];
  const faseIds: string[] = [];
  for (const [i, f] of DEMO_FASES.entries()) {
    const [van, tot] = perioden[i]!;
    faseIds.push(
      await repo.insertFase(db, {
        volgnummer: i,
        naam: f.naam,
        doel: f.doel,
        van: d(van),
        tot: d(tot),
        status: i < 4 ? 'afgerond' : i === 4 ? 'lopend' : 'gepland',
      }),
    );
  }

  const leiders = await repo.findDemoTeamleiders(db);
  const kandidaten = await repo.findDemoKandidaten(db);
  const demoMedewerker = await repo.findAccountMedewerker(db, 'medewerker@demo-gemeente.nl');
  const periode = heleWeken(d(-120), d(180));
  let volgende = 0;
  for (const [i, t] of THEMAS.entries()) {
    // The demo medewerker trekt "Koers en cultuur", so that account shows what a trekker may do.
    const trekker =
      i === 1 && demoMedewerker ? demoMedewerker : (leiders[i % Math.max(leiders.length, 1)]?.id ?? null);
    const themaId = await repo.insertThema(db, {
      naam: t.naam,
      omschrijving: t.omschrijving,
      trekker_medewerker_id: trekker,
      fase_id: faseIds[t.fase] ?? null,
    });
    const omvang = 3 + (i % 3);
    for (let n = 0; n < omvang && kandidaten.length > 0; n++) {
      // Every seventh candidate, so the teams draw from across the organisation.
      const m = kandidaten[(volgende * 7) % kandidaten.length]!;
      volgende++;
      if (m.id === trekker) continue;
      const uren = 2 + ((i + n) % 3);
      await repo.insertLid(db, {
        thema_id: themaId,
        medewerker_id: m.id,
        rol: ROLLEN_IN_TEAM[n] ?? 'Lid',
        uren_per_week: uren,
        ...periode,
      });
      await vervangThemaInzet(db, m.id, themaId, { ...periode, urenPerWeek: uren });
    }
    for (const a of t.acties) {
      await repo.insertActie(db, {
        thema_id: themaId,
        soort: a.soort,
        titel: a.titel,
        eigenaar_medewerker_id: trekker,
        datum: d(a.dag),
        status: a.gereed ? 'gereed' : 'open',
        gereed_op: a.gereed ? d(Math.min(a.dag, 0)) : null,
      });
    }
  }
}
