import type { Kysely } from 'kysely';
import * as repo from '../db/gesprek.repository';
import type { Database } from '../db/schema';
import { inTransactie } from '../db/transactie';
import { plusDagen, vandaag } from '../domain/datum';
import { type Leiderschap, type Lidmaatschap, leidingOp } from '../domain/gesprek';

/**
 * The demo's gesprekscyclus (issue 14, item 2): this year's conversations for about two in three
 * medewerkers, always including the person of the demo medewerker account, so the page
 * /medewerkers/:id/gesprekken has something to show from the first login.
 *
 * - A planningsgesprek in January or February for each of them, with one or two agreed actions; a
 *   voortgangsgesprek in June for every second one when June has passed.
 * - Most actions are done; a few (every seventh person's) stay open past their deadline, so the
 *   teamleider's follow-up list ("verlopen acties") is not empty.
 * - The leidinggevende of each conversation is derived as the service does (leidingOp on its date).
 * Deterministic: the same rows on every load (no randomness but the order of personeelsnummers).
 */
const ACTIES = [
  'Een cursus kiezen voor het ontwikkeldoel en die aanvragen',
  'Inwerkplan voor de nieuwe collega opstellen',
  'Afspraken over thuiswerken vastleggen',
  'Deelnemen aan een intervisiegroep',
  'Loopbaangesprek met P&O plannen',
  'Taken herverdelen om de piek in het voorjaar op te vangen',
];
const VERSLAGEN = [
  'We bespraken de resultaten van vorig jaar en de doelen voor dit jaar. De werkdruk is hoog maar werkbaar.',
  'Goed gesprek over de rol in het team en de wens om meer beleid te schrijven.',
  'Afspraken gemaakt over ontwikkeling: een opleiding in het voorjaar en coaching op de werkplek.',
  'De medewerker wil meer afwisseling; we kijken naar een bijdrage aan een opgave.',
];

export async function loadDemoGesprekken(db: Kysely<Database>, nu: Date = new Date()): Promise<number> {
  if ((await repo.countGesprekken(db)) > 0) return 0;
  const dag = vandaag(nu);
  const jaar = dag.slice(0, 4);
  const { medewerkers, leden, leiding } = await repo.findDemoKandidaten(db, dag);
  const demoPersoon = await repo.findMedewerkerVanAccount(db, 'medewerker@demo-gemeente.nl');
  const ledenVan = new Map<string, Lidmaatschap[]>();
  for (const l of leden) {
    const lijst = ledenVan.get(l.medewerker_id) ?? [];
    lijst.push({ teamId: l.team_id, ingangsdatum: l.ingangsdatum, einddatum: l.einddatum });
    ledenVan.set(l.medewerker_id, lijst);
  }
  const leiderschappen: Leiderschap[] = leiding.map((l) => ({
    teamId: l.team_id,
    medewerkerId: l.medewerker_id,
    rol: l.rol,
    ingangsdatum: l.ingangsdatum,
    einddatum: l.einddatum,
  }));
  let aantal = 0;
  await inTransactie(db, async (trx) => {
    for (const [n, m] of medewerkers.entries()) {
      if (n % 3 === 2 && m.id !== demoPersoon) continue;
      const planning = `${jaar}-0${1 + (n % 2)}-${String(10 + (n % 15)).padStart(2, '0')}`;
      const datums = [
        planning,
        ...(n % 2 === 0 || m.id === demoPersoon
          ? [`${jaar}-06-${String(3 + (n % 20)).padStart(2, '0')}`]
          : []),
      ];
      for (const [k, datum] of datums.entries()) {
        if (datum > dag || datum < m.in_dienst) continue;
        const toen = leidingOp(m.id, ledenVan.get(m.id) ?? [], leiderschappen, datum);
        const id = await repo.insertGesprek(trx, {
          medewerker_id: m.id,
          soort: k === 0 ? 'planning' : 'voortgang',
          datum,
          team_id: toen.teamId,
          leidinggevende_id: toen.leidinggevendeId,
          deelnemers: '',
          verslag: VERSLAGEN[(n + k) % VERSLAGEN.length]!,
          status: 'vastgesteld',
          aangemaakt_door: null,
        });
        aantal++;
        const deadline = plusDagen(datum, 60 + (n % 30));
        // Every seventh person (and the demo account's) has an open action past its deadline.
        const open = (n % 7 === 0 || m.id === demoPersoon) && k === 0;
        await repo.insertActie(trx, {
          gesprek_id: id,
          omschrijving: ACTIES[n % ACTIES.length]!,
          eigenaar: 'medewerker',
          deadline,
          afgerond_op: open || deadline > dag ? null : deadline,
        });
        if (n % 4 === 0 || m.id === demoPersoon) {
          await repo.insertActie(trx, {
            gesprek_id: id,
            omschrijving: ACTIES[(n + 3) % ACTIES.length]!,
            eigenaar: 'leidinggevende',
            deadline: plusDagen(datum, 30),
            afgerond_op: open || plusDagen(datum, 30) > dag ? null : plusDagen(datum, 25),
          });
        }
      }
    }
  });
  return aantal;
}
