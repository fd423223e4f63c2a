import { type IsoDatum, plusDagen } from './datum';
import type {
  FeitWissel,
  HuidigTeam,
  ImportPlan,
  ImportStand,
  MedewerkerActie,
  PersoonVelden,
  PlanOpties,
  TeamActie,
} from './import-plan-typen';
import type { ImportProbleem, MedewerkerRij, TeamRij } from './import-rijen';
import { doorloop, STAP, type Stappen } from './import-stappen';
import { volledigeNaam } from './medewerker';

export type {
  Feit,
  FeitWissel,
  FormatieplaatsActie,
  HuidigeMedewerker,
  HuidigTeam,
  ImportPlan,
  ImportStand,
  MedewerkerActie,
  PersoonVelden,
  PlanOpties,
  TeamActie,
  VeldWijziging,
  Waarde,
} from './import-plan-typen';

import { geldendOp, type Periode } from './periode';
import { isVerTerug } from './terugwerkend';

/**
 * The import plan: what a file changes against the current state, from the file's peildatum. Pure:
 * the service reads the whole current state once (set-based), this function compares, and the commit
 * carries out exactly this plan — so the dry run and the commit cannot differ, and planning again
 * after a commit finds nothing to do (idempotence, keyed on personeelsnummer or team name).
 *
 * Effective dating: person fields (name, e-mail, functie, schaal, trede) have no history and are
 * replaced; team, contract hours and leadership change from the ingangsdatum, which is the peildatum
 * (or the day in service, when that is later); a running fact ends the day before, history is never
 * rewritten — except a fact that itself started on that same day (an earlier import on the same
 * peildatum), which is corrected in place. Uit dienst is taken as given; with `volledig`, whoever is
 * in service on the peildatum but not in the file leaves the day before the peildatum.
 */

const sleutel = (naam: string) => naam.trim().toLocaleLowerCase('nl');

/** Active teams by lower-case name: names are unique among teams that are not dissolved. */
function teamsOpNaam(teams: readonly HuidigTeam[]): Map<string, HuidigTeam> {
  const m = new Map<string, HuidigTeam>();
  for (const t of teams) if (t.opgeheven_op === null) m.set(sleutel(t.naam), t);
  return m;
}

function probleem(rij: number | null, kolom: string | null, code: string, melding: string): ImportProbleem {
  return { rij, kolom, code, melding: rij === null ? melding : `Rij ${rij}: ${melding}` };
}

/** The facts as they stand after uit dienst changes from `oud` to `nieuw` (what the commit does first). */
export function naUitDienst<T extends Periode>(
  feiten: readonly T[],
  oud: IsoDatum | null,
  nieuw: IsoDatum | null,
): T[] {
  return feiten.map((f) => {
    let einddatum = f.einddatum;
    if (oud !== null && einddatum === oud) einddatum = nieuw;
    if (nieuw !== null && (einddatum === null || einddatum > nieuw)) einddatum = nieuw;
    return einddatum === f.einddatum ? f : { ...f, einddatum };
  });
}

/**
 * The change of one effective-dated value from `vanaf`: null when the value in force then is the
 * same; a problem when a later fact is already recorded (history is appended, not rewritten).
 */
function wissel<T, F extends Periode & { id: string }>(
  feiten: readonly F[],
  vanaf: IsoDatum,
  waarde: T,
  huidig: (f: F) => T,
): FeitWissel<T> | { probleem: IsoDatum } | null {
  const lopend = geldendOp(feiten, vanaf);
  if (lopend && huidig(lopend) === waarde) return null;
  const later = feiten.filter((f) => f.ingangsdatum > vanaf).map((f) => f.ingangsdatum);
  if (later.length > 0) return { probleem: later.sort().at(-1)! };
  if (lopend && lopend.ingangsdatum === vanaf) return { vanaf, waarde, beeindig: null, vervang: lopend.id };
  return {
    vanaf,
    waarde,
    beeindig: lopend ? { id: lopend.id, einddatum: plusDagen(vanaf, -1) } : null,
    vervang: null,
  };
}

const tekst = (s: string | null | undefined): string | null => {
  const t = s?.trim();
  return t ? t : null;
};

/** Plans a medewerkers file against the current state. */
export function planMedewerkers(
  stand: ImportStand,
  rijen: readonly MedewerkerRij[],
  opties: PlanOpties,
): ImportPlan {
  return doorloop(planMedewerkersStappen(stand, rijen, opties));
}

