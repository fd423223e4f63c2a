import type { Kysely } from 'kysely';
import * as repo from '../db/evaluatie.repository';
import type { Database } from '../db/schema';
import { plusDagen, vandaag } from '../domain/datum';

/**
 * The demo's evaluaties (issue 15, item 2), after the programme's phases (demo-programma.ts), dated
 * relative to today:
 * - the evaluation of phase 1 ("Klankborden, ophalen en schetsen"), held just after the phase ended
 *   and vastgesteld, with its questions, findings and two follow-up actions: one done, one open and
 *   past its date, owned by the demo medewerker, so it shows on that account's Mijn werk;
 * - a concept mid-term evaluation of the running phase 4, still being written.
 * Loaded once: nothing happens when there are evaluations already, or no phases to evaluate.
 */
export async function loadDemoEvaluatie(db: Kysely<Database>, nu: Date = new Date()): Promise<void> {
  if ((await repo.countEvaluaties(db)) > 0) return;
  const [fase1, fase4] = [await repo.findFaseId(db, 1), await repo.findFaseId(db, 4)];
  if (!fase1 || !fase4) return;
  const dag = vandaag(nu);
  const d = (n: number) => plusDagen(dag, n);
  const medewerker = await repo.findMedewerkerVanAccount(db, 'medewerker@demo-gemeente.nl');
  const regisseur = await repo.findMedewerkerVanAccount(db, 'programmaregisseur@demo-gemeente.nl');
  if (!medewerker || !regisseur) return;

  const gehouden = d(-545);
  const fase1Id = await repo.insertEvaluatie(db, {
    titel: 'Evaluatie fase 1: klankborden, ophalen en schetsen',
    onderwerp_soort: 'fase',
    verander_fase_id: fase1,
    datum: gehouden,
    samenvatting:
      'Het ophalen bij medewerkers, bestuur en partners heeft een breed gedragen beeld opgeleverd van wat goed gaat en wat beter moet. De schetsen zijn herkenbaar; de terugkoppeling naar deelnemers kwam te laat en de basisteams vragen om een duidelijker rol in de volgende fasen.',
    aangemaakt_door: 'Programmaregisseur',
  });
  await repo.vervangVragen(db, fase1Id, [
    {
      vraag: 'Hebben we de goede mensen bereikt?',
      antwoord:
        'Ruim 300 medewerkers deden mee aan de klankbordsessies; buitendienst en avondploegen waren ondervertegenwoordigd.',
    },
    {
      vraag: 'Wat nemen we mee naar het ontwerp?',
      antwoord: 'De wens om opgaven teamoverstijgend op te pakken en de zorg over werkdruk in kleine teams.',
    },
  ]);
  await repo.vervangBevindingen(db, fase1Id, [
    { soort: 'sterk', tekst: 'Medewerkers voelden zich gehoord; de opkomst was hoger dan verwacht.' },
    {
      soort: 'verbeterpunt',
      tekst: 'De terugkoppeling van wat er met de inbreng gebeurde, kwam pas na zes weken.',
    },
    { soort: 'risico', tekst: 'Buitendienst en avondploegen dreigen buiten beeld te blijven.' },
  ]);
  const gedaan = await repo.insertActie(db, {
    evaluatie_id: fase1Id,
    omschrijving: 'Terugkoppeling van de klankbordsessies op intranet zetten',
    eigenaar_medewerker_id: regisseur,
    datum: d(-520),
  });
  await repo.insertActie(db, {
    evaluatie_id: fase1Id,
    omschrijving: 'Klankbordsessie op locatie organiseren voor buitendienst en avondploegen',
    eigenaar_medewerker_id: medewerker,
    datum: d(-14),
  });
  await repo.stelVast(db, fase1Id, 1, new Date(`${plusDagen(gehouden, 7)}T10:00:00Z`), 'Directeur');
  // Progress is the one thing that still moves after vaststelling.
  await repo.updateActie(db, gedaan, 1, {
    status: 'gereed',
    gereed_op: d(-523),
    gereed_door: 'Programmaregisseur',
  });

  const fase4Id = await repo.insertEvaluatie(db, {
    titel: 'Tussenevaluatie fase 4: verrichten en ontwikkelen',
    onderwerp_soort: 'fase',
    verander_fase_id: fase4,
    datum: d(7),
    samenvatting: '',
    aangemaakt_door: 'Programmaregisseur',
  });
  await repo.vervangVragen(db, fase4Id, [
    { vraag: 'Werken de basisteams zoals ontworpen?', antwoord: '' },
    { vraag: 'Waar knelt de capaciteit in de wendbare schil?', antwoord: '' },
  ]);
}
