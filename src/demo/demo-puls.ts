import type { Kysely } from 'kysely';
import * as repo from '../db/puls.repository';
import type { Database } from '../db/schema';
import { inTransactie } from '../db/transactie';
import { vandaag } from '../domain/datum';
import { STANDAARD_VRAGEN, schud } from '../domain/puls-anonimiteit';

/**
 * The demo's pulsmeting (issue 14, items 5 and 7): two closed rounds about four months apart and one
 * open round that the demo accounts have not answered yet, so a medewerker sees the banner on home.
 *
 * - About three in four medewerkers answered each closed round, so most basisteams have well over
 *   five answers; in two teams (KLEINE_TEAMS) only three answered, so the results show "overig".
 * - Three teams (DRUKKE_TEAMS) report a high werkdruk (about 4 of 5) in both rounds: the pulse part of
 *   the werkdruksignaal (H4) is raised for them. They are named, not derived, so the demo tells the
 *   same story each time; they are teams whose work a municipality knows to be under pressure.
 * - Answers are generated from a fixed seed and inserted in a shuffled order, as closing a round
 *   leaves them; deelname rows are written for who answered the closed rounds.
 */
export const DRUKKE_TEAMS = ['Vergunningen', 'Jeugd en Onderwijs', 'Werk en Inkomen'] as const;
export const KLEINE_TEAMS = ['Belastingen', 'Vastgoed en Projecten'] as const;

const OPEN_VRAAG = 'Wat zou jouw werk het meest verbeteren?';
const OPEN_ANTWOORDEN = [
  'Minder tegelijk: we beginnen aan te veel dossiers naast het gewone werk.',
  'Meer tijd om nieuwe collega’s in te werken.',
  'De vacatures in ons team sneller invullen.',
  'Duidelijker prioriteiten van het MT als er iets nieuws bij komt.',
  'Meer ruimte om thuis geconcentreerd te werken.',
  'Betere systemen, we typen veel dubbel over.',
  'Waardering voor wat wel lukt, niet alleen wat blijft liggen.',
  'Een vast overleg met de programmaregisseurs over wie waar aan werkt.',
  'Minder ad-hocvragen van het bestuur zonder dat er iets vervalt.',
  'Opleidingsbudget dat je ook echt kunt gebruiken.',
  'Fijn team, maar de piek in het voorjaar is elk jaar te zwaar.',
  'Meer contact met de teamleider over hoe het gaat.',
];

/** A small seeded generator (mulberry32): the demo is the same on every load. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const maandenTerug = (nu: Date, maanden: number, dagen = 0) => {
  const d = new Date(nu);
  d.setUTCMonth(d.getUTCMonth() - maanden);
  d.setUTCDate(d.getUTCDate() - dagen);
  return d;
};

/** A Likert score around a mean, clamped to 1..5. */
const score = (random: () => number, gemiddeld: number) =>
  Math.min(5, Math.max(1, Math.round(gemiddeld + (random() + random() + random() - 1.5) * 1.4)));

export async function loadDemoPuls(db: Kysely<Database>, nu: Date = new Date()): Promise<void> {
  const random = generator(2026);
  const metAccount = await repo.medewerkersMetAccount(db);
  await inTransactie(db, async (trx) => {
    const rondes = [
      { titel: 'Pulsmeting voorjaar', open: maandenTerug(nu, 7), druk: 3.9, extra: 0 },
      { titel: 'Pulsmeting najaar', open: maandenTerug(nu, 3), druk: 4.3, extra: 0.2 },
    ];
    for (const r of rondes) {
      const gesloten = new Date(r.open.getTime() + 14 * 24 * 3600 * 1000);
      const id = await repo.insertDemoRonde(trx, {
        titel: r.titel,
        status: 'gesloten',
        open_vraag: OPEN_VRAAG,
        geopend_op: r.open,
        gesloten_op: gesloten,
        aangemaakt_op: maandenTerug(r.open, 0, 7),
      });
      await repo.zetVragen(trx, id, STANDAARD_VRAGEN);
      const mensen = await repo.medewerkersMetBasisteam(trx, vandaag(r.open));
      const perKleinTeam = new Map<string, number>();
      const antwoorden: Parameters<typeof repo.insertDemoAntwoorden>[2] = [];
      const deelnemers: string[] = [];
      for (const m of mensen) {
        const klein = KLEINE_TEAMS.some((k) => m.team_naam === k);
        if (klein) {
          const n = perKleinTeam.get(m.team_id!) ?? 0;
          if (n >= 3) continue;
          perKleinTeam.set(m.team_id!, n + 1);
        } else if (random() > 0.75) continue;
        const druk = DRUKKE_TEAMS.some((k) => m.team_naam === k);
        const werkdruk = score(random, druk ? r.druk : 2.7);
        antwoorden.push({
          team_id: m.team_id,
          scores: {
            werkdruk,
            energie: score(random, druk ? 2.6 : 3.7 + r.extra),
            steun: score(random, 3.6 + r.extra),
            plezier: score(random, druk ? 3.1 : 3.8),
          },
          open_antwoord:
            random() < 0.05 ? OPEN_ANTWOORDEN[Math.floor(random() * OPEN_ANTWOORDEN.length)]! : null,
        });
        deelnemers.push(m.medewerker_id);
      }
      await repo.insertDemoAntwoorden(trx, id, schud(antwoorden, random), deelnemers);
    }

    // The open round: some colleagues answered already, none of the demo accounts did.
    const open = await repo.insertDemoRonde(trx, {
      titel: 'Pulsmeting winter',
      status: 'open',
      open_vraag: OPEN_VRAAG,
      geopend_op: maandenTerug(nu, 0, 3),
      gesloten_op: null,
      aangemaakt_op: maandenTerug(nu, 0, 10),
    });
    await repo.zetVragen(trx, open, STANDAARD_VRAGEN);
    const mensen = (await repo.medewerkersMetBasisteam(trx, vandaag(nu))).filter(
      (m) => !metAccount.has(m.medewerker_id),
    );
    const vroeg = mensen.filter(() => random() < 0.3);
    await repo.insertDemoAntwoorden(
      trx,
      open,
      schud(
        vroeg.map((m) => ({
          team_id: m.team_id,
          scores: {
            werkdruk: score(random, 3),
            energie: score(random, 3.5),
            steun: score(random, 3.6),
            plezier: score(random, 3.7),
          },
          open_antwoord: null,
        })),
        random,
      ),
      vroeg.map((m) => m.medewerker_id),
    );
  });
}