/** planMedewerkers in steps (src/domain/import-stappen.ts): yields the rows planned so far. */
export function* planMedewerkersStappen(
  stand: ImportStand,
  rijen: readonly MedewerkerRij[],
  opties: PlanOpties,
): Stappen<ImportPlan> {
  const { peildatum, vandaag, volledig } = opties;
  const problemen: ImportProbleem[] = [];
  const acties: MedewerkerActie[] = [];
  let ongewijzigd = 0;
  const teams = teamsOpNaam(stand.teams);
  const teamOpId = new Map(stand.teams.map((t) => [t.id, t]));
  const opNummer = new Map(stand.medewerkers.map((m) => [m.personeelsnummer, m]));
  const eMails = new Map(
    stand.medewerkers.map((m) => [m.e_mail.toLocaleLowerCase('nl'), m.personeelsnummer]),
  );
  const terugReden = tekst(opties.reden);
  const teVerTerug = (datum: IsoDatum) =>
    terugReden === null && isVerTerug(datum, vandaag, stand.terugwerkendeDagen);
  const terugMelding = (datum: IsoDatum) =>
    `de wijziging gaat in op ${datum}, meer dan ${stand.terugwerkendeDagen} dagen terug. Kies een latere peildatum of geef een reden op voor wijzigingen met terugwerkende kracht.`;
  // Who will lead a basisteam from when (ends and starts in this plan), to refuse two teamleiders.
  const nieuweTeamleiders = new Map<string, { rij: number; personeelsnummer: string; vanaf: IsoDatum }>();
  const beeindigdeLeiding = new Set<string>();
  const inBestand = new Set<string>();
  const eMailInBestand = new Map<string, number>();

  const nieuweTeamleider = (
    teamId: string,
    n: { rij: number; personeelsnummer: string; vanaf: IsoDatum },
  ) => {
    const eerder = nieuweTeamleiders.get(teamId);
    if (eerder)
      problemen.push(
        probleem(
          n.rij,
          'leidinggevende_van',
          'twee-teamleiders',
          `rij ${eerder.rij} maakt ook iemand teamleider van ${teamOpId.get(teamId)?.naam}; een basisteam heeft één teamleider.`,
        ),
      );
    else nieuweTeamleiders.set(teamId, n);
  };
  const zoekTeam = (rij: number, kolom: string, naam: string, op: IsoDatum): HuidigTeam | null => {
    const t = teams.get(sleutel(naam));
    const opgeheven = t
      ? undefined
      : stand.teams.find((x) => x.opgeheven_op !== null && sleutel(x.naam) === sleutel(naam));
    if (opgeheven) {
      problemen.push(
        probleem(
          rij,
          kolom,
          'team-opgeheven',
          `het team "${opgeheven.naam}" is opgeheven per ${opgeheven.opgeheven_op}.`,
        ),
      );
      return null;
    }
    if (!t) {
      problemen.push(
        probleem(
          rij,
          kolom,
          'onbekend-team',
          `het team "${naam.trim()}" bestaat niet in Wendbaar. Voeg het eerst toe (of importeer eerst de teams) of corrigeer de naam.`,
        ),
      );
      return null;
    }
    if (t.opgeheven_op !== null && t.opgeheven_op <= op) {
      problemen.push(
        probleem(rij, kolom, 'team-opgeheven', `het team "${t.naam}" is opgeheven per ${t.opgeheven_op}.`),
      );
      return null;
    }
    return t;
  };

  let gepland = 0;
  for (const r of rijen) {
    if (++gepland % STAP === 0) yield gepland;
    inBestand.add(r.personeelsnummer);
    const huidig = opNummer.get(r.personeelsnummer);
    const rijProblemen = problemen.length;
    if (r.e_mail !== undefined) {
      const e = r.e_mail.trim().toLocaleLowerCase('nl');
      const eigenaar = eMails.get(e);
      if (eigenaar !== undefined && eigenaar !== r.personeelsnummer)
        problemen.push(
          probleem(
            r.rij,
            'e_mail',
            'e-mail-in-gebruik',
            `het e-mailadres ${r.e_mail.trim()} is al van personeelsnummer ${eigenaar}.`,
          ),
        );
      const eerder = eMailInBestand.get(e);
      if (eerder !== undefined)
        problemen.push(
          probleem(
            r.rij,
            'e_mail',
            'e-mail-dubbel',
            `het e-mailadres ${r.e_mail.trim()} staat ook in rij ${eerder}.`,
          ),
        );
      else eMailInBestand.set(e, r.rij);
    }

    if (!huidig) {
      // A new medewerker: everything a person needs must be in the row.
      const ontbreekt = (
        ['voornaam', 'achternaam', 'e_mail', 'functie', 'schaal', 'trede', 'team', 'contracturen'] as const
      ).filter(
        (v) =>
          r[v] === undefined || r[v] === null || (typeof r[v] === 'string' && (r[v] as string).trim() === ''),
      );
      for (const v of ontbreekt)
        problemen.push(
          probleem(
            r.rij,
            v,
            'verplicht-voor-nieuw',
            `personeelsnummer ${r.personeelsnummer} is nieuw; daarvoor is "${v}" verplicht.`,
          ),
        );
      const inDienst = r.in_dienst ?? peildatum;
      const uitDienst = r.uit_dienst ?? null;
      const team = r.team ? zoekTeam(r.rij, 'team', r.team, inDienst) : null;
      let leiding: { teamId: string; rol: 'teamleider' | 'directeur' } | null = null;
      if (r.leidinggevende_van) {
        const lt = zoekTeam(r.rij, 'leidinggevende_van', r.leidinggevende_van, inDienst);
        if (lt) {
          leiding = { teamId: lt.id, rol: lt.soort === 'basisteam' ? 'teamleider' : 'directeur' };
          if (leiding.rol === 'teamleider')
            nieuweTeamleider(lt.id, { rij: r.rij, personeelsnummer: r.personeelsnummer, vanaf: inDienst });
        }
      }
      if (team && team.soort === 'directie' && !leiding)
        problemen.push(
          probleem(
            r.rij,
            'team',
            'directie-zonder-leiding',
            `in de directie zit alleen wie leiding geeft; vul "leidinggevende van" in of kies een basisteam.`,
          ),
        );
      if (problemen.length > rijProblemen || !team) continue;
      const velden: PersoonVelden = {
        voornaam: r.voornaam!.trim(),
        tussenvoegsel: tekst(r.tussenvoegsel),
        achternaam: r.achternaam!.trim(),
        e_mail: r.e_mail!.trim(),
        functie: r.functie!.trim(),
        schaal: r.schaal!,
        trede: r.trede!,
      };
      acties.push({
        soort: 'nieuw',
        rij: r.rij,
        personeelsnummer: r.personeelsnummer,
        naam: volledigeNaam(velden),
        medewerkerId: null,
        ingangsdatum: inDienst,
        wijzigingen: [
          ...Object.entries(velden).map(([veld, nieuw]) => ({ veld, oud: null, nieuw })),
          { veld: 'in_dienst', oud: null, nieuw: inDienst },
          ...(uitDienst ? [{ veld: 'uit_dienst', oud: null, nieuw: uitDienst }] : []),
          { veld: 'team', oud: null, nieuw: team.naam },
          { veld: 'contracturen', oud: null, nieuw: r.contracturen! },
          ...(leiding
            ? [{ veld: 'leidinggevende_van', oud: null, nieuw: teamOpId.get(leiding.teamId)!.naam }]
            : []),
        ],
        nieuw: {
          ...velden,
          in_dienst: inDienst,
          uit_dienst: uitDienst,
          teamId: team.id,
          uren: r.contracturen!,
          leiding,
        },
      });
      continue;
    }

    // An existing medewerker: compare what the file holds.
    const naam = volledigeNaam(huidig);
    const actie: MedewerkerActie = {
      soort: 'gewijzigd',
      rij: r.rij,
      personeelsnummer: r.personeelsnummer,
      naam,
      medewerkerId: huidig.id,
      ingangsdatum: null,
      wijzigingen: [],
    };
    const set: Partial<PersoonVelden> = {};
    const tekstVelden = ['voornaam', 'tussenvoegsel', 'achternaam', 'e_mail', 'functie'] as const;
    for (const v of tekstVelden) {
      const w = r[v];
      if (w === undefined) continue;
      const nieuw = tekst(w);
      if (nieuw === null && v !== 'tussenvoegsel') continue; // an empty cell never clears a required field
      const oud = huidig[v];
      const gelijk =
        v === 'e_mail' ? oud?.toLocaleLowerCase('nl') === nieuw?.toLocaleLowerCase('nl') : oud === nieuw;
      if (!gelijk) {
        (set as Record<string, unknown>)[v] = nieuw;
        actie.wijzigingen.push({ veld: v, oud, nieuw });
      }
    }
    for (const v of ['schaal', 'trede'] as const) {
      const w = r[v];
      if (w !== undefined && w !== huidig[v]) {
        set[v] = w;
        actie.wijzigingen.push({ veld: v, oud: huidig[v], nieuw: w });
      }
    }
    if (r.in_dienst !== undefined && r.in_dienst !== huidig.in_dienst)
      problemen.push(
        probleem(
          r.rij,
          'in_dienst',
          'in-dienst-wijkt-af',
          `de datum in dienst van ${naam} is in Wendbaar ${huidig.in_dienst}, in het bestand ${r.in_dienst}. Die datum verandert niet via een import; pas hem aan in Wendbaar of in het bestand.`,
        ),
      );
    let uitDienst = huidig.uit_dienst;
    let { lidmaatschappen, contracturen, leiderschap } = huidig;
    if (r.uit_dienst !== undefined && r.uit_dienst !== huidig.uit_dienst) {
      const nieuw = r.uit_dienst;
      if (nieuw !== null && nieuw < huidig.in_dienst) {
        problemen.push(
          probleem(
            r.rij,
            'uit_dienst',
            'voor-in-dienst',
            `de datum uit dienst ligt vóór de datum in dienst (${huidig.in_dienst}).`,
          ),
        );
      } else {
        const eersteDag = plusDagen(
          [huidig.uit_dienst, nieuw].filter((d): d is string => d !== null).sort()[0]!,
          1,
        );
        if (nieuw !== null) {
          const later = [...lidmaatschappen, ...contracturen, ...leiderschap].some(
            (f) => f.ingangsdatum > nieuw,
          );
          if (later)
            problemen.push(
              probleem(
                r.rij,
                'uit_dienst',
                'latere-wijzigingen',
                `na ${nieuw} staan voor ${naam} nog wijzigingen (team, contracturen of leiderschap) gepland; kies een latere datum uit dienst.`,
              ),
            );
        }
        if (teVerTerug(eersteDag))
          problemen.push(probleem(r.rij, 'uit_dienst', 'te-ver-terug', terugMelding(eersteDag)));
        actie.uitDienst = { oud: huidig.uit_dienst, nieuw };
        actie.wijzigingen.push({ veld: 'uit_dienst', oud: huidig.uit_dienst, nieuw });
        lidmaatschappen = naUitDienst(lidmaatschappen, huidig.uit_dienst, nieuw);
        contracturen = naUitDienst(contracturen, huidig.uit_dienst, nieuw);
        leiderschap = naUitDienst(leiderschap, huidig.uit_dienst, nieuw);
        uitDienst = nieuw;
      }
    }
    // The later of the peildatum and the day in service (ISO dates compare as text).
    const ingang = [peildatum, huidig.in_dienst].sort()[1]!;
    const inDienstOpIngang = uitDienst === null || uitDienst >= ingang;
    if (inDienstOpIngang) {
      const conflict = (kolom: string, datum: IsoDatum) =>
        problemen.push(
          probleem(
            r.rij,
            kolom,
            'conflict-met-historie',
            `voor ${naam} staat al een wijziging vanaf ${datum}, na de peildatum ${ingang}. Kies een peildatum na ${datum} of pas die wijziging eerst aan in Wendbaar.`,
          ),
        );
      // Leadership first: whether someone may be in the directie depends on it.
      let leidtNa = leiderschap.some(
        (l) => l.ingangsdatum <= ingang && (l.einddatum === null || l.einddatum >= ingang),
      );
      if (r.leidinggevende_van !== undefined) {
        const lopend = leiderschap.filter(
          (l) => l.ingangsdatum <= ingang && (l.einddatum === null || l.einddatum >= ingang),
        );
        const doel = r.leidinggevende_van
          ? zoekTeam(r.rij, 'leidinggevende_van', r.leidinggevende_van, ingang)
          : null;
        const al = doel !== null && lopend.length === 1 && lopend[0]!.team_id === doel.id;
        if (
          !al &&
          (doel !== null || r.leidinggevende_van === null || r.leidinggevende_van.trim() === '') &&
          lopend.length + (doel ? 1 : 0) > 0
        ) {
          const later = leiderschap.filter((l) => l.ingangsdatum > ingang);
          if (later.length > 0) conflict('leidinggevende_van', later[0]!.ingangsdatum);
          else if (lopend.some((l) => l.ingangsdatum === ingang)) conflict('leidinggevende_van', ingang);
          else {
            const rol = doel ? (doel.soort === 'basisteam' ? 'teamleider' : 'directeur') : null;
            actie.leiding = {
              beeindig: lopend.map((l) => ({ id: l.id, einddatum: plusDagen(ingang, -1) })),
              nieuw: doel && rol ? { teamId: doel.id, rol, vanaf: ingang } : null,
            };
            for (const l of lopend) beeindigdeLeiding.add(l.id);
            if (doel && rol === 'teamleider')
              nieuweTeamleider(doel.id, { rij: r.rij, personeelsnummer: r.personeelsnummer, vanaf: ingang });
            leidtNa = doel !== null;
            actie.wijzigingen.push({
              veld: 'leidinggevende_van',
              oud: lopend.map((l) => teamOpId.get(l.team_id)?.naam ?? '').join(', ') || null,
              nieuw: doel?.naam ?? null,
            });
          }
        }
      }
      if (r.team !== undefined && r.team.trim() !== '') {
        const t = zoekTeam(r.rij, 'team', r.team, ingang);
        if (t) {
          const w = wissel(lidmaatschappen, ingang, t.id, (f) => f.team_id);
          if (w && 'probleem' in w) conflict('team', w.probleem);
          else if (w) {
            if (t.soort === 'directie' && !leidtNa)
              problemen.push(
                probleem(
                  r.rij,
                  'team',
                  'directie-zonder-leiding',
                  `${naam} geeft op ${ingang} geen leiding; in de directie zit alleen wie leiding geeft.`,
                ),
              );
            actie.team = w;
            const oud = geldendOp(lidmaatschappen, ingang);
            actie.wijzigingen.push({
              veld: 'team',
              oud: oud ? (teamOpId.get(oud.team_id)?.naam ?? null) : null,
              nieuw: t.naam,
            });
          }
        }
      }
      if (r.contracturen !== undefined) {
        const w = wissel(contracturen, ingang, r.contracturen, (f) => Number(f.uren_per_week));
        if (w && 'probleem' in w) conflict('contracturen', w.probleem);
        else if (w) {
          actie.contracturen = w;
          const oud = geldendOp(contracturen, ingang);
          actie.wijzigingen.push({
            veld: 'contracturen',
            oud: oud ? Number(oud.uren_per_week) : null,
            nieuw: r.contracturen,
          });
        }
      }
      if ((actie.team || actie.contracturen || actie.leiding) && teVerTerug(ingang))
        problemen.push(probleem(r.rij, 'peildatum', 'te-ver-terug', terugMelding(ingang)));
      if (actie.team || actie.contracturen || actie.leiding) actie.ingangsdatum = ingang;
    }
    if (Object.keys(set).length > 0) actie.set = set;
    if (actie.wijzigingen.length === 0) ongewijzigd++;
    else acties.push(actie);
  }

  // Two teamleiders of one basisteam: a new one while someone else keeps leading it.
  for (const [teamId, nieuw] of nieuweTeamleiders) {
    const zittend = stand.medewerkers.find(
      (m) =>
        m.personeelsnummer !== nieuw.personeelsnummer &&
        m.leiderschap.some(
          (l) =>
            l.team_id === teamId &&
            l.rol === 'teamleider' &&
            !beeindigdeLeiding.has(l.id) &&
            (l.einddatum === null || l.einddatum >= nieuw.vanaf),
        ),
    );
    if (zittend)
      problemen.push(
        probleem(
          nieuw.rij,
          'leidinggevende_van',
          'al-een-teamleider',
          `${teamOpId.get(teamId)!.naam} heeft al een teamleider (${volledigeNaam(zittend)}). Neem die persoon met een ander team of leeg in "leidinggevende van" op in het bestand, of beëindig dat leiderschap eerst.`,
        ),
      );
  }

  if (volledig) {
    const einde = plusDagen(peildatum, -1);
    for (const m of stand.medewerkers) {
      if (inBestand.has(m.personeelsnummer) || opties.sleutelsInBestand?.has(m.personeelsnummer)) continue;
      if (m.in_dienst > peildatum || (m.uit_dienst !== null && m.uit_dienst < peildatum)) continue;
      const naam = volledigeNaam(m);
      if (m.in_dienst > einde) {
        problemen.push(
          probleem(
            null,
            null,
            'niet-in-bestand',
            `${naam} (${m.personeelsnummer}) staat niet in het bestand maar komt pas op ${m.in_dienst} in dienst; neem de persoon op of kies een andere peildatum.`,
          ),
        );
        continue;
      }
      if ([...m.lidmaatschappen, ...m.contracturen, ...m.leiderschap].some((f) => f.ingangsdatum > einde))
        problemen.push(
          probleem(
            null,
            null,
            'latere-wijzigingen',
            `${naam} (${m.personeelsnummer}) staat niet in het bestand, maar heeft na ${einde} nog wijzigingen gepland.`,
          ),
        );
      if (teVerTerug(peildatum))
        problemen.push(probleem(null, 'peildatum', 'te-ver-terug', terugMelding(peildatum)));
      acties.push({
        soort: 'beeindigd',
        rij: null,
        personeelsnummer: m.personeelsnummer,
        naam,
        medewerkerId: m.id,
        ingangsdatum: peildatum,
        wijzigingen: [{ veld: 'uit_dienst', oud: m.uit_dienst, nieuw: einde }],
        uitDienst: { oud: m.uit_dienst, nieuw: einde },
      });
    }
  }
  return {
    medewerkers: acties,
    teams: [],
    formatieplaatsen: [],
    ongewijzigd,
    problemen: uniek(problemen),
    waarschuwingen: teamsZonderTeamleider(stand, acties, peildatum),
  };
}

