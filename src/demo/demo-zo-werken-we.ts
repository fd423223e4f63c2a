import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { inTransactie } from '../db/transactie';
import * as repo from '../db/zo-werken-we.repository';

/**
 * The demo's "Zo werken we" (issue 15, item 3): four pages of the organisation philosophy, drawn
 * from the council letter on the organisation development (seed/raadsbrief-organisatieontwikkeling.txt).
 * Written by the demo directeur, two later revised by P&O with a note, so the history and the
 * difference between versions show something from the first login. Loaded once (not when pages exist).
 */
interface DemoVersie {
  door: 'directeur' | 'po';
  dagenGeleden: number;
  samenvatting: string;
  tekst: string;
  notitie?: string;
}

const SAMEN_V1 = `"Zo werken we" is de leidraad voor iedere medewerker, elk team en iedere leidinggevende. We werken
samen aan een robuuste en wendbare organisatie die excellente dienstverlening vorm geeft.

# Wat we belangrijk vinden

- **Vakmanschap**: we kennen ons vak en houden het bij.
- **Eigenaarschap**: we pakken op wat bij ons hoort.
- **Samenwerking**: we werken integraal, over teams heen.
- **Professionaliteit**: we doen wat we zeggen.

Iedere medewerker zit in een basisteam en heeft daarmee een leidinggevende.
`;

const SAMEN_V2 = `"Zo werken we" is de leidraad voor iedere medewerker, elk team en iedere leidinggevende. We werken
samen aan een robuuste en wendbare organisatie die excellente en vraaggerichte dienstverlening
vorm geeft, als onderdeel van de samenleving.

# Wat we belangrijk vinden

- **Vakmanschap**: we kennen ons vak en blijven ons ontwikkelen.
- **Eigenaarschap**: we pakken op wat bij ons hoort.
- **Samenwerking**: we werken integraal, over teams heen.
- **Professionaliteit**: we doen wat we zeggen.
- **Ontwikkeling**: we leren voortdurend, van elkaar en van wat we doen.

Iedere medewerker zit in een basisteam en heeft daarmee een leidinggevende.
`;

const PAGINAS: { titel: string; versies: DemoVersie[] }[] = [
  {
    titel: 'Zo werken we samen',
    versies: [
      {
        door: 'directeur',
        dagenGeleden: 60,
        samenvatting:
          'De leidraad voor iedereen: vakmanschap, eigenaarschap, samenwerking en professionaliteit.',
        tekst: SAMEN_V1,
      },
      {
        door: 'po',
        dagenGeleden: 12,
        samenvatting:
          'De leidraad voor iedereen: vakmanschap, eigenaarschap, samenwerking, professionaliteit en ontwikkeling.',
        tekst: SAMEN_V2,
        notitie:
          'Ontwikkeling toegevoegd na de evaluatie met de transitieteams; vraaggericht werken benoemd.',
      },
    ],
  },
  {
    titel: 'Robuust en wendbaar',
    versies: [
      {
        door: 'directeur',
        dagenGeleden: 58,
        samenvatting: 'Twee kanten van één organisatie: het reguliere werk en de strategische opgaven.',
        tekst: `# De robuuste kant

In 21 **basisteams** doen we het reguliere werk, inclusief uitvoeringsprojecten. We werken met
capaciteitsplanningen en geprioriteerde resultaatdoelstellingen die bijdragen aan de doelen van de
programmabegroting. Zo hebben we de basis op orde, krijgen leidinggevenden grip en weten
medewerkers wat voorgaat. Het maakt ook de werkdruk zichtbaar.

# De wendbare kant

Strategische en complexe opgaven, programma's en bestuurlijke ambities passen vaak niet in de
reguliere beleidscyclus. Daarvoor organiseren we ons wendbaar: een opgave begint met een
verkenning met stakeholders, daarna bepaalt het bestuur de mate van eigenaarschap.
`,
      },
    ],
  },
  {
    titel: 'Inzet op basis van expertise',
    versies: [
      {
        door: 'directeur',
        dagenGeleden: 55,
        samenvatting: 'Medewerkers dragen vanuit hun basisteam bij aan opgaven, op basis van hun expertise.',
        tekst: `Medewerkers uit de basisteams leveren op basis van hun **expertise** een bijdrage aan strategische
en complexe opgaven. Zo benutten we de beschikbare capaciteit en kennis van de hele organisatie.

1. De programmaregisseur brengt de vraag in beeld: welke expertise, hoeveel uren, wanneer.
2. De teamleider stemt in met de inzet, met oog voor het reguliere werk van het team.
3. De medewerker werkt mee en blijft lid van het eigen basisteam.
`,
      },
    ],
  },
  {
    titel: 'Leren en evalueren',
    versies: [
      {
        door: 'directeur',
        dagenGeleden: 50,
        samenvatting: '2024 is een ontwikkeljaar voor iedereen.',
        tekst: `Het verandertraject is gericht op samenwerken, leren en experimenteren. Niet alles verloopt vanaf
het begin zoals beoogd.

- 2024 is een ontwikkeljaar voor iedereen: directie, leiding en medewerkers.
- Teamleiders en teams geven samen vorm aan de ontwikkeling.
`,
      },
      {
        door: 'po',
        dagenGeleden: 5,
        samenvatting: '2024 is een ontwikkeljaar voor iedereen; we evalueren en stellen bij.',
        tekst: `Het verandertraject is gericht op samenwerken, leren en experimenteren. Niet alles verloopt vanaf
het begin zoals beoogd.

- 2024 is een ontwikkeljaar voor iedereen: directie, leiding en medewerkers.
- Teamleiders en teams geven samen vorm aan de ontwikkeling.
- We evalueren elke fase met de transitieteams en de ondernemingsraad, en stellen bij waar nodig.
`,
        notitie: 'Evalueren per fase toegevoegd, in afstemming met de OR.',
      },
    ],
  },
];

export async function loadDemoZoWerkenWe(db: Kysely<Database>, nu: Date = new Date()): Promise<void> {
  if ((await repo.countPaginas(db)) > 0) return;
  const auteur = {
    directeur: await repo.findAccountId(db, 'directeur@demo-gemeente.nl'),
    po: await repo.findAccountId(db, 'po@demo-gemeente.nl'),
  };
  const dagGeleden = (n: number) => new Date(nu.getTime() - n * 86_400_000);
  await inTransactie(db, async (trx) => {
    for (const [i, pagina] of PAGINAS.entries()) {
      const id = await repo.insertPagina(trx, i + 1);
      for (const [k, v] of pagina.versies.entries()) {
        await repo.insertVersie(trx, {
          pagina_id: id,
          nummer: k + 1,
          titel: pagina.titel,
          samenvatting: v.samenvatting,
          tekst: v.tekst,
          notitie: v.notitie ?? null,
          auteur_account_id: auteur[v.door],
          aangemaakt_op: dagGeleden(v.dagenGeleden),
        });
      }
      await repo.zetHuidigNummer(trx, id, pagina.versies.length);
    }
  });
}
