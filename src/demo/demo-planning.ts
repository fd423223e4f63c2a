import { type Kysely, sql } from 'kysely';
import type { Gebruiker } from '../access/gebruiker';
import type { Database } from '../db/schema';
import { plusDagen, vandaag } from '../domain/datum';
import { periodeVan, sleutelVan, wekenVanKwartaal } from '../domain/kalender';
import { ValidationError } from '../domain/probleem';
import * as ambities from '../services/ambitie.service';
import * as begroting from '../services/begroting.service';
import { organisatieCapaciteit } from '../services/beschikbaarheid.service';
import * as opdrachten from '../services/bestuursopdracht.service';
import * as capaciteit from '../services/capaciteitsvraag.service';
import { type InzetBatchRij, zetInzetBatch } from '../services/inzet-batch.service';
import { updateMedewerker } from '../services/medewerker.service';
import * as opgaven from '../services/opgave.service';
import * as programmas from '../services/programma.service';
import { createResultaatdoel } from '../services/resultaatdoel.service';
import { demoGebruiker } from './demo-gebruiker';
import { loadDemoVerzoeken } from './demo-verzoeken';
import {
  type BeleidsdoelSleutel,
  demoBegroting,
  overbelasteTeams,
  teamwerkVan,
  vraagAandeel,
} from './demo-werk';

/** The quarter `n` quarters from `kwartaal` ('2026-Q4', -1 → '2026-Q3'). */
function kwartaalPlus(kwartaal: string, n: number): string {
  const t = Number(kwartaal.slice(0, 4)) * 4 + Number(kwartaal.slice(-1)) - 1 + n;
  return `${Math.floor(t / 4)}-Q${(t % 4) + 1}`;
}

/**
 * The demo municipality's plans, so a first start shows a working tool rather than empty pages: a
 * programme budget for this year, result goals for every basisteam sized to its capacity with hours
 * booked on them for the quarter, and the agile side — programma's, ambities, opgaven in several phases, and
 * bestuursopdrachten from exploration to a college decision. Made through the services, so it obeys
 * every rule a user does. Needs the demo accounts (the college's decision is recorded by its account).
 */
