import type { Kysely } from 'kysely';
import type { Gebruiker } from '../access/gebruiker';
import {
  assertMagPulsBeheren,
  assertMagPulsResultatenZien,
  magOpenAntwoordenZien,
  magPulsBeheren,
  magPulsOverigZien,
  magPulsResultatenZien,
  magRondeZien,
  pulsTeamZicht,
} from '../access/puls';
import type {
  MijnPulsRondes,
  NieuwePulsRonde,
  PulsAntwoordInvoer,
  PulsGroep,
  PulsResultaten,
  PulsRonde,
  PulsRondes,
  PulsRondeWijziging,
  PulsTrend,
} from '../contract/puls';
import { withDbErrors } from '../db/db-errors';
import * as repo from '../db/puls.repository';
import type { Database } from '../db/schema';
import { inTransactie } from '../db/transactie';
import { updateMetVersie } from '../db/versie';
import { vandaag } from '../domain/datum';
import {
  assertGeenProblemen,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  type Probleem,
  StaleVersionError,
} from '../domain/probleem';
import {
  bepaalPublicatie,
  MIN_GROEPSGROOTTE,
  MIN_OPEN_ANTWOORDEN,
  publiceerbaarAantal,
  STANDAARD_VRAGEN,
  schud,
} from '../domain/puls-anonimiteit';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

type RondeRij = Awaited<ReturnType<typeof repo.findRondes>>[number];

async function views(db: Kysely<Database>, g: Gebruiker, rijen: RondeRij[]): Promise<PulsRonde[]> {
  const vragen = await repo.findVragen(
    db,
    rijen.map((r) => r.id),
  );
  const beheert = magPulsBeheren(g);
  return rijen.map(
    (r): PulsRonde => ({
      id: r.id,
      titel: r.titel,
      status: r.status,
      vragen: vragen.filter((v) => v.ronde_id === r.id).map((v) => ({ code: v.code, tekst: v.tekst })),
      openVraag: r.open_vraag,
      geopendOp: iso(r.geopend_op),
      geslotenOp: iso(r.gesloten_op),
      aantalAntwoorden: publiceerbaarAantal(r.aantal),
      versie: r.versie,
      mag: {
        wijzigen: beheert && r.status === 'concept',
        openen: beheert && r.status === 'concept',
        sluiten: beheert && r.status === 'open',
        resultatenZien: magPulsResultatenZien(g) && r.status === 'gesloten',
      },
    }),
  );
}

/** Rounds: all for P&O, the open and closed ones for who reads results. */
export async function listRondes(db: Kysely<Database>, g: Gebruiker): Promise<PulsRondes> {
  const rijen = await repo.findRondes(db, magPulsBeheren(g) ? {} : { statussen: ['open', 'gesloten'] });
  return { resultaten: await views(db, g, rijen), mag: { aanmaken: magPulsBeheren(g) } };
}

async function rondeRij(db: Kysely<Database>, g: Gebruiker, id: string): Promise<RondeRij> {
  const [r] = await repo.findRondes(db, { id });
  if (!r || !magRondeZien(g, r.status)) throw new NotFoundError('Pulsmeting', id);
  return r;
}

export async function getRonde(db: Kysely<Database>, g: Gebruiker, id: string): Promise<PulsRonde> {
  const [v] = await views(db, g, [await rondeRij(db, g, id)]);
  return v!;
}

export async function maakRonde(
  db: Kysely<Database>,
  g: Gebruiker,
  invoer: NieuwePulsRonde,
): Promise<PulsRonde> {
  assertMagPulsBeheren(g);
  const id = await inTransactie(db, async (trx) => {
    const id = await repo.insertRonde(trx, { titel: invoer.titel, open_vraag: invoer.openVraag || null });
    await repo.zetVragen(trx, id, invoer.vragen ?? STANDAARD_VRAGEN);
    return id;
  });
  return getRonde(db, g, id);
}

