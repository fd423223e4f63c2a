import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import type { Inzetverzoek, Kandidaat } from '../../api/inzet.types';
import { useI18n } from '../../i18n/i18n';
import { AppLink } from '../AppLink';
import { UrenText } from '../DateText';
import { Disclosure } from '../Disclosure';
import { alsProcent } from '../numbers';
import { Gegevens } from '../wendbaar/Gegevens';
import { VerzoekForm } from './VerzoekForm';

/**
 * One candidate for a capaciteitsvraag: rank, name, the plain explanation of the fit, free hours and
 * the team's room beside its reservering, and (for those who may ask) the request form.
 */
export function KandidaatKaart({
  kandidaat,
  rang,
  capaciteitsvraagId,
  gevraagdPerWeek,
  vanWeek,
  totWeek,
  magAanvragen,
  onSent,
}: {
  kandidaat: Kandidaat;
  rang: number;
  capaciteitsvraagId: string;
  gevraagdPerWeek: number;
  vanWeek: string;
  totWeek: string;
  magAanvragen: boolean;
  onSent(verzoek: Inzetverzoek): void;
}) {
  const { t, formatNumber } = useI18n();
  const titelId = useId();
  const [open, setOpen] = useState(false);
  const k = kandidaat;
  return (
    <li className="wb-iz-kandidaat">
      <article className="wb-card" aria-labelledby={titelId} data-testid="kandidaat">
        <Heading level={3} id={titelId} className="wb-card__title">
          <span className="wb-iz-rang">{t('iz.kand.rang', { rang })}</span>{' '}
          <AppLink to={`/medewerkers/${k.medewerker.id}`}>{k.medewerker.naam}</AppLink>
        </Heading>
        <Paragraph className="wb-iz-uitleg" data-testid="kandidaat-uitleg">
          {k.uitleg}
        </Paragraph>
        <Gegevens
          items={[
            { label: t('kolom.functie'), waarde: k.medewerker.functie },
            {
              label: t('kolom.team'),
              waarde: <AppLink to={`/teams/${k.team.id}`}>{k.team.naam}</AppLink>,
            },
            {
              label: t('kolom.niveau'),
              waarde: k.ambitie ? t('iz.kand.niveauAmbitie', { niveau: k.niveau }) : String(k.niveau),
            },
            {
              label: t('iz.kand.vrij'),
              waarde: t('iz.kand.vrijWaarde', {
                min: formatNumber(k.vrijPerWeek),
                gemiddeld: formatNumber(k.gemiddeldVrijPerWeek),
              }),
            },
            {
              label: t('iz.kand.teamRuimte'),
              waarde: t('iz.kand.teamRuimteWaarde', {
                uren: formatNumber(k.team.ruimtePerWeek),
                reservering: formatNumber(alsProcent(k.team.reservering)),
              }),
            },
            {
              label: t('iz.kand.inzetbaar'),
              waarde: (
                <strong>
                  <UrenText value={k.inzetbaarPerWeek} />
                </strong>
              ),
            },
            {
              label: t('iz.kand.dossiers'),
              waarde: k.alOpDossier
                ? t('iz.kand.dossiersAlHier', { aantal: k.aantalDossiers })
                : String(k.aantalDossiers),
            },
          ]}
        />
        {magAanvragen && (
          <Disclosure
            label={
              <>
                {t('iz.aanvragen')}
                <span className="wb-visually-hidden"> {k.medewerker.naam}</span>
              </>
            }
            open={open}
            onToggle={setOpen}
          >
            <VerzoekForm
              capaciteitsvraagId={capaciteitsvraagId}
              kandidaat={k}
              gevraagdPerWeek={gevraagdPerWeek}
              vanWeek={vanWeek}
              totWeek={totWeek}
              onSent={(verzoek) => {
                setOpen(false);
                onSent(verzoek);
              }}
            />
          </Disclosure>
        )}
      </article>
    </li>
  );
}