export async function loadDemoPlanning(db: Kysely<Database>, nu: string = vandaag()): Promise<void> {
  const jaar = Number(nu.slice(0, 4));
  const kwartaal = sleutelVan('kwartaal', nu);
  const account = async (eMail: string) =>
    (await db.selectFrom('account').select('id').where('e_mail', '=', eMail).executeTakeFirst())?.id ?? null;
  const directeur = (await account('directeur@demo-gemeente.nl')) ?? '';
  // The demo takes its dossier steps as the directie would.
  const directeurDoor = { accountId: directeur, rollen: ['directeur' as const] };
  const college = (await account('college@demo-gemeente.nl')) ?? directeur;
  const regisseurMedewerker =
    (
      await db
        .selectFrom('account')
        .select('medewerker_id')
        .where('e_mail', '=', 'programmaregisseur@demo-gemeente.nl')
        .executeTakeFirst()
    )?.medewerker_id ?? null;

  // Begroting: every programme with the policy goals the teams' work serves.
  const beleidsdoel = new Map<BeleidsdoelSleutel, string>();
  const programmaId = new Map<string, string>();
  for (const p of demoBegroting) {
    const programma = await begroting.createProgramma(db, {
      begrotingsjaar: jaar,
      code: p.code,
      naam: p.naam,
    });
    programmaId.set(p.code, programma.id);
    let doelen = programma.beleidsdoelen;
    for (const b of p.beleidsdoelen)
      doelen = (await begroting.addBeleidsdoel(db, programma.id, { naam: b.naam })).beleidsdoelen;
    for (const b of p.beleidsdoelen) beleidsdoel.set(b.sleutel, doelen.find((d) => d.naam === b.naam)!.id);
  }
  const sociaalId = programmaId.get('P2')!;

  const teamleiderTeams = (
    await sql<{ team_id: string }>`
      select l.team_id from leiderschap l join account a on a.medewerker_id = l.medewerker_id
       join team t on t.id = l.team_id
       where a.e_mail = 'teamleider@demo-gemeente.nl' and l.rol = 'teamleider' and l.einddatum is null
       order by t.naam`.execute(db)
  ).rows.map((r) => r.team_id);
  const teams = await db
    .selectFrom('team')
    .select(['id', 'naam'])
    .where('soort', '=', 'basisteam')
    .where('opgeheven_op', 'is', null)
    .orderBy('naam')
    .execute();
  const teamMet = (naam: string) => teams.find((t) => t.naam === naam)?.id ?? null;
  // The demo plans the teams as the directie would: it may plan every team.
  const planner = demoGebruiker(directeur);
  // Result goals: every basisteam plans its regular work for the quarter, sized to a share of its
  // productive capacity that differs per team (werkdruk).
  const doelenVan = new Map<string, { id: string; uren: number }[]>();
  // One query per year for every team's capacity: a quarter is the sum of its three months.
  const q = periodeVan('kwartaal', kwartaal);
  const capaciteitPerJaar = new Map<number, Awaited<ReturnType<typeof organisatieCapaciteit>>>();
  const capaciteitIn = async (teamId: string, k: string) => {
    const p = periodeVan('kwartaal', k);
    const j = Number(k.slice(0, 4));
    if (!capaciteitPerJaar.has(j)) capaciteitPerJaar.set(j, await organisatieCapaciteit(db, j));
    return (capaciteitPerJaar.get(j)!.teams.find((t) => t.teamId === teamId)?.cellen ?? [])
      .filter((c) => `${c.periode}-01` >= p.van && `${c.periode}-01` <= p.tot)
      .reduce((som, c) => som + c.capaciteit, 0);
  };
  // The quarters of a year of heatmap around the demo's date: the four before, this one and the next.
  const kwartalen = [-4, -3, -2, -1, 0, 1].map((v) => ({ v, k: kwartaalPlus(kwartaal, v) }));
  for (const [t, team] of teams.entries()) {
    const werk = teamwerkVan(team.naam);
    if (werk.length === 0) continue;
    // The quarters before and after: planned regular work too, so the werkdruk shows over a year.
    // Past quarters are done (behaald), the next is planned; only this year's goals serve the
    // budget's policy goals (other years have no budget in the demo).
    for (const { v, k } of kwartalen) {
      if (v === 0) continue;
      const gepland = (await capaciteitIn(team.id, k)) * vraagAandeel(team.naam, t, v);
      for (const d of werk) {
        await createResultaatdoel(db, planner, team.id, {
          periode: k,
          titel: d.titel,
          geschatteUren: Math.max(10, Math.round((gepland * d.aandeel) / 10) * 10),
          indicator: d.indicator?.naam ?? null,
          doelwaarde: d.indicator?.doelwaarde ?? null,
          eenheid: d.indicator?.eenheid ?? null,
          beleidsdoelen:
            Number(k.slice(0, 4)) === jaar
              ? [{ beleidsdoelId: beleidsdoel.get(d.beleidsdoel)!, gewicht: 1 }]
              : [],
          status: v < 0 ? 'behaald' : 'gepland',
        });
      }
    }
    const capaciteit = await capaciteitIn(team.id, kwartaal);
    const gepland = capaciteit * vraagAandeel(team.naam, t, 0);
    const lijst: { id: string; uren: number }[] = [];
    for (const [i, d] of werk.entries()) {
      // Estimates in whole tens of hours, as a teamleider would write them.
      const uren = Math.max(10, Math.round((gepland * d.aandeel) / 10) * 10);
      const gemaakt = await createResultaatdoel(db, planner, team.id, {
        periode: kwartaal,
        titel: d.titel,
        geschatteUren: uren,
        indicator: d.indicator?.naam ?? null,
        doelwaarde: d.indicator?.doelwaarde ?? null,
        eenheid: d.indicator?.eenheid ?? null,
        beleidsdoelen: [{ beleidsdoelId: beleidsdoel.get(d.beleidsdoel)!, gewicht: 1 }],
        status: i === 0 ? 'actief' : 'gepland',
      });
      lijst.push({ id: gemaakt.id, uren });
    }
    doelenVan.set(team.id, lijst);
  }
  // Regular work on every team's goals for the whole quarter, booked in one batch: each team's goals
  // a little under their estimate (the werkdruk is in the goals), except on the demo teamleider's
  // first team, whose last goal runs moderately over, so the signal shows.
  const { vanWeek, totWeek, weken } = wekenVanKwartaal(kwartaal);
  const verhaalTeam = teamleiderTeams[0];
  const leden = await volledigeLeden(db, [...doelenVan.keys()], vanWeek, totWeek);
  const rijen: InzetBatchRij[] = [];
  for (const [teamId, doelen] of doelenVan) {
    // An over-pressed team cannot book more than it has: its hours stay within its capacity.
    const naam = teams.find((x) => x.id === teamId)?.naam ?? '';
    const rem = Math.min(1, 1 / (overbelasteTeams[naam]?.[0] ?? 1));
    const factor = (d: number) =>
      rem * (teamId === verhaalTeam ? (d === doelen.length - 1 ? 1.2 : 0.8) : 0.85);
    for (const b of verdeelOverLeden(
      doelen.map((d, i) => (d.uren * factor(i)) / weken),
      leden.get(teamId) ?? [],
    ))
      rijen.push({
        medewerkerId: b.medewerkerId,
        resultaatdoelId: doelen[b.doel]!.id,
        vanWeek,
        totWeek,
        urenPerWeek: b.urenPerWeek,
        versie: 0,
      });
  }
  await boekAlles(db, planner, rijen);
  if (verhaalTeam) {
    const geboekt = new Set(rijen.map((r) => r.medewerkerId));
    const verhaalLeden = (leden.get(verhaalTeam) ?? [])
      .filter((l) => geboekt.has(l.medewerkerId))
      .map((l) => ({ medewerker_id: l.medewerkerId }));
    await vertrekMetGeplandeInzet(db, verhaalLeden, nu, q.tot);
  }

  // The agile side
  const expertises = await db.selectFrom('expertise').select(['id', 'naam']).orderBy('naam').execute();
  const expertise = (deel: string) =>
    (expertises.find((e) => e.naam.toLowerCase().includes(deel)) ?? expertises[0]!).id;
  const energie = await programmas.createProgramma(db, {
    naam: 'Energietransitie',
    omschrijving: 'Van aardgas af, met een net dat de groei aankan.',
    programmaregisseurMedewerkerId: regisseurMedewerker,
  });
  const opgroeien = await programmas.createProgramma(db, {
    naam: 'Opgroeien in de wijk',
    omschrijving: 'Jeugd, onderwijs en zorg dichtbij, in één aanpak per gezin.',
    programmaregisseurMedewerkerId: regisseurMedewerker,
  });
  const aardgasvrij = await ambities.createAmbitie(db, {
    titel: 'Alle wijken aardgasvrij-ready',
    bron: 'coalitieakkoord',
    portefeuillehouder: 'Wethouder Duurzaamheid',
    tekst: 'In 2030 is elke wijk klaar voor een aardgasvrije warmtevoorziening.',
    voortgang: 20,
  });
  const veilig = await ambities.createAmbitie(db, {
    titel: 'Veilig opgroeien',
    bron: 'collegeprogramma',
    portefeuillehouder: 'Wethouder Jeugd',
    tekst: 'Kinderen groeien veilig op in hun eigen omgeving.',
    voortgang: 35,
  });
  await ambities.createAmbitie(db, {
    titel: 'Iedereen doet mee',
    bron: 'nieuw',
    portefeuillehouder: 'Wethouder Werk en Inkomen',
    tekst: 'Meer inwoners aan het werk of actief als vrijwilliger.',
  });

  const net = await opgaven.createOpgave(
    db,
    {
      titel: 'Netcongestie op bedrijventerreinen',
      omschrijving: 'Bedrijven kunnen niet uitbreiden doordat het stroomnet vol is.',
      programmaId: energie.id,
      ambitieIds: [aardgasvrij.id],
    },
    directeur,
  );
  await opgaven.zetOpgaveStap(
    db,
    net.id,
    'verkenning',
    'Start verkenning met netbeheerder en ondernemers',
    directeurDoor,
  );
  await opgaven.addStakeholder(db, net.id, {
    naam: 'Netbeheerder',
    soort: 'extern',
    belang: 'Netcapaciteit en investeringsplanning',
    invloed: 'hoog',
    betrokkenheid: 'coproduceren',
  });
  await opgaven.addStakeholder(db, net.id, {
    naam: 'Ondernemersvereniging',
    soort: 'extern',
    belang: 'Groei van de bedrijven',
    invloed: 'midden',
    betrokkenheid: 'raadplegen',
  });
  await opgaven.addBevinding(
    db,
    net.id,
    { tekst: 'Wachtlijst van twee jaar voor nieuwe grote aansluitingen.' },
    directeur,
  );

  let warmte = await opgaven.createOpgave(
    db,
    {
      titel: 'Warmtenet Oost',
      omschrijving: 'Een collectief warmtenet voor 3.000 woningen in Oost.',
      programmaId: energie.id,
      programmaregisseurMedewerkerId: regisseurMedewerker,
      ambitieIds: [aardgasvrij.id],
    },
    directeur,
  );
  await opgaven.zetOpgaveStap(db, warmte.id, 'verkenning', null, directeurDoor);
  await opgaven.addStakeholder(db, warmte.id, {
    naam: 'Woningcorporatie',
    soort: 'extern',
    belang: 'Betaalbare woonlasten',
    invloed: 'hoog',
    betrokkenheid: 'meebeslissen',
  });
  await opgaven.addBevinding(
    db,
    warmte.id,
    { tekst: 'Restwarmte van de waterzuivering is beschikbaar.' },
    directeur,
  );
  warmte = await opgaven.zetOpgaveStap(db, warmte.id, 'rolbepaling', null, directeurDoor);
  warmte = await opgaven.zetRolbepaling(
    db,
    warmte.id,
    warmte.versie,
    {
      eigenaarschap: 'hoog',
      overheidsrolPrimair: 'presterend',
      overheidsrolSecundair: ['netwerkend'],
      datum: `${jaar}-03-12`,
      besluit: `B&W ${jaar}/041`,
    },
    { accountId: college, rollen: ['college'] },
  );
  warmte = await opgaven.zetOpgaveStap(db, warmte.id, 'aanpak', null, directeurDoor);
  await opgaven.updateOpgave(db, warmte.id, warmte.versie, {
    strategie: 'De gemeente neemt de regie en zoekt een publieke warmtebedrijf-partner.',
    aanpak: 'Haalbaarheidsstudie, dan een aanbesteding in twee fasen.',
  });
  for (const [deel, uren, niveau] of [
    ['projectmanagement', 240, 3],
    ['aanbesteding', 120, 3],
    ['stakeholder', 200, 2],
  ] as const) {
    await capaciteit.addCapaciteitsvraag(
      db,
      { soort: 'opgave', id: warmte.id },
      { expertiseId: expertise(deel), minimumNiveau: niveau, periode: kwartaal, uren },
    );
  }
  const regisseurAccount = await account('programmaregisseur@demo-gemeente.nl');
  if (regisseurAccount)
    await loadDemoVerzoeken(db, {
      opgaveId: warmte.id,
      teamIds: teamleiderTeams,
      nu,
      regisseur: demoGebruiker(regisseurAccount, {
        naam: 'Demo-programmaregisseur',
        eMail: 'programmaregisseur@demo-gemeente.nl',
        medewerkerId: regisseurMedewerker,
        rollen: ['programmaregisseur'],
      }),
    });
  await opgaven.createOpgave(db, { titel: 'Jongeren met schulden', programmaId: opgroeien.id }, directeur);

  // Bestuursopdrachten: one decided and in uitvoering, one waiting for the college, one being explored.
  const maand = (m: number) =>
    `${jaar + Math.floor((m - 1) / 12)}-${String(((m - 1) % 12) + 1).padStart(2, '0')}-01`;
  const nuMaand = Number(nu.slice(5, 7));
  const metTeam = (naam: string, rol: string) => {
    const id = teamMet(naam);
    return id ? [{ teamId: id, rol }] : [];
  };
  const verantwoording = (voortgang: string) => [
    { moment: 'bestuursrapportage' as const, omschrijving: voortgang },
    { moment: 'jaarstukken' as const, omschrijving: 'Resultaten en besteding' },
  ];
  // Each bestuursopdracht has its own story: these texts go into its collegevoorstel.
  let gezin = await opdrachten.createBestuursopdracht(
    db,
    {
      titel: 'Eén gezin, één plan',
      ambitieId: veilig.id,
      programmaId: opgroeien.id,
      verkenning: {
        doel: 'Elk kind een veilige plek om op te groeien.',
        wens: 'Minder uithuisplaatsingen en minder wachttijd voor hulp.',
        probleemEnOorzaak: 'Signalen zijn versnipperd over school, huisarts en wijkteam.',
        beeldVanSucces: 'Binnen twee jaar halveert het aantal crisisplaatsingen.',
        gewensteAanpak: 'Eén plan per gezin, met één regisseur.',
        collegeleden: ['Wethouder Jeugd', 'Burgemeester'],
      },
      doelstellingen: [
        {
          omschrijving: 'Eén gezinsplan per gezin met meervoudige hulp',
          indicator: 'Aandeel gezinnen met één plan',
        },
        { omschrijving: 'Wachttijd jeugdhulp onder de zes weken', indicator: 'Gemiddelde wachttijd' },
      ],
      mijlpalen: [
        { titel: 'Start pilot in twee wijken', datum: maand(nuMaand + 1) },
        { titel: 'Tussenevaluatie', datum: maand(nuMaand + 6) },
        { titel: 'Besluit over opschaling', datum: maand(nuMaand + 10) },
      ],
      budget: [
        { begrotingsprogrammaId: sociaalId, bedrag: 250_000, toelichting: 'Projectleiding en training' },
      ],
      rollen: {
        bestuurlijkOpdrachtgever: 'Wethouder Jeugd',
        ambtelijkOpdrachtgever: 'Directeur Samenleving',
        opdrachtnemer: 'Programmaregisseur Opgroeien in de wijk',
        teams: metTeam('Jeugd en Onderwijs', 'Levert consulenten voor de pilot'),
      },
      verantwoording: verantwoording('Voortgang van de pilot'),
      besluitvormingsproces: 'Collegebesluit, daarna een raadsinformatiebrief.',
    },
    directeur,
  );
  await capaciteit.addCapaciteitsvraag(
    db,
    { soort: 'bestuursopdracht', id: gezin.id },
    { expertiseId: expertise('jeugd'), minimumNiveau: 3, periode: kwartaal, uren: 300 },
  );
  await opdrachten.zetBestuursopdrachtStap(db, gezin.id, 'verkend', null, directeurDoor);
  gezin = await opdrachten.zetBestuursopdrachtStap(db, gezin.id, 'ter-besluitvorming', null, directeurDoor);
  await opdrachten.neemBesluit(
    db,
    gezin.id,
    { versie: 1, uitkomst: 'vastgesteld', besluitnummer: `B&W ${jaar}/112`, datum: nu, voorwaarden: null },
    college,
  );
  await opdrachten.zetBestuursopdrachtStap(db, gezin.id, 'in-uitvoering', null, directeurDoor);

  const res = await opdrachten.createBestuursopdracht(
    db,
    {
      titel: 'Regionale energiestrategie 2.0',
      ambitieId: aardgasvrij.id,
      programmaId: energie.id,
      verkenning: {
        doel: 'Onze bijdrage aan de regionale opwek van duurzame energie vastleggen, tot 2035.',
        wens: 'Zoekgebieden voor zonnevelden en windturbines die inwoners mee hebben bepaald.',
        probleemEnOorzaak:
          'Het stroomnet zit vol en de doelen uit de eerste strategie zijn nog niet in plannen vertaald.',
        beeldVanSucces: 'Een vastgesteld bod aan de regio met draagvlak en een haalbare netaansluiting.',
        gewensteAanpak: 'Samen met de buurgemeenten, de netbeheerder en energiecoöperaties.',
        collegeleden: ['Wethouder Duurzaamheid'],
      },
      doelstellingen: [
        {
          omschrijving: 'Een bod op duurzame opwek in TWh voor 2030 en 2035',
          indicator: 'Vastgesteld bod in TWh',
        },
        {
          omschrijving: 'Zoekgebieden voor zon en wind met inwoners bepaald',
          indicator: 'Aantal participatieavonden',
        },
      ],
      mijlpalen: [
        { titel: 'Gesprekken met de netbeheerder afgerond', datum: maand(nuMaand + 2) },
        { titel: 'Concept-bod aan de regio', datum: maand(nuMaand + 5) },
        { titel: 'Vaststelling door de raad', datum: maand(nuMaand + 9) },
      ],
      rollen: {
        bestuurlijkOpdrachtgever: 'Wethouder Duurzaamheid',
        ambtelijkOpdrachtgever: 'Directeur Fysiek Domein',
        opdrachtnemer: 'Programmaregisseur Energietransitie',
        teams: metTeam('Duurzaamheid en Milieu', 'Levert de adviseurs energietransitie'),
      },
      verantwoording: verantwoording('Voortgang van het bod en de participatie'),
      besluitvormingsproces: 'Collegebesluit, daarna vaststelling van het bod door de raad.',
    },
    directeur,
  );
  await capaciteit.addCapaciteitsvraag(
    db,
    { soort: 'bestuursopdracht', id: res.id },
    { expertiseId: expertise('ruimtelijke'), minimumNiveau: 2, periode: kwartaal, uren: 160 },
  );
  await opdrachten.zetBestuursopdrachtStap(db, res.id, 'verkend', null, directeurDoor);
  await opdrachten.zetBestuursopdrachtStap(db, res.id, 'ter-besluitvorming', null, directeurDoor);

  await opdrachten.createBestuursopdracht(
    db,
    {
      titel: 'Wijkaanpak Zuid',
      programmaId: opgroeien.id,
      verkenning: {
        doel: 'Kinderen en jongeren in Zuid groeien veilig op, met school en wijkteam dichtbij.',
        wens: null,
        probleemEnOorzaak: null,
        beeldVanSucces: null,
        gewensteAanpak: null,
        collegeleden: ['Burgemeester', 'Wethouder Jeugd'],
      },
    },
    directeur,
  );
}

