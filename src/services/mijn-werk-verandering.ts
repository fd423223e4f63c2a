import type { Kysely } from 'kysely';
import type { Gebruiker } from '../access/gebruiker';
import type { WerkItem } from '../contract/mijn-werk';
import type { Database } from '../db/schema';
import { findOpenActiesVoor } from '../db/veranderprogramma.repository';
import { vaststellingsProblemen } from '../domain/raadsbrief';
import { isVerlopen } from '../domain/veranderprogramma';
import { listRaadsbrieven } from './raadsbrief.service';

/**
 * The change programme and the raadsbrieven on Mijn werk (issue 15): what a person's role in them
 * asks of them now.
 *
 * - The owner of an open action or milestone of the programme sees it once its date has passed, as
 *   a step due on that date; the trekker of the theme sees the overdue ones of others as a signal,
 *   because the theme stands "achter" until they are done.
 * - The college sees each concept letter that is complete, so that approving it would succeed (the
 *   same rule the approval applies: sections, portefeuillehouder, date and a snapshot); a draft still
 *   being written is not its work yet. The directeur sees an approved letter that is not sent yet.
 *   Both come from the letter's own `mag`, so this page offers exactly what the letter's page allows.
 */
export async function veranderingWerkVoor(
  db: Kysely<Database>,
  g: Gebruiker,
  peildatum: string,
): Promise<{ stappen: WerkItem[]; signalen: WerkItem[] }> {
  const stappen: WerkItem[] = [];
  const signalen: WerkItem[] = [];
  if (g.medewerkerId) {
    for (const a of await findOpenActiesVoor(db, g.medewerkerId)) {
      if (!isVerlopen(a, peildatum)) continue;
      const item = {
        titel: `${a.soort === 'mijlpaal' ? 'Mijlpaal' : 'Actie'}: ${a.titel}`,
        pad: `/verandering/programma#thema-${a.thema_id}`,
        vervaldatum: a.datum,
        sinds: null,
      };
      if (a.eigenaar_medewerker_id === g.medewerkerId) {
        stappen.push({
          ...item,
          soort: 'dossierstap',
          id: `programma-actie:${a.id}`,
          toelichting: `Uit het thema ‘${a.thema_naam}’ van het veranderprogramma; de datum is voorbij`,
        });
      } else {
        signalen.push({
          ...item,
          soort: 'signaal',
          id: `signaal:programma-actie:${a.id}`,
          toelichting: `Over de datum in uw thema ‘${a.thema_naam}’; het thema staat achter tot dit gereed is`,
        });
      }
    }
  }
  if (g.rollen.includes('college') || g.rollen.includes('directeur')) {
    const { resultaten } = await listRaadsbrieven(db, g);
    for (const r of resultaten) {
      const pad = `/raadsbrieven/${r.id}`;
      const compleet =
        vaststellingsProblemen({ ...r, heeftMomentopname: r.momentopname !== null }).length === 0;
      if (r.mag.vaststellen && compleet) {
        stappen.push({
          soort: 'dossierstap',
          id: `raadsbrief-vaststellen:${r.id}`,
          titel: `Raadsbrief vaststellen: ${r.onderwerp}`,
          toelichting: `${r.documentnummer} wacht op de vaststelling door het college`,
          pad,
          vervaldatum: r.datum,
          sinds: null,
        });
      } else if (r.status === 'vastgesteld' && r.mag.verzenden && g.rollen.includes('directeur')) {
        stappen.push({
          soort: 'dossierstap',
          id: `raadsbrief-verzenden:${r.id}`,
          titel: `Raadsbrief verzenden: ${r.onderwerp}`,
          toelichting: `${r.documentnummer} is vastgesteld door het college en nog niet verzonden aan de raad`,
          pad,
          vervaldatum: r.datum,
          sinds: r.vastgesteld?.op ?? null,
        });
      }
    }
  }
  return { stappen, signalen };
}