/**
 * Basisteams that have a teamleider on the peildatum today but none once the plan is carried out:
 * the plan ends that leadership (an empty or other "leidinggevende van", which is how a move of the
 * teamleider to another team shows), or the teamleider leaves service (uit dienst, or missing from a
 * volledig file). Allowed — a team may be without a leader for a while — but said per team, with who
 * and which row, so the user can name a successor in the same file.
 */
export function teamsZonderTeamleider(
  stand: ImportStand,
  acties: readonly MedewerkerActie[],
  peildatum: IsoDatum,
): ImportProbleem[] {
  const loopt = (f: Periode) =>
    f.ingangsdatum <= peildatum && (f.einddatum === null || f.einddatum >= peildatum);
  const actieVan = new Map(acties.flatMap((a) => (a.medewerkerId ? [[a.medewerkerId, a] as const] : [])));
  const beeindigd = new Set(acties.flatMap((a) => (a.leiding?.beeindig ?? []).map((b) => b.id)));
  const nieuweLeiding = new Set<string>();
  for (const a of acties) {
    if (a.nieuw?.leiding?.rol === 'teamleider') nieuweLeiding.add(a.nieuw.leiding.teamId);
    if (a.leiding?.nieuw?.rol === 'teamleider') nieuweLeiding.add(a.leiding.nieuw.teamId);
  }
  const blijft = new Set<string>();
  const weg = new Map<string, { naam: string; rij: number | null; reden: string; kolom: string | null }>();
  for (const m of stand.medewerkers) {
    for (const l of m.leiderschap) {
      if (l.rol !== 'teamleider' || !loopt(l)) continue;
      const a = actieVan.get(m.id);
      const uit = a?.uitDienst?.nieuw ?? null;
      const naam = volledigeNaam(m);
      if (beeindigd.has(l.id))
        weg.set(l.team_id, {
          naam,
          rij: a?.rij ?? null,
          kolom: 'leidinggevende_van',
          reden: 'is dan geen teamleider meer',
        });
      else if (uit !== null && uit < peildatum)
        weg.set(l.team_id, {
          naam,
          rij: a?.rij ?? null,
          kolom: a?.rij ? 'uit_dienst' : null,
          reden:
            a?.soort === 'beeindigd'
              ? 'staat niet in het bestand en gaat uit dienst'
              : `is uit dienst per ${uit}`,
        });
      else blijft.add(l.team_id);
    }
  }
  const teamOpId = new Map(stand.teams.map((t) => [t.id, t]));
  const uit: ImportProbleem[] = [];
  for (const [teamId, w] of weg) {
    const team = teamOpId.get(teamId);
    if (team?.soort !== 'basisteam' || team.opgeheven_op !== null) continue;
    if (blijft.has(teamId) || nieuweLeiding.has(teamId)) continue;
    const wie = w.rij === null ? w.naam : `${w.naam} (rij ${w.rij})`;
    uit.push({
      rij: w.rij,
      kolom: w.kolom,
      code: 'team-zonder-teamleider',
      melding: `Team ${team.naam} heeft vanaf ${peildatum} geen teamleider meer: ${wie} ${w.reden}. Dat mag, maar wijs een nieuwe teamleider aan (in dit bestand met "leidinggevende van", of daarna in Wendbaar).`,
    });
  }
  return uit.sort((a, b) => a.melding.localeCompare(b.melding, 'nl'));
}

