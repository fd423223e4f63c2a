import { type Kysely, sql } from 'kysely';
import type { Gebruiker } from '../access/gebruiker';
import type { Database } from '../db/schema';
import { plusDagen, vandaag } from '../domain/datum';
import { isoWeek, periodeVan, sleutelVan } from '../domain/kalender';
import * as ambities from '../services/ambitie.service';
import * as begroting from '../services/begroting.service';
import * as opdrachten from '../services/bestuursopdracht.service';
import * as capaciteit from '../services/capaciteitsvraag.service';
import { zetInzet } from '../services/inzet.service';
import { updateMedewerker } from '../services/medewerker.service';
import * as opgaven from '../services/opgave.service';
import * as programmas from '../services/programma.service';
import { createResultaatdoel } from '../services/resultaatdoel.service';

/**
 * The demo municipality's plans, so a first start shows a working tool rather than empty pages: a
 * programme budget for this year, result goals for some basisteams (and hours planned for the demo
 * teamleider's team), and the agile side — programma's, ambities, opgaven in several phases, and
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

  // Begroting
  const wonen = await begroting.createProgramma(db, {
    begrotingsjaar: jaar,
    code: 'P1',
    naam: 'Wonen en leefomgeving',
  });
  const wonenDoelen = (
    await begroting
      .addBeleidsdoel(db, wonen.id, { naam: 'Meer betaalbare woningen' })
      .then(() => begroting.addBeleidsdoel(db, wonen.id, { naam: 'Snellere vergunningverlening' }))
  ).beleidsdoelen;
  const sociaal = await begroting.createProgramma(db, {
    begrotingsjaar: jaar,
    code: 'P2',
    naam: 'Sociaal domein',
  });
  const sociaalDoelen = (
    await begroting
      .addBeleidsdoel(db, sociaal.id, { naam: 'Passende jeugdhulp dichtbij' })
      .then(() =>
        begroting.addBeleidsdoel(db, sociaal.id, { naam: 'Minder mensen met problematische schulden' }),
      )
  ).beleidsdoelen;
  const bedrijf = await begroting.createProgramma(db, {
    begrotingsjaar: jaar,
    code: 'P3',
    naam: 'Bedrijfsvoering',
  });
  const bedrijfDoelen = (
    await begroting.addBeleidsdoel(db, bedrijf.id, { naam: 'Een wendbare, aantrekkelijke werkgever' })
  ).beleidsdoelen;
  const alleDoelen = [...wonenDoelen, ...sociaalDoelen, ...bedrijfDoelen];

  // Result goals: the demo teamleider's team first, then five more basisteams.
  const teamleiderTeam = (
    await sql<{ team_id: string }>`
      select l.team_id from leiderschap l join account a on a.medewerker_id = l.medewerker_id
       where a.e_mail = 'teamleider@demo-gemeente.nl' and l.rol = 'teamleider' and l.einddatum is null
       limit 1`.execute(db)
  ).rows[0]?.team_id;
  const teams = await db
    .selectFrom('team')
    .select(['id', 'naam'])
    .where('soort', '=', 'basisteam')
    .where('opgeheven_op', 'is', null)
    .orderBy('naam')
    .limit(6)
    .execute();
  const planTeams = [
    ...new Set([teamleiderTeam, ...teams.map((t) => t.id)].filter((x): x is string => !!x)),
  ].slice(0, 6);
  const titels = [
    [
      'Doorlooptijd aanvragen naar acht weken',
      'Achterstand dossiers wegwerken',
      'Nieuwe werkwijze vastleggen',
    ],
    ['Klanttevredenheid boven de 7', 'Digitale dienstverlening uitbreiden', 'Samenwerking met de wijkteams'],
  ];
  // The demo plans the teams as the directie would: it may plan every team.
  const planner: Gebruiker = {
    accountId: directeur,
    naam: 'Demo-directeur',
    eMail: 'directeur@demo-gemeente.nl',
    medewerkerId: null,
    rollen: ['directeur'],
    teamIds: [],
    sessieId: 'demo',
    csrfToken: 'demo',
    totpIngesteld: false,
    totpNodig: false,
    totpVoldaan: false,
    wachtwoordWijzigen: false,
    methode: 'wachtwoord',
  };
  const perTeamDoelen: string[][] = [];
  for (const [t, teamId] of planTeams.entries()) {
    const lijst: string[] = [];
    for (const [i, titel] of titels[t % 2]!.entries()) {
      const d = await createResultaatdoel(db, planner, teamId, {
        periode: kwartaal,
        titel,
        geschatteUren: [240, 160, 80][i]!,
        indicator: i === 0 ? 'Percentage binnen de norm' : null,
        doelwaarde: i === 0 ? 90 : null,
        eenheid: i === 0 ? '%' : null,
        beleidsdoelen: [{ beleidsdoelId: alleDoelen[(t + i) % alleDoelen.length]!.id, gewicht: 1 }],
        status: i === 0 ? 'actief' : 'gepland',
      });
      lijst.push(d.id);
    }
    perTeamDoelen.push(lijst);
  }
  // Hours on the teamleider's goals for the rest of the quarter.
  if (teamleiderTeam && perTeamDoelen[0]) {
    const q = periodeVan('kwartaal', kwartaal);
    const leden = await db
      .selectFrom('teamlidmaatschap')
      .select('medewerker_id')
      .where('team_id', '=', teamleiderTeam)
      .where('einddatum', 'is', null)
      .orderBy('medewerker_id')
      .execute();
    for (const [i, lid] of leden.entries()) {
      await zetInzet(
        db,
        planner,
        {
          medewerkerId: lid.medewerker_id,
          resultaatdoelId: perTeamDoelen[0][i % 3]!,
          vanWeek: isoWeek(nu > q.van ? nu : q.van),
          totWeek: isoWeek(q.tot),
          urenPerWeek: 4 + (i % 3) * 4,
        },
        0,
      ).catch(() => undefined); // someone leaving before the quarter ends: leave them unplanned
    }
    await vertrekMetGeplandeInzet(db, leden, nu, q.tot);
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
    ['energie', 240, 3],
    ['juridisch', 120, 3],
    ['project', 200, 2],
  ] as const) {
    await capaciteit.addCapaciteitsvraag(
      db,
      { soort: 'opgave', id: warmte.id },
      { expertiseId: expertise(deel), minimumNiveau: niveau, periode: kwartaal, uren },
    );
  }
  await opgaven.createOpgave(db, { titel: 'Jongeren met schulden', programmaId: opgroeien.id }, directeur);

  // Bestuursopdrachten: one decided and in uitvoering, one waiting for the college, one being explored.
  const maand = (m: number) =>
    `${jaar + Math.floor((m - 1) / 12)}-${String(((m - 1) % 12) + 1).padStart(2, '0')}-01`;
  const nuMaand = Number(nu.slice(5, 7));
  const volledig = (titel: string, ambitieId: string, programmaId: string) => ({
    titel,
    ambitieId,
    programmaId,
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
      { begrotingsprogrammaId: sociaal.id, bedrag: 250_000, toelichting: 'Projectleiding en training' },
    ],
    rollen: {
      bestuurlijkOpdrachtgever: 'Wethouder Jeugd',
      ambtelijkOpdrachtgever: 'Directeur Samenleving',
      opdrachtnemer: 'Programmaregisseur Opgroeien in de wijk',
      teams: planTeams.slice(0, 1).map((teamId) => ({ teamId, rol: 'Levert consulenten voor de pilot' })),
    },
    verantwoording: [
      { moment: 'bestuursrapportage' as const, omschrijving: 'Voortgang van de pilot' },
      { moment: 'jaarstukken' as const, omschrijving: 'Resultaten en besteding' },
    ],
    besluitvormingsproces: 'Collegebesluit, daarna een raadsinformatiebrief.',
  });
  let gezin = await opdrachten.createBestuursopdracht(
    db,
    volledig('Eén gezin, één plan', veilig.id, opgroeien.id),
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
    { ...volledig('Regionale energiestrategie 2.0', aardgasvrij.id, energie.id), budget: [] },
    directeur,
  );
  await capaciteit.addCapaciteitsvraag(
    db,
    { soort: 'bestuursopdracht', id: res.id },
    { expertiseId: expertise('energie'), minimumNiveau: 2, periode: kwartaal, uren: 160 },
  );
  await opdrachten.zetBestuursopdrachtStap(db, res.id, 'verkend', null, directeurDoor);
  await opdrachten.zetBestuursopdrachtStap(db, res.id, 'ter-besluitvorming', null, directeurDoor);

  await opdrachten.createBestuursopdracht(
    db,
    {
      titel: 'Wijkaanpak Zuid',
      programmaId: opgroeien.id,
      verkenning: {
        doel: 'Een wijk waar bewoners zich thuis en veilig voelen.',
        wens: null,
        probleemEnOorzaak: null,
        beeldVanSucces: null,
        gewensteAanpak: null,
        collegeleden: ['Burgemeester'],
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
