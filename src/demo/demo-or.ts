import type { Kysely } from 'kysely';
import type { OrDocument } from '../contract/or-dossier';
import * as repo from '../db/or-dossier.repository';
import type { Database } from '../db/schema';
import { plusDagen, vandaag } from '../domain/datum';
import { DEMO_SCENARIO_NAAM } from './demo-scenario';

/**
 * The demo's OR-dossier (issue 15, item 4), dated relative to today so the dates stay meaningful:
 * - an adviesaanvraag on the reorganisation's new team structure: a conditional advice, and a
 *   decision that deviates from it, taken last week, so its opschortingstermijn (art. 25 lid 6)
 *   still runs and shows its date;
 * - an instemmingsaanvraag on the "Regeling hybride werken", submitted ten days ago and awaiting
 *   the OR's consent;
 * - one overlegvergadering two weeks ago with both on the agenda, minutes and two actions (one done).
 * Loaded once: nothing happens when there are verzoeken already.
 */
export async function loadDemoOr(db: Kysely<Database>, nu: Date = new Date()): Promise<void> {
  if ((await repo.countOrVerzoeken(db)) > 0) return;
  const dag = vandaag(nu);
  const d = (n: number) => plusDagen(dag, n);
  const scenario = await repo.findScenarioMetVoorstel(db, DEMO_SCENARIO_NAAM);
  const documenten: OrDocument[] = [
    ...(scenario?.voorstel_id
      ? [
          {
            soort: 'voorstel' as const,
            id: scenario.voorstel_id,
            url: null,
            titel: `${scenario.documentnummer} ${scenario.naam}`,
          },
        ]
      : []),
    ...(scenario ? [{ soort: 'scenario' as const, id: scenario.id, url: null, titel: scenario.naam }] : []),
    {
      soort: 'link',
      id: null,
      url: 'https://www.demo-gemeente.nl/intranet/organisatieontwikkeling',
      titel: 'Plan van aanpak organisatieontwikkeling',
    },
  ];

  const advies = await repo.insertOrVerzoek(db, {
    soort: 'advies',
    status: 'besluit-genomen',
    onderwerp: 'Nieuwe teamstructuur: van afdelingen naar basisteams',
    aanleiding:
      'Fase 2 van de organisatieontwikkeling brengt het werk samen in basisteams met een teamleider, zodat opgaven teamoverstijgend kunnen worden opgepakt.',
    voorgenomen_besluit:
      'De negen afdelingen worden per de eerste van het kwartaal na het besluit omgezet in zeven basisteams; de afdelingshoofden worden teamleider.',
    personele_gevolgen:
      'Alle medewerkers worden in een basisteam geplaatst volgens het plaatsingsplan (mens volgt werk). Twee functies van afdelingshoofd vervallen; de betrokkenen zijn herplaatsingskandidaat. Geen gedwongen ontslagen.',
    documenten: JSON.stringify(documenten),
    reactie_gevraagd_voor: d(-45),
    or_geinformeerd_op: d(-75),
    reactie_uitkomst: 'voorwaardelijk',
    reactie_tekst:
      'De OR adviseert positief, op voorwaarde dat het team Publiekszaken niet wordt gesplitst en dat er een onafhankelijke bezwarencommissie voor de plaatsing komt.',
    reactie_op: d(-40),
    reactie_door: 'Secretaris ondernemingsraad',
    besluit_tekst:
      'De directie besluit zoals voorgenomen: de bezwarencommissie komt er, het team Publiekszaken wordt wel gesplitst in Balie en Backoffice.',
    besluit_datum: d(-6),
    besluit_or_geinformeerd_op: d(-5),
    besluit_volgt_advies: false,
    besluit_door: 'Directeur',
    aangemaakt_door: 'Directeur',
  });

  const instemming = await repo.insertOrVerzoek(db, {
    soort: 'instemming',
    status: 'ingediend',
    onderwerp: 'Regeling hybride werken',
    aanleiding:
      'Sinds 2020 werken medewerkers deels thuis zonder vaste afspraken. De regeling legt vast hoe thuis en op kantoor werken wordt verdeeld en vergoed.',
    voorgenomen_besluit:
      'De Regeling hybride werken wordt vastgesteld: gemiddeld twee dagen per week op kantoor, een thuiswerkvergoeding volgens de Cao Gemeenten en een werkplekonderzoek op verzoek.',
    personele_gevolgen:
      'Geldt voor alle medewerkers; wijzigt de arbeidsvoorwaarden (vergoeding) en de arbo-afspraken over de thuiswerkplek (art. 27 lid 1 sub d WOR).',
    documenten: JSON.stringify([
      {
        soort: 'link',
        id: null,
        url: 'https://www.demo-gemeente.nl/intranet/regeling-hybride-werken',
        titel: 'Concept Regeling hybride werken',
      },
    ] satisfies OrDocument[]),
    reactie_gevraagd_voor: d(25),
    or_geinformeerd_op: d(-10),
    aangemaakt_door: 'Directeur',
  });

  const overleg = await repo.insertOverleg(db, {
    datum: d(-14),
    titel: 'Overlegvergadering bestuurder en OR',
    notulen:
      'Aanwezig: de directeur (bestuurder), vijf leden van de OR en de ambtelijk secretaris.\n\n1. De bestuurder licht het besluit over de teamstructuur toe en legt uit waarom het team Publiekszaken toch wordt gesplitst. De OR beraadt zich over beroep.\n2. De regeling hybride werken wordt ter instemming voorgelegd; de OR vraagt de uitkomst van de medewerkersraadpleging mee te wegen.',
  });
  await repo.vervangAgenda(db, overleg, [
    { titel: 'Opening en vaststellen agenda', verzoekId: null },
    { titel: 'Besluit nieuwe teamstructuur', verzoekId: advies },
    { titel: 'Instemmingsaanvraag Regeling hybride werken', verzoekId: instemming },
    { titel: 'Rondvraag', verzoekId: null },
  ]);
  await repo.insertOverlegActie(db, {
    overleg_id: overleg,
    omschrijving: 'Plaatsingsplan per basisteam naar de OR sturen',
    eigenaar: 'Directeur',
    deadline: d(-7),
    afgerond_op: d(-8),
  });
  await repo.insertOverlegActie(db, {
    overleg_id: overleg,
    omschrijving: 'Uitkomst medewerkersraadpleging hybride werken delen',
    eigenaar: 'P&O',
    deadline: d(7),
  });
}
