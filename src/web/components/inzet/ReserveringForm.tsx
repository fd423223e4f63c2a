import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { ProblemError } from '../../api/http';
import { getInstellingen, zetReservering } from '../../api/inzet';
import type { Teamreservering } from '../../api/inzet.types';
import type { Team } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { ErrorSummary } from '../ErrorSummary';
import { TextField } from '../FormFields';
import { RadioGroupField } from '../KeuzeVelden';
import { alsFractie, alsProcent, getalAlsTekst, parseNumberFields, withReasons } from '../numbers';
import { useForm } from '../useForm';
import { useResource } from '../useResource';

type Keuze = 'standaard' | 'eigen';
/** The share as the percentage shown and typed, to a tenth: 0.1234 → 12.3. */
const procent = (x: number) => alsProcent(x, 1);

/**
 * The share of a team's capacity kept for robust work: the organisation's default or the team's own
 * percentage. Saved with If-Match of the team's versie; a 412 offers to reload. Requests for agile
 * work beyond the rest are refused unless the asker overrides them with a reason.
 */
export function ReserveringForm({
  team,
  onSaved,
  onReload,
}: {
  team: Team;
  onSaved(reservering: Teamreservering): void;
  onReload(): void;
}) {
  const { t, lang, formatNumber } = useI18n();
  const instellingen = useResource('instellingen', getInstellingen);
  const standaard = instellingen.data?.robuustReservering;
  const [keuze, setKeuze] = useState<Keuze>(team.robuustReservering === null ? 'standaard' : 'eigen');
  const [percentage, setPercentage] = useState(
    team.robuustReservering === null ? '' : getalAlsTekst(procent(team.robuustReservering), lang),
  );
  const form = useForm(`reservering-${team.id}`, {
    keuze: t('iz.res.keuze'),
    robuustReservering: t('iz.res.percentage'),
  });
  const standaardTekst =
    standaard === undefined ? '' : t('iz.res.standaardWaarde', { procent: formatNumber(procent(standaard)) });

  const submit = form.handleSubmit(async () => {
    let waarde: number | null = null;
    if (keuze === 'eigen') {
      const getal = parseNumberFields({ robuustReservering: percentage }, t('iz.res.ongeldig'));
      if (getal.robuustReservering === null) {
        throw new ProblemError(400, {
          title: t('iz.res.ongeldig'),
          invalidParams: [{ name: 'robuustReservering', code: 'verplicht', reason: t('iz.res.ongeldig') }],
        });
      }
      waarde = alsFractie(getal.robuustReservering);
    }
    try {
      onSaved(await zetReservering(team.id, team.versie, waarde));
    } catch (error) {
      throw withReasons(error, { robuustReservering: t('iz.res.ongeldig') });
    }
  });

  return (
    <form className="wb-form" noValidate onSubmit={submit} data-testid="reservering-form">
      <ErrorSummary form={form} onReload={onReload} />
      <Paragraph>{t('iz.res.uitleg')}</Paragraph>
      <Paragraph data-testid="reservering-nu">
        {team.robuustReservering === null
          ? t('iz.res.nuStandaard', { standaard: standaardTekst })
          : t('iz.res.nuEigen', { procent: formatNumber(procent(team.robuustReservering)) })}
      </Paragraph>
      <RadioGroupField
        form={form}
        name="keuze"
        value={keuze}
        onChange={(v) => setKeuze(v as Keuze)}
        keuzes={[
          { value: 'standaard', label: t('iz.res.standaard'), uitleg: standaardTekst || undefined },
          { value: 'eigen', label: t('iz.res.eigen') },
        ]}
      />
      {keuze === 'eigen' && (
        <TextField
          form={form}
          name="robuustReservering"
          value={percentage}
          onChange={setPercentage}
          inputMode="decimal"
          size="sm"
          autoComplete="off"
          description={t('iz.res.percentage.uitleg')}
        />
      )}
      <Button type="submit" appearance="primary-action-button" busy={form.busy}>
        {t('iz.res.opslaan')}
      </Button>
    </form>
  );
}
