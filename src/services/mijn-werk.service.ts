import type { Kysely } from 'kysely';
import type { Gebruiker } from '../access/gebruiker';
import { type MijnWerkBereik, mijnWerkBereik } from '../access/mijn-werk';
import { pulsTeamZicht } from '../access/puls';
import { magKleineGroepenWerkdrukZien } from '../access/werkdruk';
import type { MijnDossier, MijnTeam, MijnWerk, WerkItem } from '../contract/mijn-werk';
import * as beschikbaarheid from '../db/beschikbaarheid.repository';
import type { DossierRij, WachtendVerzoekRij } from '../db/mijn-werk.queries';
import * as queries from '../db/mijn-werk.queries';
import { findActieveTeamsMetBezetting } from '../db/organisatie.repository';
import type { Database } from '../db/schema';
import * as signaalQueries from '../db/signalen.queries';
import { rond } from '../domain/beschikbaarheid';
import type { BestuursopdrachtInhoud } from '../domain/bestuursopdracht';
import { fteVanUren } from '../domain/contracturen';
import { plusDagen, vandaag } from '../domain/datum';
import { volledigeNaam } from '../domain/medewerker';
import {
  eerstvolgendeMijlpaal,
  isStapAanDeBeurt,
  opUrgentie,
  VOLGENDE_BESTUURSOPDRACHTSTAP,
  VOLGENDE_OPGAVESTAP,
} from '../domain/mijn-werk';
import { geldendOp } from '../domain/periode';
import { horizonTot, inzetNaEinde, leiderschapsgaten, lidmaatschapsgaten } from '../domain/signalen';
import { ernst, redenTekst } from '../domain/werkdruk';
import { bereik, feestdagenRond } from './beschikbaarheid.service';
import { formatieStanden, teamsBovenBudget } from './formatie-signalen.service';
import { evaluatieWerkVoor } from './mijn-werk-evaluatie';
import { orWerkVoor } from './mijn-werk-or';
import { veranderingWerkVoor } from './mijn-werk-verandering';
import { berekenWerkdruk } from './werkdruk.service';

/** Readable names of the states, for titles ("naar verkenning"). */
const STATUS_NAAM: Record<string, string> = {
  signalering: 'signalering',
  verkenning: 'verkenning',
  rolbepaling: 'rolbepaling',
  aanpak: 'aanpak',
  uitvoering: 'uitvoering',
  evaluatie: 'evaluatie',
  afgerond: 'afgerond',
  concept: 'concept',
  verkend: 'verkend',
  'ter-besluitvorming': 'ter besluitvorming',
  vastgesteld: 'vastgesteld',
  'gewijzigd-vastgesteld': 'gewijzigd vastgesteld',
  aangehouden: 'aangehouden',
  afgewezen: 'afgewezen',
  'in-uitvoering': 'in uitvoering',
  geevalueerd: 'geëvalueerd',
};

