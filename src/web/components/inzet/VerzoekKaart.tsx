import { Heading } from '@utrecht/component-library-react';
import { type ReactNode, useId } from 'react';
import type { Inzetverzoek } from '../../api/inzet.types';
import { useI18n } from '../../i18n/i18n';
import { TijdstipText, UrenText } from '../DateText';
import { Gegevens, Tekst } from '../wendbaar/Gegevens';
import { DossierLink } from './DossierLink';
import { VerzoekGevolgen } from './VerzoekGevolgen';
import { VerzoekStatus, VerzoekVlaggen, WekenText } from './VerzoekStatus';

/**
 * One request as a card: what is asked, the actions the reader may take (`children`), what consent
 * would do (VerzoekGevolgen), then person, dossier and expertise, its warnings (beyond the free
 * hours; past the team's reservering, with the asker's reason) and a counter-proposal.
 */
export function VerzoekKaart({ verzoek, children }: { verzoek: Inzetverzoek; children?: ReactNode }) {
  const { t, formatNumber } = useI18n();
  const titelId = useId();
  const v = verzoek;
  const tegen = v.tegenvoorstel;
  return (
    <li className="wb-iz-verzoek">
      <article
        className="wb-card wb-iz-kaart"
        aria-labelledby={titelId}
        data-testid="verzoek"
        data-verzoek={v.id}
      >
        <Heading level={3} id={titelId} className="wb-card__title">
          {t('iz.kaart.titel', { naam: v.medewerker.naam, expertise: v.capaciteitsvraag.expertise })}
        </Heading>
        <p className="wb-status-line">
          <VerzoekStatus status={v.status} /> <VerzoekVlaggen verzoek={v} />
        </p>
        {/* What is asked and the answers first, with what consent would do right below them: on a
            phone the answers are on the first screen (issue 17, item 7); the details follow. */}
        <p className="wb-iz-gevraagd" data-testid="verzoek-gevraagd">
          <span className="wb-iz-gevraagd__label">{t('iz.kaart.gevraagd')}:</span>{' '}
          <UrenText value={v.urenPerWeek} />, <WekenText van={v.vanWeek} tot={v.totWeek} />
        </p>
        {children}
        <VerzoekGevolgen verzoek={v} />
        <Gegevens
          items={[
            { label: t('iz.vraag.dossier'), waarde: <DossierLink dossier={v.capaciteitsvraag.dossier} /> },
            {
              label: t('kolom.expertise'),
              waarde: t('iz.vraag.expertise', {
                expertise: v.capaciteitsvraag.expertise,
                niveau: v.capaciteitsvraag.minimumNiveau,
              }),
            },
            { label: t('kolom.team'), waarde: v.team.naam },
            ...(tegen
              ? [
                  {
                    label: t('iz.kaart.tegenvoorstel'),
                    waarde: (
                      <strong>
                        <UrenText value={tegen.urenPerWeek} />,{' '}
                        <WekenText van={tegen.vanWeek} tot={tegen.totWeek} />
                      </strong>
                    ),
                  },
                ]
              : []),
            ...(v.bovenBeschikbaar
              ? [{ label: t('iz.vlag.bovenBeschikbaar'), waarde: t('iz.kaart.bovenBeschikbaar') }]
              : []),
            ...(v.reserveringOverschreden
              ? [{ label: t('iz.vlag.reservering'), waarde: <Tekst waarde={v.overschrijdingReden} /> }]
              : []),
            { label: t('iz.veld.toelichting'), waarde: <Tekst waarde={v.toelichting} /> },
            ...(v.reden ? [{ label: t('iz.kaart.reden'), waarde: <Tekst waarde={v.reden} /> }] : []),
            {
              label: t('iz.kaart.aangevraagd'),
              waarde: (
                <>
                  {v.aangevraagdDoor ?? t('iz.onbekend')}, <TijdstipText value={v.aangevraagdOp} />
                </>
              ),
            },
            {
              label: t('iz.kaart.wachtdagen'),
              waarde: t('iz.kaart.dagen', { dagen: formatNumber(v.wachtdagen) }),
            },
          ]}
        />
      </article>
    </li>
  );
}