/**
 * The story behind the overview's signal "inzet after an end": a member of the demo teamleider's
 * team, planned on the team's goals to the end of the quarter, hands in notice and leaves halfway.
 * P&O records the leaving date as it would (the inzet was planned first), so the overview and the
 * teamleider see that hours are still planned after it. Someone with a demo account stays.
 */
async function vertrekMetGeplandeInzet(
  db: Kysely<Database>,
  leden: readonly { medewerker_id: string }[],
  nu: string,
  kwartaalEinde: string,
): Promise<void> {
  const vertrek = plusDagen(nu, 14);
  // Too close to the quarter's end for hours to remain after it: no story this time.
  if (vertrek > plusDagen(kwartaalEinde, -7)) return;
  const metAccount = new Set(
    (
      await db.selectFrom('account').select('medewerker_id').where('medewerker_id', 'is not', null).execute()
    ).map((a) => a.medewerker_id),
  );
  const kandidaat = leden.find((l) => !metAccount.has(l.medewerker_id));
  if (!kandidaat) return;
  const m = await db
    .selectFrom('medewerker')
    .select(['versie', 'uit_dienst'])
    .where('id', '=', kandidaat.medewerker_id)
    .executeTakeFirst();
  if (!m || m.uit_dienst !== null) return;
  await updateMedewerker(db, kandidaat.medewerker_id, m.versie, { uitDienst: vertrek }, nu);
}