export async function wijzigRonde(
  db: Kysely<Database>,
  g: Gebruiker,
  id: string,
  versie: number,
  invoer: PulsRondeWijziging,
): Promise<PulsRonde> {
  assertMagPulsBeheren(g);
  const huidig = await rondeRij(db, g, id);
  if (huidig.status !== 'concept') {
    throw new ConflictError(
      'Deze pulsmeting is al geopend; de vragen liggen vast omdat er al op geantwoord kan zijn. Maak een nieuwe ronde.',
      'vastgelegd',
    );
  }
  await inTransactie(db, async (trx) => {
    const r = await withDbErrors(() =>
      updateMetVersie(trx, 'puls_ronde', id, versie, {
        ...(invoer.titel !== undefined ? { titel: invoer.titel } : {}),
        ...(invoer.openVraag !== undefined ? { open_vraag: invoer.openVraag || null } : {}),
      }),
    );
    if (!r) throw new StaleVersionError(huidig.versie);
    if (invoer.vragen) await repo.zetVragen(trx, id, invoer.vragen);
  });
  return getRonde(db, g, id);
}

/** concept → open → gesloten. On closing, the answers are rewritten in a random order. */
export async function zetStap(
  db: Kysely<Database>,
  g: Gebruiker,
  id: string,
  versie: number,
  naar: 'open' | 'gesloten',
  nu = new Date(),
): Promise<PulsRonde> {
  assertMagPulsBeheren(g);
  const huidig = await rondeRij(db, g, id);
  const van = naar === 'open' ? 'concept' : 'open';
  if (huidig.status !== van) {
    throw new ConflictError(
      naar === 'open'
        ? 'Alleen een pulsmeting in concept kan worden geopend.'
        : 'Alleen een open pulsmeting kan worden gesloten.',
      'verkeerde-fase',
    );
  }
  await inTransactie(db, async (trx) => {
    if (!(await repo.zetStatus(trx, id, versie, naar, nu))) throw new StaleVersionError(huidig.versie);
    if (naar === 'gesloten') await repo.schudAntwoorden(trx, id);
  });
  return getRonde(db, g, id);
}

/**
 * Stores one answer of the caller, anonymously: the deelname (who) and the answer (what, with the
 * basisteam of today) are two inserts in the request's one transaction with nothing in common but
 * the round. The deelname's primary key makes a second answer a 409, also when two arrive at once.
 */
export async function beantwoord(
  db: Kysely<Database>,
  g: Gebruiker,
  rondeId: string,
  invoer: PulsAntwoordInvoer,
  nu = new Date(),
): Promise<{ rondeId: string; beantwoord: true }> {
  const ronde = await rondeRij(db, g, rondeId);
  if (!g.medewerkerId) {
    throw new ForbiddenError('Alleen wie als medewerker bij de organisatie werkt, vult een pulsmeting in.');
  }
  const [metVragen] = await views(db, g, [ronde]);
  const problemen: Probleem[] = [];
  for (const v of metVragen!.vragen) {
    if (invoer.scores[v.code] === undefined) {
      problemen.push({
        veld: `scores.${v.code}`,
        code: 'verplicht',
        melding: `Kies een score bij "${v.tekst}".`,
      });
    }
  }
  for (const code of Object.keys(invoer.scores)) {
    if (!metVragen!.vragen.some((v) => v.code === code)) {
      problemen.push({
        veld: `scores.${code}`,
        code: 'onbekend',
        melding: 'Deze vraag hoort niet bij de ronde.',
      });
    }
  }
  if (invoer.openAntwoord && !ronde.open_vraag) {
    problemen.push({
      veld: 'openAntwoord',
      code: 'onbekend',
      melding: 'Deze ronde heeft geen open vraag.',
    });
  }
  assertGeenProblemen(problemen);
  const medewerkerId = g.medewerkerId;
  await inTransactie(db, async (trx) => {
    const slot = await repo.lockRonde(trx, rondeId);
    if (slot?.status !== 'open') {
      throw new ConflictError(
        slot?.status === 'gesloten'
          ? 'Deze pulsmeting is gesloten; antwoorden kan niet meer.'
          : 'Deze pulsmeting is nog niet geopend.',
        'verkeerde-fase',
      );
    }
    if (!(await repo.insertDeelname(trx, rondeId, medewerkerId))) {
      throw new ConflictError(
        'Je hebt deze pulsmeting al ingevuld; iedereen antwoordt één keer.',
        'bestaat-al',
      );
    }
    await repo.insertAntwoord(trx, {
      ronde_id: rondeId,
      team_id: await repo.basisteamOp(trx, medewerkerId, vandaag(nu)),
      scores: invoer.scores,
      open_antwoord: invoer.openAntwoord?.trim() || null,
    });
  });
  return { rondeId, beantwoord: true };
}

