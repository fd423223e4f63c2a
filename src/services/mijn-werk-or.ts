import type { Kysely } from 'kysely';
import type { Gebruiker } from '../access/gebruiker';
import type { WerkItem } from '../contract/mijn-werk';
import type { OrVerzoek } from '../contract/or-dossier';
import type { Database } from '../db/schema';
import { listOrVerzoeken } from './or-dossier.service';

const SOORT_NAAM: Record<OrVerzoek['soort'], string> = {
  advies: 'Adviesaanvraag',
  instemming: 'Instemmingsaanvraag',
  informatie: 'Informatie',
};

const UITKOMST_NAAM: Record<string, string> = {
  positief: 'een positief advies',
  negatief: 'een negatief advies',
  voorwaardelijk: 'een voorwaardelijk advies',
  gegeven: 'instemming',
  geweigerd: 'geen instemming',
};

const pad = (v: OrVerzoek) => `/or-dossier/${v.id}`;

/**
 * The works council's procedures on Mijn werk (issue 15): the OR sees the requests that wait on its
 * advice or consent, due on the response date; the directeur the requests whose answer is in and wait
 * on the decision. Both see, as a signal, a decision that may not be carried out yet (the suspension
 * of art. 25 lid 6 WOR, or no consent under art. 27) with the date it may. The items come from the
 * dossier's own answers (its reach and its computed dates), so this page says what the dossier says.
 */
export async function orWerkVoor(
  db: Kysely<Database>,
  g: Gebruiker,
  peildatum: string,
): Promise<{ stappen: WerkItem[]; signalen: WerkItem[] }> {
  const antwoordt = g.rollen.includes('or');
  const beslist = g.rollen.includes('directeur');
  if (!antwoordt && !beslist) return { stappen: [], signalen: [] };
  const { resultaten } = await listOrVerzoeken(db, g);
  const stappen: WerkItem[] = [];
  const signalen: WerkItem[] = [];
  for (const v of resultaten) {
    if (antwoordt && v.status === 'ingediend' && v.soort !== 'informatie') {
      stappen.push({
        soort: 'dossierstap',
        id: `or-reactie:${v.id}`,
        titel: `${SOORT_NAAM[v.soort]}: ${v.onderwerp}`,
        toelichting:
          v.soort === 'advies'
            ? 'Het advies van de OR wordt gevraagd'
            : 'De instemming van de OR wordt gevraagd',
        pad: pad(v),
        vervaldatum: v.termijnen.reactieUiterlijk,
        sinds: v.orGeinformeerdOp,
      });
    }
    const antwoordBinnen =
      v.status === 'advies-uitgebracht' ||
      v.status === 'instemming-gegeven' ||
      v.status === 'instemming-geweigerd';
    if (beslist && antwoordBinnen && v.reactie) {
      stappen.push({
        soort: 'dossierstap',
        id: `or-besluit:${v.id}`,
        titel: `Besluit nemen: ${v.onderwerp}`,
        toelichting: `De OR gaf ${UITKOMST_NAAM[v.reactie.uitkomst] ?? v.reactie.uitkomst}`,
        pad: pad(v),
        vervaldatum: null,
        sinds: v.reactie.datum,
      });
    }
    const uitvoerbaar = v.termijnen.uitvoerbaar;
    if (v.status === 'besluit-genomen' && uitvoerbaar.soort === 'opgeschort' && uitvoerbaar.vanaf) {
      signalen.push({
        soort: 'signaal',
        id: `signaal:or-opschorting:${v.id}`,
        titel: `Besluit opgeschort: ${v.onderwerp}`,
        toelichting:
          'Het besluit wijkt af van het advies van de OR en mag pas worden uitgevoerd vanaf de datum hiernaast (art. 25 lid 6 WOR)',
        pad: pad(v),
        vervaldatum: uitvoerbaar.vanaf > peildatum ? uitvoerbaar.vanaf : null,
        sinds: null,
      });
    }
    if (beslist && v.status === 'besluit-genomen' && uitvoerbaar.soort === 'geen-instemming') {
      signalen.push({
        soort: 'signaal',
        id: `signaal:or-instemming:${v.id}`,
        titel: `Besluit zonder instemming: ${v.onderwerp}`,
        toelichting:
          'Niet uitvoerbaar zonder instemming van de OR of vervangende toestemming van de kantonrechter (art. 27 WOR)',
        pad: pad(v),
        vervaldatum: null,
        sinds: v.besluit?.datum ?? null,
      });
    }
  }
  return { stappen, signalen };
}