/** A member in the team for the whole range, with the contract hours that size their share. */
interface Lid {
  medewerkerId: string;
  contracturen: number;
}

/**
 * Per team, the members who are in the team and in service for every week of the range, in a fixed
 * order: someone joining or leaving within the quarter is left unplanned, as a teamleider would.
 */
async function volledigeLeden(
  db: Kysely<Database>,
  teamIds: readonly string[],
  vanWeek: string,
  totWeek: string,
): Promise<Map<string, Lid[]>> {
  const perTeam = new Map<string, Lid[]>();
  if (teamIds.length === 0) return perTeam;
  const van = periodeVan('week', vanWeek).van;
  const tot = periodeVan('week', totWeek).tot;
  const rijen = await sql<{ team_id: string; medewerker_id: string; uren: number }>`
    select l.team_id, l.medewerker_id, c.uren_per_week::float8 as uren
      from teamlidmaatschap l
      join medewerker m on m.id = l.medewerker_id
      join contracturen c on c.medewerker_id = l.medewerker_id
       and c.ingangsdatum <= ${van}::date and (c.einddatum is null or c.einddatum >= ${tot}::date)
     where l.team_id = any(${teamIds}::uuid[])
       and l.ingangsdatum <= ${van}::date and (l.einddatum is null or l.einddatum >= ${tot}::date)
       and m.in_dienst <= ${van}::date and (m.uit_dienst is null or m.uit_dienst >= ${tot}::date)
     order by l.team_id, l.medewerker_id`.execute(db);
  for (const r of rijen.rows) {
    const lijst = perTeam.get(r.team_id) ?? [];
    lijst.push({ medewerkerId: r.medewerker_id, contracturen: Number(r.uren) });
    perTeam.set(r.team_id, lijst);
  }
  return perTeam;
}

