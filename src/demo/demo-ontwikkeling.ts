import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { findLeiderschap } from '../db/leiderschap.repository';
import * as repo from '../db/ontwikkeling.repository';
import type { Database, OntwikkelactiviteitStatus } from '../db/schema';
import { findActieveBasisteams } from '../db/team.repository';
import { inTransactie } from '../db/transactie';
import { plusDagen, vandaag } from '../domain/datum';
import type { ActiviteitSoort } from '../domain/ontwikkeling';

/**
 * The demo's development (issue 14, items 1, 3, 4 and 7): the organisation's themes, a budget per
 * basisteam and for the organisation this year and next, personal plans for two in three medewerkers
 * (always the demo medewerker's), a team plan per basisteam, and a leadership plan for every leader.
 * Everything follows from the personeelsnummer order, so the demo tells the same story each time:
 * activities before today are done, those around today under way, later ones planned. Every fifth
 * team gets a tight budget, so the overview shows overruns next to room.
 */
const THEMAS = [
  { naam: 'Digitaal vakmanschap', omschrijving: 'Werken met data, nieuwe systemen en informatieveiligheid.' },
  {
    naam: 'Opgavegericht werken',
    omschrijving: 'Samenwerken over teams heen aan de opgaven van de gemeente.',
  },
  { naam: 'Vitaliteit en werkplezier', omschrijving: 'Duurzaam inzetbaar blijven, ook bij hoge werkdruk.' },
  { naam: 'Inwoner centraal', omschrijving: 'Heldere taal, participatie en dienstverlening.' },
  { naam: 'Leiderschap en coaching', omschrijving: 'Coachend leidinggeven, intervisie en feedback.' },
];

const CATALOGUS: {
  soort: ActiviteitSoort;
  titel: string;
  dagen: number;
  uren: number;
  kosten: number;
  thema: number;
}[] = [
  { soort: 'cursus', titel: 'Data-analyse voor beleid', dagen: 40, uren: 24, kosten: 1450_00, thema: 0 },
  { soort: 'training', titel: 'Schrijven in heldere taal', dagen: 1, uren: 8, kosten: 495_00, thema: 3 },
  { soort: 'training', titel: 'Projectmatig werken', dagen: 14, uren: 16, kosten: 895_00, thema: 1 },
  { soort: 'coaching', titel: 'Loopbaancoaching', dagen: 90, uren: 10, kosten: 1200_00, thema: 2 },
  { soort: 'intervisie', titel: 'Intervisiegroep', dagen: 120, uren: 12, kosten: 0, thema: 1 },
  { soort: 'cursus', titel: 'Omgevingswet in de praktijk', dagen: 30, uren: 20, kosten: 1100_00, thema: 3 },
  { soort: 'jobrotatie', titel: 'Meelopen bij een ander team', dagen: 60, uren: 0, kosten: 0, thema: 1 },
  { soort: 'training', titel: 'Informatieveiligheid', dagen: 1, uren: 4, kosten: 150_00, thema: 0 },
];

const DOELEN = [
  'Zelfstandig analyses maken voor beleidsvoorstellen',
  'Brieven en besluiten in begrijpelijke taal schrijven',
  'Een project van begin tot eind trekken',
  'Mijn werk en energie beter in balans brengen',
  'Vaker samenwerken met andere teams',
];

function status(van: string, tot: string, nu: string): OntwikkelactiviteitStatus {
  if (tot < nu) return 'afgerond';
  return van <= nu ? 'bezig' : 'gepland';
}

/** A date in the year from a day number, clipped to the year. */
const dagIn = (jaar: number, dag: number) => plusDagen(`${jaar}-01-01`, Math.max(0, Math.min(364, dag)));

