import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { vandaag } from '../domain/datum';
import { createRaadsbrief, stelVast, verzend } from '../services/raadsbrief.service';
import { demoGebruiker } from './demo-gebruiker';

/**
 * The demo's raadsbrief (issue 15, item 5): ONE letter about the organisational development,
 * composed by the demo directeur, approved by the college and sent, so its snapshot and its stored
 * DOCX and PDF are there to read and download. Loaded last (after the programme, which it cites),
 * through the services, so it is made exactly as a user would make it. The text follows a real
 * raadsbrief on a reorganisation into basisteams and a wendbare organisatie, with the municipality's
 * name left out. Loaded once: nothing happens when there are raadsbrieven already.
 */

export const DEMO_RAADSBRIEF_ONDERWERP =
  'Stand van zaken organisatieontwikkeling ‘leren en verbeteren, samen werken aan excellente dienstverlening’';

const AANLEIDING = `De raad is tijdens een informatieve bijeenkomst door de gemeentesecretaris bijgepraat over de organisatieontwikkeling ‘leren en verbeteren, samen werken aan excellente dienstverlening’, en daarna per raadsbrief geïnformeerd over het proces. In deze brief leest u de stand van zaken en geven we een korte vooruitblik.

We leven in een tijd van historische veranderingen en crises: klimaat, energie, stikstof, woningnood, oorlog. De bestaanszekerheid van inwoners staat onder druk door prijsstijgingen. Dit leidt tot transities en transformaties, die een sterke overheid vragen. Gemeenten spelen daarin een belangrijke rol; daarom is het ook voor onze gemeente van belang om toekomstbestendig te zijn, bestuurlijk en ambtelijk.

Met de toename van complexe opgaven in de samenleving wordt de maatschappelijke opgave meer en meer het leidende principe in hoe we organiseren. Werken vanuit opgaven vraagt om wendbaarheid: de wendbare kant van de organisatie. Tegelijk bestaat het grootste deel van ons werk uit regulier werk, dat vraagt om een organisatie die voorspelbaar, transparant en servicegericht werkt en de basis op orde heeft: de robuuste kant. Door voor beide kanten oog te hebben, ondersteunen we bestuur, inwoners en partners integraal, slagvaardig en toekomstgericht.`;

const KERNBOODSCHAP = `Het proces organisatieontwikkeling ‘leren en verbeteren, samen op weg naar een excellente dienstverlening’ is grotendeels in cocreatie concreter gemaakt en wordt, nu de inrichting staat, verder ontwikkeld en doorontwikkeld op basis van evaluaties. Samen met medewerkers, management en bestuur geven we verder vorm en inhoud aan de organisatieontwikkeling.`;

const TOELICHTING = `De organisatieontwikkeling is opgezet in fasen: 0 verkenning en voorbereiding; 1 klankborden, ophalen en schetsen; 2 ontwerpen en richten; 3 inrichten; 4 verrichten en ontwikkelen; 5 doorontwikkelen van de robuuste en wendbare organisatie. In wisselende transitieteams met medewerkers zijn acht thema’s uitgewerkt: ontwerp- en sturingsprincipes; koers en cultuur; continuïteit en inrichting directie; de professional; strategische en complexe opgaven; ondersteuning en goed werkgeverschap; inrichting teams, taken, rollen en verantwoordelijkheden; leiderschap. Het geheel is uitgewerkt in de organisatiefilosofie “Zo werken we”.

Iedere medewerker zit in een basisteam en heeft daarmee een leidinggevende. De basisteams werken samen aan de doelen van de programmabegroting, met capaciteitsplanningen en resultaatdoelen. Dat helpt de leidinggevenden in de sturing, de medewerkers in de prioritering van het werk, en geeft beter zicht en grip op werkdruk.

Naast het reguliere werk zijn er strategische en complexe opgaven, programma’s en bestuurlijke ambities. Medewerkers uit de basisteams dragen op basis van hun expertise bij aan die opgaven; bestuurlijke ambities worden uitgewerkt in bestuursopdrachten die het college vaststelt. De programmaregisseurs verbinden opgaven met de benodigde expertise en capaciteit.

Leiderschap zien we als een gedeelde verantwoordelijkheid, formeel en informeel. Waar het gaat om hiërarchische verantwoordelijkheden, formele besluitvorming en werkgeverschap werken we met teamleiders en de directie. Het eerste jaar in de nieuwe inrichting is een ontwikkeljaar voor iedereen, in nauwe afstemming met de ondernemingsraad, die nauw betrokken is bij het proces en de communicatie naar medewerkers.

Doordat we werken met capaciteitsplanningen en geprioriteerde resultaatdoelen ontstaat een scherper beeld van de huidige en gewenste formatie. We lossen zoveel mogelijk op binnen de huidige loonsom; blijkt dat structureel niet toereikend, dan volgt via de P&C-cyclus een onderbouwd voorstel. Voor de ontwikkeling van medewerkers doen we in de kadernota een onderbouwd voorstel. De cijfers hieronder komen uit een momentopname van de organisatie op de datum van deze brief.`;

const VERVOLG = `Deze brief is tussentijdse informatie over de voortgang van de organisatieontwikkeling. We gaan verder met de ontwikkeling en doorontwikkeling van de robuuste en wendbare organisatie. Met uw raad wordt een interactieve bijeenkomst gepland over het proces tot nu en het vervolg.`;

export async function loadDemoRaadsbrief(db: Kysely<Database>, nu: Date = new Date()): Promise<void> {
  if (await db.selectFrom('raadsbrief').select('id').limit(1).executeTakeFirst()) return;
  const account = (eMail: string) =>
    db.selectFrom('account').select(['id', 'naam']).where('e_mail', '=', eMail).executeTakeFirst();
  const [directeur, college] = await Promise.all([
    account('directeur@demo-gemeente.nl'),
    account('college@demo-gemeente.nl'),
  ]);
  // Without the demo accounts there is nobody to compose or approve it.
  if (!directeur || !college) return;
  const dag = vandaag(nu);
  const opsteller = demoGebruiker(directeur.id, { naam: directeur.naam });
  const wethouder = demoGebruiker(college.id, { naam: college.naam, rollen: ['college'] });

  const concept = await createRaadsbrief(db, opsteller, {
    onderwerp: DEMO_RAADSBRIEF_ONDERWERP,
    aanleiding: AANLEIDING,
    kernboodschap: KERNBOODSCHAP,
    toelichting: TOELICHTING,
    vervolg: VERVOLG,
    bijlagen: '',
    portefeuillehouder: 'Wethouder Personeel en organisatie',
    datum: dag,
  });
  const vastgesteld = await stelVast(db, wethouder, concept.id, concept.versie, { vastgesteldOp: dag });
  await verzend(db, opsteller, vastgesteld.id, vastgesteld.versie, { verzondenOp: dag });
}