/**
 * Spreads the weekly hours each goal needs over the members, each member carrying a share of the
 * total in proportion to their contract hours (so nobody is overbooked while others idle). Members
 * fill the goals in order, a member at a goal's boundary working on both; hours in halves.
 */
export function verdeelOverLeden(
  nodig: readonly number[],
  leden: readonly Lid[],
): { medewerkerId: string; doel: number; urenPerWeek: number }[] {
  const totaal = nodig.reduce((s, x) => s + x, 0);
  const contract = leden.reduce((s, l) => s + l.contracturen, 0);
  if (totaal <= 0 || contract <= 0) return [];
  const rest = [...nodig];
  const uit: { medewerkerId: string; doel: number; urenPerWeek: number }[] = [];
  let d = 0;
  for (const lid of leden) {
    let deel = (totaal * lid.contracturen) / contract;
    while (deel > 1e-9 && d < rest.length) {
      const h = Math.min(deel, rest[d]!);
      const urenPerWeek = Math.round(h * 2) / 2;
      if (urenPerWeek >= 0.5) uit.push({ medewerkerId: lid.medewerkerId, doel: d, urenPerWeek });
      deel -= h;
      rest[d]! -= h;
      if (rest[d]! <= 1e-9) d += 1;
    }
  }
  return uit;
}

/** What the employment, contract or team of a member says against a row: a fact, not a bug here. */
const FEIT = new Set(['voor-in-dienst', 'na-uit-dienst', 'geen-contract', 'buiten-team']);

/**
 * Books the rows in one batch. The batch is all or nothing, so a row refused for a fact of the member
 * that the selection above did not foresee is left out and the rest booked: the demo must start. Any
 * other problem is a mistake in this file and fails the load.
 */
async function boekAlles(db: Kysely<Database>, planner: Gebruiker, rijen: InzetBatchRij[]): Promise<void> {
  try {
    await zetInzetBatch(db, planner, rijen);
  } catch (error) {
    if (!(error instanceof ValidationError) || error.problemen.some((p) => !FEIT.has(p.code))) throw error;
    const fout = new Set(error.problemen.map((p) => Number(p.veld.split('.')[1])));
    await zetInzetBatch(
      db,
      planner,
      rijen.filter((_, i) => !fout.has(i)),
    );
  }
}