function uniek(problemen: ImportProbleem[]): ImportProbleem[] {
  const gezien = new Set<string>();
  return problemen.filter((p) => {
    const k = `${p.rij}|${p.kolom}|${p.code}|${p.melding}`;
    if (gezien.has(k)) return false;
    gezien.add(k);
    return true;
  });
}

/** Plans a teams file against the current state; parents may be new in the same file. */
export function planTeams(stand: ImportStand, rijen: readonly TeamRij[], opties: PlanOpties): ImportPlan {
  const { peildatum, vandaag, volledig } = opties;
  const problemen: ImportProbleem[] = [];
  const acties: TeamActie[] = [];
  let ongewijzigd = 0;
  const teams = teamsOpNaam(stand.teams);
  const teamOpId = new Map(stand.teams.map((t) => [t.id, t]));
  const inBestand = new Map<string, TeamRij>();
  for (const r of rijen) inBestand.set(sleutel(r.naam), r);
  // The parent of every team after the import, by name, to find cycles.
  const ouder = new Map<string, string | null>();
  for (const t of teams.values())
    ouder.set(sleutel(t.naam), t.parent_id ? sleutel(teamOpId.get(t.parent_id)?.naam ?? '') : null);

  for (const r of rijen) {
    const huidig = teams.get(sleutel(r.naam));
    let parentNaam: string | null | undefined;
    if (r.bovenliggend_team !== undefined) {
      const p = tekst(r.bovenliggend_team);
      if (p === null) parentNaam = null;
      else if (teams.has(sleutel(p))) parentNaam = teams.get(sleutel(p))!.naam;
      else if (inBestand.has(sleutel(p))) parentNaam = inBestand.get(sleutel(p))!.naam.trim();
      else {
        problemen.push(
          probleem(
            r.rij,
            'bovenliggend_team',
            'onbekend-team',
            `het bovenliggende team "${p}" bestaat niet in Wendbaar en staat niet in het bestand.`,
          ),
        );
        continue;
      }
      ouder.set(sleutel(r.naam), parentNaam === null ? null : sleutel(parentNaam));
    }
    if (!huidig) {
      if (!r.soort) {
        problemen.push(
          probleem(
            r.rij,
            'soort',
            'verplicht-voor-nieuw',
            `het team "${r.naam.trim()}" is nieuw; daarvoor is de soort (basisteam of directie) verplicht.`,
          ),
        );
        continue;
      }
      if (!ouder.has(sleutel(r.naam))) ouder.set(sleutel(r.naam), null);
      const omschrijving = r.omschrijving === undefined ? null : tekst(r.omschrijving);
      acties.push({
        soort: 'nieuw',
        rij: r.rij,
        naam: r.naam.trim(),
        teamId: null,
        wijzigingen: [
          { veld: 'soort', oud: null, nieuw: r.soort },
          ...(parentNaam ? [{ veld: 'bovenliggend_team', oud: null, nieuw: parentNaam }] : []),
          ...(omschrijving ? [{ veld: 'omschrijving', oud: null, nieuw: omschrijving }] : []),
        ],
        nieuw: { naam: r.naam.trim(), soort: r.soort, parentNaam: parentNaam ?? null, omschrijving },
      });
      continue;
    }
    if (r.soort !== undefined && r.soort !== huidig.soort) {
      problemen.push(
        probleem(
          r.rij,
          'soort',
          'soort-wijzigt',
          `het team "${huidig.naam}" is een ${huidig.soort}; de soort van een bestaand team verandert niet via een import.`,
        ),
      );
      continue;
    }
    const actie: TeamActie = {
      soort: 'gewijzigd',
      rij: r.rij,
      naam: huidig.naam,
      teamId: huidig.id,
      wijzigingen: [],
      set: {},
    };
    const oudeParent = huidig.parent_id ? (teamOpId.get(huidig.parent_id)?.naam ?? null) : null;
    if (parentNaam !== undefined && sleutel(parentNaam ?? '') !== sleutel(oudeParent ?? '')) {
      actie.set!.parentNaam = parentNaam;
      actie.wijzigingen.push({ veld: 'bovenliggend_team', oud: oudeParent, nieuw: parentNaam });
    }
    if (r.omschrijving !== undefined && tekst(r.omschrijving) !== huidig.omschrijving) {
      actie.set!.omschrijving = tekst(r.omschrijving);
      actie.wijzigingen.push({
        veld: 'omschrijving',
        oud: huidig.omschrijving,
        nieuw: tekst(r.omschrijving),
      });
    }
    if (actie.wijzigingen.length === 0) ongewijzigd++;
    else acties.push(actie);
  }
  // A team may not hang under itself, directly or through others.
  for (const r of rijen) {
    const start = sleutel(r.naam);
    const gezien = new Set<string>([start]);
    let p = ouder.get(start) ?? null;
    while (p !== null) {
      if (gezien.has(p)) {
        problemen.push(
          probleem(
            r.rij,
            'bovenliggend_team',
            'kringverwijzing',
            `het team "${r.naam.trim()}" komt dan (via andere teams) onder zichzelf te hangen.`,
          ),
        );
        break;
      }
      gezien.add(p);
      p = ouder.get(p) ?? null;
    }
  }
  if (volledig) {
    for (const t of teams.values()) {
      if (inBestand.has(sleutel(t.naam)) || opties.sleutelsInBestand?.has(sleutel(t.naam))) continue;
      const bezet = stand.medewerkers.filter((m) =>
        [...m.lidmaatschappen, ...m.leiderschap].some(
          (f) => f.team_id === t.id && (f.einddatum === null || f.einddatum >= peildatum),
        ),
      );
      if (bezet.length > 0)
        problemen.push(
          probleem(
            null,
            null,
            'team-heeft-leden',
            `het team "${t.naam}" staat niet in het bestand, maar heeft op of na ${peildatum} nog ${bezet.length} leden of leidinggevenden. Verplaats hen eerst of neem het team op.`,
          ),
        );
      if (isVerTerug(peildatum, vandaag, stand.terugwerkendeDagen) && !tekst(opties.reden))
        problemen.push(
          probleem(
            null,
            'peildatum',
            'te-ver-terug',
            `de opheffing gaat in op ${peildatum}, meer dan ${stand.terugwerkendeDagen} dagen terug; kies een latere peildatum of geef een reden op.`,
          ),
        );
      acties.push({
        soort: 'beeindigd',
        rij: null,
        naam: t.naam,
        teamId: t.id,
        wijzigingen: [{ veld: 'opgeheven_op', oud: null, nieuw: peildatum }],
        opheffen: peildatum,
      });
    }
  }
  return {
    medewerkers: [],
    teams: acties,
    formatieplaatsen: [],
    ongewijzigd,
    problemen: uniek(problemen),
    waarschuwingen: [],
  };
}

/** New teams in an order in which every parent comes before its children. */
export function ouderEerst(
  nieuw: readonly NonNullable<TeamActie['nieuw']>[],
): NonNullable<TeamActie['nieuw']>[] {
  const opNaam = new Map(nieuw.map((n) => [sleutel(n.naam), n]));
  const klaar = new Set<string>();
  const uit: NonNullable<TeamActie['nieuw']>[] = [];
  const bezoek = (n: NonNullable<TeamActie['nieuw']>, pad: Set<string>) => {
    const k = sleutel(n.naam);
    if (klaar.has(k) || pad.has(k)) return;
    pad.add(k);
    const p = n.parentNaam ? opNaam.get(sleutel(n.parentNaam)) : undefined;
    if (p) bezoek(p, pad);
    klaar.add(k);
    uit.push(n);
  };
  for (const n of nieuw) bezoek(n, new Set());
  return uit;
}
