import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { WERKDRUK_DELEN, type WerkdrukDeel } from '../../../domain/werkdruk';
import { ProblemError } from '../../api/http';
import { getInstellingen, zetInstellingen } from '../../api/inzet';
import { useNotify } from '../../app/notifications';
import { type MessageKey, useI18n } from '../../i18n/i18n';
import { LoadError, Loading } from '../DataState';
import { ErrorSummary } from '../ErrorSummary';
import { TextField } from '../FormFields';
import { useForm } from '../useForm';
import { useResource } from '../useResource';
import './mensen.css';

type Grens = 'oranje' | 'rood';
type Invoer = Partial<Record<WerkdrukDeel, Partial<Record<Grens, string>>>>;

/** How a part's threshold is typed: shares as percentages (as the team page shows them), the rest as they are. */
const EENHEID: Record<WerkdrukDeel, { factor: number; uitleg: MessageKey }> = {
  capaciteit: { factor: 100, uitleg: 'mensen.drempels.eenheid.procent' },
  puls: { factor: 1, uitleg: 'mensen.drempels.eenheid.score' },
  dossiers: { factor: 1, uitleg: 'mensen.drempels.eenheid.aantal' },
  vacatures: { factor: 100, uitleg: 'mensen.drempels.eenheid.procent' },
  afwezigheid: { factor: 1, uitleg: 'mensen.drempels.eenheid.keer' },
};

const veld = (deel: WerkdrukDeel, grens: Grens) => `werkdrukDrempels.${deel}.${grens}`;

/** '95' or '3,5' → the stored value; not a number → NaN, sent as null so the server names the field. */
function naarWaarde(deel: WerkdrukDeel, tekst: string): number {
  const getal = Number(tekst.trim().replace(',', '.'));
  return tekst.trim() === '' || !Number.isFinite(getal) ? Number.NaN : getal / EENHEID[deel].factor;
}

/** A problem about a part as a whole ("negatief") belongs at its amber field, so it shows there. */
function opVeld(error: unknown): unknown {
  if (!(error instanceof ProblemError)) return error;
  const invalidParams = error.invalidParams.map((p) =>
    /^(body[./])?werkdrukDrempels\.\w+$/.test(p.name) ? { ...p, name: `${p.name}.oranje` } : p,
  );
  return new ProblemError(error.status, { ...error.problem, invalidParams });
}

/**
 * The werkdruk signal's thresholds (the setting werkdrukDrempels), for who may change settings:
 * per part where amber and red begin. Only the parts changed are sent (the server keeps the rest),
 * with If-Match of the settings' versie; a 412 offers to reload. Modelled on VerdeelStapForm.
 */
export function WerkdrukDrempelsForm({ onOpgeslagen }: { onOpgeslagen: () => void }) {
  const i = useI18n();
  const { t } = i;
  const notify = useNotify();
  const instellingen = useResource('instellingen', getInstellingen);
  const [invoer, setInvoer] = useState<Invoer>({});
  const labels: Record<string, string> = {};
  for (const deel of WERKDRUK_DELEN) {
    labels[veld(deel, 'oranje')] = `${t(`wd.deel.${deel}`)}: ${t('mensen.drempels.oranje')}`;
    labels[veld(deel, 'rood')] = `${t(`wd.deel.${deel}`)}: ${t('mensen.drempels.rood')}`;
  }
  const form = useForm('werkdruk-drempels', labels);
  const huidig = instellingen.data;

  if (instellingen.error) return <LoadError error={instellingen.error} onRetry={instellingen.reload} />;
  if (!huidig) return <Loading />;

  const getoond = (deel: WerkdrukDeel, grens: Grens) => {
    const getypt = invoer[deel]?.[grens];
    if (getypt !== undefined) return getypt;
    const opgeslagen = huidig.werkdrukDrempels[deel]?.[grens];
    if (opgeslagen === undefined) return '';
    // Rounded for display: 0.95 × 100 is not exactly 95 in floating point.
    const waarde = Math.round(opgeslagen * EENHEID[deel].factor * 10000) / 10000;
    return i.lang === 'nl' ? String(waarde).replace('.', ',') : String(waarde);
  };
  const zet = (deel: WerkdrukDeel, grens: Grens) => (waarde: string) =>
    setInvoer({ ...invoer, [deel]: { ...invoer[deel], [grens]: waarde } });

  const submit = form.handleSubmit(async () => {
    const gewijzigd = WERKDRUK_DELEN.filter((d) => invoer[d] !== undefined);
    if (gewijzigd.length === 0) {
      notify(t('mensen.drempels.ongewijzigd'));
      return;
    }
    const werkdrukDrempels = Object.fromEntries(
      gewijzigd.map((d) => [
        d,
        { oranje: naarWaarde(d, getoond(d, 'oranje')), rood: naarWaarde(d, getoond(d, 'rood')) },
      ]),
    );
    try {
      const opgeslagen = await zetInstellingen(huidig.versie, { werkdrukDrempels });
      instellingen.setData(opgeslagen);
    } catch (error) {
      throw opVeld(error);
    }
    setInvoer({});
    notify(t('mensen.drempels.opgeslagen'));
    onOpgeslagen();
  });

  return (
    <form className="wb-form" noValidate onSubmit={submit} data-testid="werkdruk-drempels-form">
      <ErrorSummary form={form} onReload={instellingen.reload} />
      <Paragraph>{t('mensen.drempels.uitleg')}</Paragraph>
      {WERKDRUK_DELEN.map((deel) => (
        <fieldset key={deel} className="utrecht-form-fieldset wb-keuzegroep">
          <legend className="utrecht-form-fieldset__legend">{t(`wd.deel.${deel}`)}</legend>
          <p className="wb-muted">{t(EENHEID[deel].uitleg)}</p>
          <div className="wb-mensen-drempel">
            {(['oranje', 'rood'] as const).map((grens) => (
              <TextField
                key={grens}
                form={form}
                name={veld(deel, grens)}
                label={t(`mensen.drempels.${grens}`)}
                value={getoond(deel, grens)}
                onChange={zet(deel, grens)}
                inputMode="decimal"
                size="sm"
              />
            ))}
          </div>
        </fieldset>
      ))}
      <Button type="submit" appearance="primary-action-button" busy={form.busy}>
        {t('mensen.drempels.opslaan')}
      </Button>
    </form>
  );
}