export async function mijnRondes(db: Kysely<Database>, g: Gebruiker): Promise<MijnPulsRondes> {
  const rijen = await repo.mijnOpenRondes(db, g.medewerkerId);
  return {
    resultaten: rijen.map((r) => ({
      id: r.id,
      titel: r.titel,
      beantwoord: Boolean(r.beantwoord),
      kanInvullen: g.medewerkerId !== null && !r.beantwoord,
    })),
  };
}

// --- results ---------------------------------------------------------------------------------------

type Tellingen = Awaited<ReturnType<typeof repo.tellingen>>;

/** The figures of a set of teams (`null` = without basisteam) in one round, summed. */
function groep(t: Tellingen, rondeId: string, teams: (string | null)[], codes: string[]): PulsGroep {
  const binnen = (x: { ronde_id: string; team_id: string | null }) =>
    x.ronde_id === rondeId && teams.includes(x.team_id);
  const aantal = t.aantallen.filter(binnen).reduce((s, x) => s + x.aantal, 0);
  return {
    aantal,
    scores: codes.map((code) => {
      const rijen = t.sommen.filter((x) => binnen(x) && x.code === code);
      const n = rijen.reduce((s, x) => s + x.aantal, 0);
      const som = rijen.reduce((s, x) => s + x.som, 0);
      return { code, gemiddelde: n >= MIN_GROEPSGROOTTE ? Math.round((som / n) * 10) / 10 : null };
    }),
  };
}

/** The one publication of a round (bepaalPublicatie), from which every caller sees a subset. */
function publicatie(t: Tellingen, rondeId: string) {
  const groepen = t.aantallen
    .filter((x) => x.ronde_id === rondeId)
    .map((x) => ({ sleutel: x.team_id, aantal: x.aantal }));
  return { groepen, ...bepaalPublicatie(groepen) };
}

const TOELICHTING =
  `Uitslagen tonen alleen groepen van minstens ${MIN_GROEPSGROOTTE} antwoorden. Kleinere teams en wie geen basisteam had ` +
  'zijn samengevoegd tot "overig"; is dat nog te klein, dan gaat ook het kleinste team erin, zodat geen uitslag ' +
  `af te leiden is door getallen van elkaar af te trekken. Open antwoorden staan alleen op organisatieniveau (vanaf ${MIN_OPEN_ANTWOORDEN}) in willekeurige volgorde.`;