export async function loadDemoOntwikkeling(db: Kysely<Database>, nu: string = vandaag()): Promise<void> {
  const jaar = Number(nu.slice(0, 4));
  await inTransactie(db, async (trx) => {
    const themas = await repo.insertThemasBulk(trx, THEMAS);
    const themaId = (i: number) => themas.find((t) => t.naam === THEMAS[i]!.naam)!.id;
    const teams = await findActieveBasisteams(trx, nu);
    const mensen = await repo.findMensenMetBasisteam(trx, nu);
    const demoMedewerker = await repo.findMedewerkerVanAccount(trx, 'medewerker@demo-gemeente.nl');
    const leiders = await findLeiderschap(trx, { peildatum: nu });

    const plannen: Parameters<typeof repo.insertPlannenBulk>[1] = [];
    const doelen: Parameters<typeof repo.insertDoelenBulk>[1] = [];
    const activiteiten: Parameters<typeof repo.insertActiviteitenBulk>[1] = [];
    const activiteit = (
      planId: string,
      doelId: string | null,
      c: (typeof CATALOGUS)[number],
      j: number,
      start: number,
    ) => {
      const van = dagIn(j, start);
      const tot = plusDagen(van, c.dagen - 1) > `${j}-12-31` ? `${j}-12-31` : plusDagen(van, c.dagen - 1);
      activiteiten.push({
        plan_id: planId,
        doel_id: doelId,
        soort: c.soort,
        titel: c.titel,
        van,
        tot,
        kosten_centen: c.kosten,
        uren: c.uren,
        status: status(van, tot, nu),
      });
    };

    // Personal plans: two in three this year, one in four next year already.
    mensen.forEach((m, i) => {
      const metPlan = i % 3 !== 2 || m.id === demoMedewerker;
      if (metPlan) {
        const planId = randomUUID();
        plannen.push({
          id: planId,
          jaar,
          soort: 'medewerker',
          medewerker_id: m.id,
          team_id: null,
          budget_team_id: m.team_id,
        });
        const eerste = CATALOGUS[i % CATALOGUS.length]!;
        const doelId = randomUUID();
        doelen.push({
          id: doelId,
          plan_id: planId,
          omschrijving: DOELEN[i % DOELEN.length]!,
          status: i % 4 === 0 ? 'bezig' : 'open',
          thema_id: themaId(eerste.thema),
        });
        activiteit(planId, doelId, eerste, jaar, (i * 37) % 330);
        if (i % 2 === 0)
          activiteit(planId, null, CATALOGUS[(i + 3) % CATALOGUS.length]!, jaar, (i * 53 + 120) % 330);
      }
      if (i % 4 === 0) {
        const planId = randomUUID();
        plannen.push({
          id: planId,
          jaar: jaar + 1,
          soort: 'medewerker',
          medewerker_id: m.id,
          team_id: null,
          budget_team_id: m.team_id,
        });
        activiteit(planId, null, CATALOGUS[(i + 1) % CATALOGUS.length]!, jaar + 1, (i * 29) % 300);
      }
    });

    // Team plans: a team day and intervision on the organisation's themes.
    teams.forEach((t, i) => {
      const planId = randomUUID();
      plannen.push({
        id: planId,
        jaar,
        soort: 'team',
        medewerker_id: null,
        team_id: t.id,
        budget_team_id: t.id,
      });
      const doelId = randomUUID();
      doelen.push({
        id: doelId,
        plan_id: planId,
        omschrijving: 'Als team opgavegericht samenwerken',
        status: 'bezig',
        thema_id: themaId(1),
      });
      activiteit(
        planId,
        doelId,
        {
          soort: 'training',
          titel: 'Teamdag opgavegericht werken',
          dagen: 1,
          uren: 6,
          kosten: 2500_00,
          thema: 1,
        },
        jaar,
        (i * 41) % 330,
      );
      if (i % 2 === 0)
        activiteit(
          planId,
          null,
          {
            soort: 'coaching',
            titel: 'Teamcoaching werkdruk',
            dagen: 60,
            uren: 6,
            kosten: 3200_00,
            thema: 2,
          },
          jaar,
          (i * 23 + 60) % 300,
        );
    });

    // Leadership plans for every leader today: coaching and intervision, paid centrally.
    for (const medewerkerId of new Set(leiders.map((l) => l.medewerker_id))) {
      const planId = randomUUID();
      plannen.push({
        id: planId,
        jaar,
        soort: 'leiderschap',
        medewerker_id: medewerkerId,
        team_id: null,
        budget_team_id: null,
      });
      const doelId = randomUUID();
      doelen.push({
        id: doelId,
        plan_id: planId,
        omschrijving: 'Coachend leidinggeven in een wendbare organisatie',
        status: 'bezig',
        thema_id: themaId(4),
      });
      activiteit(
        planId,
        doelId,
        { soort: 'coaching', titel: 'Leiderschapscoaching', dagen: 180, uren: 12, kosten: 2400_00, thema: 4 },
        jaar,
        30,
      );
      activiteit(
        planId,
        doelId,
        {
          soort: 'intervisie',
          titel: 'Intervisie leidinggevenden',
          dagen: 240,
          uren: 16,
          kosten: 0,
          thema: 4,
        },
        jaar,
        60,
      );
    }

    // Budgets: about what the plans cost, tight (80 %) for every fifth team; next year 3 % more.
    const kosten = new Map<string | null, number>();
    const planTeam = new Map(
      plannen.map((p) => [p.id, p.jaar === jaar ? (p.budget_team_id ?? null) : undefined]),
    );
    for (const a of activiteiten) {
      const t = planTeam.get(a.plan_id);
      if (t !== undefined) kosten.set(t, (kosten.get(t) ?? 0) + Number(a.kosten_centen));
    }
    const budget = (centen: number, krap: boolean) =>
      Math.round((centen * (krap ? 0.8 : 1.15)) / 100_000) * 100_000;
    const budgetten = [
      ...teams.flatMap((t, i) => {
        const b = Math.max(2_500_00, budget(kosten.get(t.id) ?? 0, i % 5 === 0));
        return [
          { jaar, team_id: t.id, bedrag_centen: b },
          { jaar: jaar + 1, team_id: t.id, bedrag_centen: Math.round((b * 1.03) / 100) * 100 },
        ];
      }),
      { jaar, team_id: null, bedrag_centen: Math.max(10_000_00, budget(kosten.get(null) ?? 0, false)) },
      {
        jaar: jaar + 1,
        team_id: null,
        bedrag_centen: Math.max(10_000_00, budget((kosten.get(null) ?? 0) * 1.03, false)),
      },
    ];

    await repo.insertPlannenBulk(trx, plannen);
    await repo.insertDoelenBulk(trx, doelen);
    await repo.insertActiviteitenBulk(trx, activiteiten);
    await repo.insertBudgettenBulk(trx, budgetten);
  });
}
