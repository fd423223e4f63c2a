import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useCallback, useId } from 'react';
import type { Ontbreekt } from '../../../api/wendbaar.types';
import { type MessageKey, useT } from '../../../i18n/i18n';
import { type DoelVan, OntbreektLijst } from '../OntbreektLijst';
import { boSectieId, boVeldId } from './SectieForm';

/** The section of the dossier page each field of a bestuursopdracht is in. */
const SECTIE: Record<string, string> = {
  titel: 'gegevens',
  ambitieId: 'gegevens',
  programmaId: 'gegevens',
  verkenning: 'verkenning',
  doelstellingen: 'doelstellingen',
  mijlpalen: 'mijlpalen',
  mensenEnMiddelen: 'mensenEnMiddelen',
  budget: 'budget',
  rollen: 'rollen',
  verantwoording: 'verantwoording',
  besluitvormingsproces: 'besluitvormingsproces',
};

/** The label of a field or list of a bestuursopdracht, as its section or form shows it. */
const LABEL: Record<string, MessageKey> = {
  titel: 'wb.bo.titel',
  'verkenning.doel': 'wb.bo.verkenning.doel',
  'verkenning.wens': 'wb.bo.verkenning.wens',
  'verkenning.probleemEnOorzaak': 'wb.bo.verkenning.probleemEnOorzaak',
  'verkenning.beeldVanSucces': 'wb.bo.verkenning.beeldVanSucces',
  'verkenning.gewensteAanpak': 'wb.bo.verkenning.gewensteAanpak',
  'verkenning.collegeleden': 'wb.bo.verkenning.collegeleden',
  doelstellingen: 'wb.bo.sectie.doelstellingen',
  mijlpalen: 'wb.bo.sectie.mijlpalen',
  mensenEnMiddelen: 'wb.bo.sectie.mensenEnMiddelen',
  'rollen.bestuurlijkOpdrachtgever': 'wb.bo.rollen.bestuurlijkOpdrachtgever',
  'rollen.ambtelijkOpdrachtgever': 'wb.bo.rollen.ambtelijkOpdrachtgever',
  'rollen.opdrachtnemer': 'wb.bo.rollen.opdrachtnemer',
  verantwoording: 'wb.bo.sectie.verantwoording',
  besluitvormingsproces: 'wb.bo.sectie.besluitvormingsproces',
};

/** Where each missing item of a bestuursopdracht is filled in: its field, or else its section. */
export function useOpdrachtDoelVan(): DoelVan {
  const t = useT();
  return useCallback(
    (veld: string) => {
      const sleutel = LABEL[veld];
      return {
        label: sleutel ? t(sleutel) : veld,
        veldId: boVeldId(veld),
        sectieId: boSectieId(SECTIE[veld.split('.')[0] ?? ''] ?? 'gegevens'),
      };
    },
    [t],
  );
}

/** "Wat ontbreekt nog voor indiening": every gap before the college can decide, or that there is none. */
export function OntbreektPaneel({ ontbreekt }: { ontbreekt: Ontbreekt[] }) {
  const t = useT();
  const titelId = useId();
  const doelVan = useOpdrachtDoelVan();
  return (
    <section aria-labelledby={titelId} className="wb-ontbreekt" data-testid="ontbreekt">
      <Alert type={ontbreekt.length === 0 ? 'ok' : 'warning'}>
        <Heading level={2} id={titelId} className="wb-alert-heading">
          {t('wb.bo.ontbreekt.titel')}
        </Heading>
        {ontbreekt.length === 0 ? (
          <Paragraph>{t('wb.bo.ontbreekt.niets')}</Paragraph>
        ) : (
          <>
            <Paragraph>{t('wb.bo.ontbreekt.uitleg', { aantal: ontbreekt.length })}</Paragraph>
            <OntbreektLijst items={ontbreekt} doelVan={doelVan} />
          </>
        )}
      </Alert>
    </section>
  );
}