export async function resultaten(
  db: Kysely<Database>,
  g: Gebruiker,
  rondeId: string,
): Promise<PulsResultaten> {
  assertMagPulsResultatenZien(g);
  const ronde = await rondeRij(db, g, rondeId);
  const vragen = (await repo.findVragen(db, [rondeId])).map((v) => ({ code: v.code, tekst: v.tekst }));
  const codes = vragen.map((v) => v.code);
  const zicht = pulsTeamZicht(g);
  const leeg: PulsResultaten = {
    ronde: { id: ronde.id, titel: ronde.titel, status: ronde.status, geslotenOp: iso(ronde.gesloten_op) },
    vragen,
    aantalAntwoorden: publiceerbaarAantal(ronde.aantal),
    organisatie: null,
    teams: [],
    overig: null,
    eigenTeamsZonderUitslag: [],
    openAntwoorden: null,
    toelichting: TOELICHTING,
  };
  // Results only once the round is closed: while it runs, a figure that moves after each answer
  // would tell who answered what to anyone watching.
  if (ronde.status !== 'gesloten') return leeg;
  const t = await repo.tellingen(db, [rondeId]);
  const p = publicatie(t, rondeId);
  if (!p.organisatie) return { ...leeg, eigenTeamsZonderUitslag: await eigenZonder(db, zicht, []) };
  const zichtbaar = p.apart.filter(
    (id): id is string => id !== null && (zicht === 'alle' || zicht.includes(id)),
  );
  const namen = new Map((await repo.teamNamen(db, zichtbaar)).map((n) => [n.id, n.naam]));
  const teams = zichtbaar
    .map((teamId) => ({ teamId, teamNaam: namen.get(teamId) ?? '?', ...groep(t, rondeId, [teamId], codes) }))
    .sort((a, b) => a.teamNaam.localeCompare(b.teamNaam, 'nl'));
  const open = magOpenAntwoordenZien(g) ? await repo.openAntwoorden(db, rondeId) : [];
  return {
    ...leeg,
    organisatie: groep(
      t,
      rondeId,
      p.groepen.map((x) => x.sleutel),
      codes,
    ),
    teams,
    overig:
      p.overigGepubliceerd && magPulsOverigZien(g)
        ? { ...groep(t, rondeId, p.overig, codes), aantalTeams: p.overig.filter((x) => x !== null).length }
        : null,
    eigenTeamsZonderUitslag: await eigenZonder(db, zicht, zichtbaar),
    openAntwoorden:
      magOpenAntwoordenZien(g) && ronde.open_vraag !== null
        ? open.length >= MIN_OPEN_ANTWOORDEN
          ? schud(open)
          : []
        : null,
  };
}

/** A teamleider's own teams without figures, so the page can say why rather than leave them out. */
async function eigenZonder(db: Kysely<Database>, zicht: 'alle' | string[], getoond: string[]) {
  if (zicht === 'alle') return [];
  const rest = zicht.filter((id) => !getoond.includes(id));
  return (await repo.teamNamen(db, rest)).map((n) => ({ teamId: n.id, teamNaam: n.naam }));
}

/** Per team across the closed rounds, oldest first; each round published on its own rule. */
export async function trend(db: Kysely<Database>, g: Gebruiker): Promise<PulsTrend> {
  assertMagPulsResultatenZien(g);
  const rondes = (await repo.findRondes(db, { statussen: ['gesloten'] })).sort((a, b) =>
    String(iso(a.gesloten_op)).localeCompare(String(iso(b.gesloten_op))),
  );
  const ids = rondes.map((r) => r.id);
  const vragen = await repo.findVragen(db, ids);
  const codes = [...new Set(vragen.map((v) => v.code))];
  const t = await repo.tellingen(db, ids);
  const zicht = pulsTeamZicht(g);
  const publicaties = new Map(ids.map((id) => [id, publicatie(t, id)]));
  const teamIds = new Set<string>();
  for (const p of publicaties.values()) {
    for (const id of p.apart) if (id !== null && (zicht === 'alle' || zicht.includes(id))) teamIds.add(id);
  }
  const namen = await repo.teamNamen(db, [...teamIds]);
  return {
    rondes: rondes.map((r) => ({ id: r.id, titel: r.titel, geslotenOp: iso(r.gesloten_op) })),
    vragen: codes,
    organisatie: ids.map((id) =>
      publicaties.get(id)!.organisatie
        ? groep(
            t,
            id,
            publicaties.get(id)!.groepen.map((x) => x.sleutel),
            codes,
          )
        : null,
    ),
    teams: namen
      .map((n) => ({
        teamId: n.id,
        teamNaam: n.naam,
        reeks: ids.map((id) =>
          publicaties.get(id)!.apart.includes(n.id) ? groep(t, id, [n.id], codes) : null,
        ),
      }))
      .sort((a, b) => a.teamNaam.localeCompare(b.teamNaam, 'nl')),
  };
}