const uren = (n: number) => n.toLocaleString('nl-NL', { maximumFractionDigits: 2 });
const datumNl = (d: string) =>
  new Date(`${d}T00:00:00Z`).toLocaleDateString('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

function verzoekToelichting(v: WachtendVerzoekRij): string {
  return [
    v.dossier_titel,
    v.expertise_naam,
    `${uren(v.uren_per_week)} uur per week van ${datumNl(v.van)} tot en met ${datumNl(v.tot)}`,
    v.team_naam,
  ]
    .filter(Boolean)
    .join(' · ');
}

function verzoekItem(v: WachtendVerzoekRij, titel: string): WerkItem {
  return {
    soort: 'inzetverzoek',
    id: `inzetverzoek:${v.id}`,
    titel,
    toelichting: verzoekToelichting(v),
    pad: `/inzetverzoeken?status=${v.status}`,
    // The request must be answered before the work it asks for begins.
    vervaldatum: v.status === 'aangevraagd' ? v.van : null,
    sinds: v.aangevraagd_op,
  };
}

const dossierPad = (d: Pick<DossierRij, 'soort' | 'id'>) =>
  d.soort === 'opgave' ? `/wendbaar/opgaven/${d.id}` : `/wendbaar/bestuursopdrachten/${d.id}`;
const dossierNaam = (d: Pick<DossierRij, 'soort' | 'titel'>) =>
  `${d.soort === 'opgave' ? 'opgave' : 'bestuursopdracht'} ‘${d.titel}’`;

function mijlpaalVan(d: DossierRij, peildatum: string) {
  if (d.soort !== 'bestuursopdracht' || !d.inhoud) return null;
  const inhoud = (
    typeof d.inhoud === 'string' ? JSON.parse(d.inhoud) : d.inhoud
  ) as Partial<BestuursopdrachtInhoud>;
  return eerstvolgendeMijlpaal(Array.isArray(inhoud.mijlpalen) ? inhoud.mijlpalen : [], peildatum);
}

function volgendeStap(d: Pick<DossierRij, 'soort' | 'status'>): string | null {
  return d.soort === 'opgave'
    ? (VOLGENDE_OPGAVESTAP[d.status as keyof typeof VOLGENDE_OPGAVESTAP] ?? null)
    : (VOLGENDE_BESTUURSOPDRACHTSTAP[d.status as keyof typeof VOLGENDE_BESTUURSOPDRACHTSTAP] ?? null);
}

/** A decision reserved to college or directie, phrased as what to do. */
function besluitItem(d: DossierRij, peildatum: string): WerkItem {
  const naam = dossierNaam(d);
  const titel =
    d.soort === 'opgave' && d.rolbepaling_status === 'voorgesteld' && d.status !== 'evaluatie'
      ? `Rolbepaling van ${naam} bevestigen`
      : d.status === 'ter-besluitvorming'
        ? `Besluiten over ${naam}`
        : d.status === 'evaluatie'
          ? `${naam[0]!.toUpperCase()}${naam.slice(1)} afronden`
          : `${naam[0]!.toUpperCase()}${naam.slice(1)} evalueren`;
  const mijlpaal = mijlpaalVan(d, peildatum);
  return {
    soort: 'besluit',
    id: `besluit:${d.soort}:${d.id}`,
    titel,
    toelichting: `Status: ${STATUS_NAAM[d.status] ?? d.status}${mijlpaal ? ` · mijlpaal ${mijlpaal.titel}` : ''}`,
    pad: dossierPad(d),
    vervaldatum: mijlpaal?.datum ?? null,
    sinds: d.gewijzigd_op,
  };
}

/** The teams at a glance: headcount and FTE today, utilisation of this month. */
async function teamsInZicht(
  db: Kysely<Database>,
  teamIds: string[],
  peildatum: string,
  openPerTeam: Map<string, number>,
): Promise<MijnTeam[]> {
  if (teamIds.length === 0) return [];
  const maand = peildatum.slice(0, 7);
  const b = bereik('maand', maand, maand);
  const instellingen = await beschikbaarheid.getInstellingen(db);
  const [bezetting, rollup] = await Promise.all([
    findActieveTeamsMetBezetting(db, peildatum),
    beschikbaarheid.findTeamRollup(db, {
      perioden: b.perioden,
      metVraag: false,
      feestdagen: feestdagenRond(b.van, b.tot, instellingen),
      nietProductiefAandeel: instellingen.nietProductiefAandeel,
      teamIds,
    }),
  ]);
  return bezetting
    .filter((t) => teamIds.includes(t.id))
    .map((t) => {
      const r = rollup.find((x) => x.team_id === t.id && x.periode === maand);
      const capaciteit = r?.beschikbaar ?? 0;
      const ingezet = (r?.robuust ?? 0) + (r?.wendbaar ?? 0);
      return {
        id: t.id,
        naam: t.naam,
        aantalMedewerkers: Number(t.aantal),
        fte: fteVanUren(Number(t.uren)),
        maand,
        capaciteit: rond(capaciteit),
        ingezet: rond(ingezet),
        benutting: capaciteit > 0 ? Math.round((ingezet / capaciteit) * 1000) / 1000 : null,
        openInzetverzoeken: openPerTeam.get(t.id) ?? 0,
        pad: `/teams/${t.id}`,
      };
    })
    .sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
}

/**
 * Signals ahead (today through the horizon) that concern these teams, named; or, for those who
 * see the whole organisation, one counted item per kind that leads to the overview.
 */
async function signalenVoor(
  db: Kysely<Database>,
  scope: 'alle' | string[],
  peildatum: string,
  teams: MijnTeam[],
): Promise<WerkItem[]> {
  if (scope !== 'alle' && scope.length === 0) return [];
  const horizon = { van: peildatum, tot: horizonTot(peildatum) };
  const inScope = (teamId: string | null) => scope === 'alle' || (teamId !== null && scope.includes(teamId));
  const [zonderTeam, leiding, naEinde] = await Promise.all([
    signaalQueries.findKandidatenZonderTeam(db, horizon.van, horizon.tot),
    signaalQueries.findBasisteamsMetTeamleiders(db, horizon.van),
    signaalQueries.findKandidatenInzetNaEinde(db, horizon.van, horizon.tot),
  ]);
  const [leden, contracten, inzet] = await Promise.all([
    signaalQueries.findLidmaatschappen(db, [...new Set([...zonderTeam, ...naEinde].map((m) => m.id))]),
    signaalQueries.findContracten(
      db,
      naEinde.map((m) => m.id),
    ),
    signaalQueries.findInzetMetWerk(
      db,
      naEinde.map((m) => m.id),
      horizon.van,
    ),
  ]);
  const van = <T extends { medewerker_id: string }>(rijen: T[], id: string) =>
    rijen.filter((r) => r.medewerker_id === id);
  const dienst = (m: signaalQueries.PersoonRij) => ({ inDienst: m.in_dienst, uitDienst: m.uit_dienst });
  const vanaf = (d: string) => (d <= peildatum ? 'nu al' : `vanaf ${datumNl(d)}`);

  const leiderloos = leiding.teams
    .filter((t) => inScope(t.id))
    .flatMap((t) =>
      leiderschapsgaten(
        { vanaf: t.begin, tot: t.einde },
        leiding.leiders.filter((l) => l.team_id === t.id),
        horizon,
      ).map((gat) => ({ team: t, gat })),
    );
  const teamloos = zonderTeam.flatMap((m) => {
    const eigen = van(leden, m.id);
    return lidmaatschapsgaten(dienst(m), eigen, horizon)
      .map((gat) => ({ m, gat, vorig: geldendOp(eigen, plusDagen(gat.vanaf, -1)) }))
      .filter((x) => inScope(x.vorig?.team_id ?? null) || (scope === 'alle' && !x.vorig));
  });
  const naEindeLijst = naEinde.flatMap((m) => {
    const runs = van(inzet, m.id).map((i) => ({ ...i, urenPerWeek: i.uren_per_week }));
    return inzetNaEinde(dienst(m), van(contracten, m.id), runs, horizon)
      .map((e) => ({ m, e, teamId: geldendOp(van(leden, m.id), e.einddatum)?.team_id ?? null }))
      .filter((x) => inScope(x.teamId));
  });

  const signaal = (
    id: string,
    titel: string,
    toelichting: string | null,
    pad: string,
    datum: string | null,
  ) => ({
    soort: 'signaal' as const,
    id: `signaal:${id}`,
    titel,
    toelichting,
    pad,
    vervaldatum: datum !== null && datum > peildatum ? datum : null,
    sinds: datum !== null && datum <= peildatum ? datum : null,
  });
  const overboekt = teams
    .filter((t) => t.benutting !== null && t.benutting > 1)
    .map((t) =>
      signaal(
        `overboekt:${t.id}`,
        `${t.naam} is deze maand overboekt`,
        `${uren(t.ingezet)} uur ingezet tegen ${uren(t.capaciteit)} uur beschikbaar (${Math.round((t.benutting ?? 0) * 100)}%)`,
        `/teams/${t.id}/capaciteit`,
        null,
      ),
    );

  if (scope === 'alle') {
    const aantal = (n: number, een: string, meer: string) => `${n} ${n === 1 ? een : meer}`;
    return [
      ...(leiderloos.length > 0
        ? [
            signaal(
              'leiding',
              `${aantal(new Set(leiderloos.map((x) => x.team.id)).size, 'team', 'teams')} zonder teamleider, nu of komend`,
              leiderloos
                .slice(0, 3)
                .map((x) => `${x.team.naam} ${vanaf(x.gat.vanaf)}`)
                .join(' · '),
              '/organisatie',
              null,
            ),
          ]
        : []),
      ...(teamloos.length > 0
        ? [
            signaal(
              'zonder-team',
              `${aantal(new Set(teamloos.map((x) => x.m.id)).size, 'medewerker', 'medewerkers')} zonder team, nu of komend`,
              null,
              '/organisatie',
              null,
            ),
          ]
        : []),
      ...(naEindeLijst.length > 0
        ? [
            signaal(
              'na-einde',
              `${aantal(new Set(naEindeLijst.map((x) => x.m.id)).size, 'medewerker', 'medewerkers')} met inzet na het einde van dienst of contract`,
              null,
              '/organisatie',
              null,
            ),
          ]
        : []),
      ...overboekt,
    ];
  }
  return [
    ...leiderloos.map(({ team, gat }) =>
      signaal(
        `leiding:${team.id}:${gat.vanaf}`,
        `${team.naam} heeft ${gat.vanaf <= peildatum ? 'geen' : 'straks geen'} teamleider`,
        `${vanaf(gat.vanaf)}${gat.tot ? ` tot en met ${datumNl(gat.tot)}` : ', geen opvolger bekend'}`,
        `/teams/${team.id}`,
        gat.vanaf,
      ),
    ),
    ...teamloos.map(({ m, gat, vorig }) =>
      signaal(
        `zonder-team:${m.id}:${gat.vanaf}`,
        `${volledigeNaam(m)} is ${gat.vanaf <= peildatum ? 'zonder team' : 'straks zonder team'}`,
        `${vanaf(gat.vanaf)}, na ${vorig?.team_naam ?? 'een team'}`,
        `/medewerkers/${m.id}`,
        gat.vanaf,
      ),
    ),
    ...naEindeLijst.map(({ m, e }) =>
      signaal(
        `na-einde:${m.id}:${e.einddatum}`,
        `${volledigeNaam(m)} heeft inzet gepland na ${e.soort === 'uitDienst' ? 'de uitdiensttreding' : 'het einde van de contracturen'}`,
        `${uren(e.uren)} uur na ${datumNl(e.einddatum)}`,
        `/medewerkers/${m.id}`,
        e.einddatum,
      ),
    ),
    ...overboekt,
  ];
}

/** Dutch numbers: "1,5"; amounts with a non-breaking space after the euro sign, as nl-NL writes them. */
const fte = (n: number) => n.toLocaleString('nl-NL', { maximumFractionDigits: 2 });
const euro = (n: number) =>
  n.toLocaleString('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const aantal = (n: number, een: string, meer: string) => `${n} ${n === 1 ? een : meer}`;

function signaalItem(
  id: string,
  titel: string,
  toelichting: string | null,
  pad: string,
  datum: string | null,
  peildatum: string,
): WerkItem {
  return {
    soort: 'signaal',
    id: `signaal:${id}`,
    titel,
    toelichting,
    pad,
    vervaldatum: datum !== null && datum > peildatum ? datum : null,
    sinds: datum !== null && datum <= peildatum ? datum : null,
  };
}

/**
 * Vacancies, surplus and loonsom above budget (issue 13): named per team for a teamleider, counted
 * with the first few teams for P&O and the directie, who see every team.
 */
async function formatieSignalenVoor(
  db: Kysely<Database>,
  b: Pick<MijnWerkBereik, 'formatie' | 'loonsom'>,
  peildatum: string,
): Promise<WerkItem[]> {
  const jaar = Number(peildatum.slice(0, 4));
  const [standen, boven] = await Promise.all([
    formatieStanden(db, b.formatie, peildatum),
    teamsBovenBudget(db, b.loonsom, jaar),
  ]);
  const vacant = standen
    .filter((t) => t.vacatureFte > 0)
    .sort((x, y) => (x.vacatureSinds ?? '').localeCompare(y.vacatureSinds ?? ''));
  const boventallig = standen.filter((t) => t.boventalligFte > 0);
  const erboven = (t: (typeof boven)[number]) =>
    `${euro(t.loonsom - t.budget)} (${fte(Math.round((t.loonsom / t.budget - 1) * 1000) / 10)} %)`;
  const item = (id: string, titel: string, toelichting: string | null, pad: string, datum: string | null) =>
    signaalItem(id, titel, toelichting, pad, datum, peildatum);

  if (b.formatie === 'alle' || b.loonsom === 'alle') {
    const som = (lijst: typeof standen, veld: 'vacatureFte' | 'boventalligFte') =>
      lijst.reduce((s, t) => s + t[veld], 0);
    return [
      ...(vacant.length > 0
        ? [
            item(
              'vacatures',
              `${fte(som(vacant, 'vacatureFte'))} fte vacant in ${aantal(vacant.length, 'team', 'teams')}`,
              vacant
                .slice(0, 3)
                .map(
                  (t) =>
                    `${t.naam} ${fte(t.vacatureFte)} fte${t.vacatureSinds ? ` sinds ${datumNl(t.vacatureSinds)}` : ''}`,
                )
                .join(' · '),
              '/organisatie/formatie',
              vacant[0]?.vacatureSinds ?? null,
            ),
          ]
        : []),
      ...(boventallig.length > 0
        ? [
            item(
              'boventallig',
              `${fte(som(boventallig, 'boventalligFte'))} fte boventallig in ${aantal(boventallig.length, 'team', 'teams')}`,
              boventallig
                .slice(0, 3)
                .map((t) => `${t.naam} ${fte(t.boventalligFte)} fte`)
                .join(' · '),
              '/organisatie/formatie',
              null,
            ),
          ]
        : []),
      ...(boven.length > 0
        ? [
            item(
              'loonsom',
              `${aantal(boven.length, 'team', 'teams')} boven het loonsombudget ${jaar}`,
              boven
                .slice(0, 3)
                .map((t) => `${t.naam} ${erboven(t)}`)
                .join(' · '),
              '/organisatie/formatie',
              null,
            ),
          ]
        : []),
    ];
  }
  return [
    ...vacant.map((t) =>
      item(
        `vacature:${t.teamId}`,
        `${t.naam}: ${fte(t.vacatureFte)} fte vacant`,
        t.vacatureSinds ? `Sinds ${datumNl(t.vacatureSinds)}` : null,
        `/teams/${t.teamId}/formatie`,
        t.vacatureSinds,
      ),
    ),
    ...boventallig.map((t) =>
      item(
        `boventallig:${t.teamId}`,
        `${t.naam}: ${fte(t.boventalligFte)} fte boventallig`,
        'Meer mensen geplaatst dan de formatie van hun plaatsen',
        `/teams/${t.teamId}/formatie`,
        null,
      ),
    ),
    ...boven.map((t) =>
      item(
        `loonsom:${t.teamId}`,
        `${t.naam} zit boven het loonsombudget ${jaar}`,
        `Loonsom ${euro(t.loonsom)} tegen een budget van ${euro(t.budget)}: ${erboven(t)} erboven`,
        `/teams/${t.teamId}/formatie`,
        null,
      ),
    ),
  ];
}

/**
 * Teams with a raised werkdruksignaal this month (issue 14): for a teamleider her team with the
 * reasons (the raised parts with value and threshold), linked to the team's werkdruk; for the
 * directie, P&O and the OR one count naming the worst teams first, linked to the heatmap.
 */
async function werkdrukSignalenVoor(
  db: Kysely<Database>,
  bereik: 'alle' | string[],
  pulsZicht: 'alle' | string[],
  peildatum: string,
  kleineGroepen: boolean,
): Promise<WerkItem[]> {
  if (bereik !== 'alle' && bereik.length === 0) return [];
  const maand = peildatum.slice(0, 7);
  // The pulse part as the heatmap shows it to this caller: the OR counts teams without team pulses.
  const w = await berekenWerkdruk(
    db,
    { van: maand, tot: maand },
    bereik === 'alle' ? undefined : bereik,
    pulsZicht,
    { kleineGroepen },
  );
  const verhoogd = w.teams
    .map((t) => ({ ...t, cel: t.maanden[0]! }))
    .filter((t) => t.cel.niveau === 'oranje' || t.cel.niveau === 'rood')
    .sort((x, y) => ernst(y.cel.niveau) - ernst(x.cel.niveau) || x.naam.localeCompare(y.naam, 'nl'));
  const reden = (t: (typeof verhoogd)[number]) =>
    t.cel.redenen.map((r) => redenTekst(t.cel.delen.find((d) => d.deel === r)!)).join(' · ');
  if (bereik === 'alle') {
    if (verhoogd.length === 0) return [];
    return [
      signaalItem(
        'werkdruk',
        `${aantal(verhoogd.length, 'team', 'teams')} met verhoogde werkdruk`,
        verhoogd
          .slice(0, 3)
          .map((t) => `${t.naam} (${t.cel.niveau})`)
          .join(' · '),
        '/mensen/werkdruk',
        null,
        peildatum,
      ),
    ];
  }
  return verhoogd.map((t) =>
    signaalItem(
      `werkdruk:${t.teamId}`,
      `${t.naam}: werkdruk ${t.cel.niveau}`,
      reden(t),
      `/teams/${t.teamId}/werkdruk`,
      null,
      peildatum,
    ),
  );
}

/** The home of the caller on today's date. */
export async function getMijnWerk(db: Kysely<Database>, g: Gebruiker): Promise<MijnWerk> {
  const peildatum = vandaag();
  const b = mijnWerkBereik(g);
  const geen = Promise.resolve([] as WachtendVerzoekRij[]);
  const [medewerker, voorTeams, zonderBeslisser, tegen, eigenDossiers, besluitDossiers, eigenTeam] =
    await Promise.all([
      g.medewerkerId ? queries.findMedewerkerNaam(db, g.medewerkerId) : undefined,
      queries.findVerzoekenVoorTeams(db, b.verzoekTeamIds),
      b.verzoekenZonderBeslisser ? queries.findVerzoekenZonderBeslisser(db, peildatum) : geen,
      b.tegenvoorstellen ? queries.findTegenvoorstellenVoor(db, g.accountId) : geen,
      b.regisseurMedewerkerId ? queries.findDossiersVanRegisseur(db, b.regisseurMedewerkerId) : [],
      b.besluitStatussen.opgave.length + b.besluitStatussen.bestuursopdracht.length > 0 ||
      b.rolbepalingBevestigen
        ? queries.findDossiersInStatus(db, {
            ...b.besluitStatussen,
            rolbepalingVoorgesteld: b.rolbepalingBevestigen,
          })
        : [],
      b.eigenTeamAlsLid && g.medewerkerId
        ? queries.findTeamVanMedewerker(db, g.medewerkerId, peildatum)
        : null,
    ]);

  // One request can wait on a teamleider and, when her team has no teamleider who can log in, on the directie: list it once.
  const verzoeken = new Map<string, WerkItem>();
  for (const v of voorTeams)
    verzoeken.set(v.id, verzoekItem(v, `Inzetverzoek voor ${volledigeNaam(v)} beantwoorden`));
  for (const v of zonderBeslisser)
    if (!verzoeken.has(v.id))
      verzoeken.set(
        v.id,
        verzoekItem(
          v,
          `Inzetverzoek voor ${volledigeNaam(v)} beantwoorden: ${v.team_naam} heeft geen teamleider`,
        ),
      );
  for (const v of tegen)
    verzoeken.set(v.id, verzoekItem(v, `Tegenvoorstel voor ${volledigeNaam(v)} aanvaarden of intrekken`));

  const dossierstappen: WerkItem[] = eigenDossiers.flatMap((d) => {
    const naar = volgendeStap(d);
    const mijlpaal = mijlpaalVan(d, peildatum);
    // A step reserved to the college or directie is theirs, not the regisseur's: it is a besluit below.
    const besluitVanAnder =
      d.status === 'ter-besluitvorming' ||
      (d.soort === 'opgave' && d.status === 'evaluatie') ||
      d.status === 'afgerond';
    if (!naar || besluitVanAnder || !isStapAanDeBeurt(d.status, mijlpaal, peildatum)) return [];
    return [
      {
        soort: 'dossierstap' as const,
        id: `dossierstap:${d.soort}:${d.id}`,
        titel: `Volgende stap voor ${dossierNaam(d)}: ${STATUS_NAAM[naar] ?? naar}`,
        toelichting: `Nu: ${STATUS_NAAM[d.status] ?? d.status}${mijlpaal ? ` · mijlpaal ${mijlpaal.titel}` : ''}${
          d.open_inzetverzoeken > 0 ? ` · ${d.open_inzetverzoeken} open inzetverzoeken` : ''
        }`,
        pad: dossierPad(d),
        vervaldatum: mijlpaal?.datum ?? null,
        sinds: d.gewijzigd_op,
      },
    ];
  });
  const besluiten = besluitDossiers.map((d) => besluitItem(d, peildatum));

  const teamIds = b.verzoekTeamIds.length > 0 ? b.verzoekTeamIds : eigenTeam ? [eigenTeam] : [];
  const openPerTeam = new Map<string, number>();
  for (const v of voorTeams) openPerTeam.set(v.team_id, (openPerTeam.get(v.team_id) ?? 0) + 1);
  const teams = await teamsInZicht(db, teamIds, peildatum, openPerTeam);
  const [persoonsSignalen, formatieSignalen, werkdrukSignalen, orWerk, evaluatieActies, verandering] =
    await Promise.all([
      signalenVoor(db, b.signalen, peildatum, b.eigenTeamAlsLid ? [] : teams),
      formatieSignalenVoor(db, b, peildatum),
      werkdrukSignalenVoor(db, b.werkdruk, pulsTeamZicht(g), peildatum, magKleineGroepenWerkdrukZien(g)),
      orWerkVoor(db, g, peildatum),
      evaluatieWerkVoor(db, g, peildatum),
      veranderingWerkVoor(db, g, peildatum),
    ]);
  const signalen = [
    ...persoonsSignalen,
    ...formatieSignalen,
    ...werkdrukSignalen,
    ...orWerk.signalen,
    ...verandering.signalen,
  ];
  dossierstappen.push(...orWerk.stappen, ...evaluatieActies, ...verandering.stappen);

  const dossiers: MijnDossier[] = eigenDossiers.map((d) => ({
    soort: d.soort,
    id: d.id,
    titel: d.titel,
    status: d.status,
    volgendeStap: volgendeStap(d),
    volgendeMijlpaal: mijlpaalVan(d, peildatum),
    openInzetverzoeken: d.open_inzetverzoeken,
    pad: dossierPad(d),
  }));

  const handelingen = [...verzoeken.values(), ...besluiten, ...dossierstappen].sort(opUrgentie);
  const tellingen = {
    inzetverzoeken: verzoeken.size,
    dossierstappen: dossierstappen.length,
    besluiten: besluiten.length,
    signalen: signalen.length,
    totaal: verzoeken.size + dossierstappen.length + besluiten.length + signalen.length,
  };
  const melding =
    g.medewerkerId === null && g.rollen.every((r) => r === 'medewerker')
      ? 'Uw account is nog niet gekoppeld aan een medewerker. Zodra P&O dat doet, ziet u hier uw team en wat er voor u klaarstaat.'
      : null;
  return {
    peildatum,
    medewerker: medewerker ? { id: medewerker.id, naam: volledigeNaam(medewerker) } : null,
    nu: [...handelingen, ...signalen],
    teams,
    dossiers,
    tellingen,
    melding,
  };
}
