import { Button } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { getInzet, type Inzet, putInzet, type Resultaatdoel } from '../../api/capaciteit';
import { ProblemError } from '../../api/http';
import { useI18n } from '../../i18n/i18n';
import { parseNumber } from '../numbers';
import { maandagVan } from './periode';

type Medewerker = { medewerkerId: string; naam: string };

/** The hours in a week: runs go from a date to a date (a Monday to a Sunday). */
const urenInWeek = (inzet: Inzet | undefined, week: string) => {
  const maandag = maandagVan(week);
  return inzet?.reeksen.find((r) => r.van <= maandag && maandag <= r.tot)?.urenPerWeek ?? 0;
};

function WeekCel({
  id,
  label,
  waarde,
  disabled,
  onSave,
}: {
  id: string;
  label: string;
  waarde: number;
  disabled: boolean;
  onSave(uren: number): Promise<void>;
}) {
  const [tekst, setTekst] = useState(String(waarde));
  useEffect(() => setTekst(String(waarde)), [waarde]);
  const bewaar = () => {
    const n = parseNumber(tekst);
    if (n === null || !Number.isFinite(n) || n < 0) {
      setTekst(String(waarde));
      return;
    }
    if (n !== waarde) void onSave(n);
  };
  return (
    <input
      id={id}
      className="utrecht-textbox utrecht-textbox--html-input wb-inzet-cel"
      aria-label={label}
      inputMode="decimal"
      value={tekst}
      readOnly={disabled}
      onChange={(e) => setTekst(e.target.value)}
      onBlur={bewaar}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          bewaar();
        }
        if (e.key === 'Escape') setTekst(String(waarde));
      }}
    />
  );
}

/**
 * Hours per week per medewerker on one goal. Typing a number and Enter or Tab saves it with the
 * pair's version (If-Match); a 412 says someone else changed it and shows the current value.
 */
export function InzetInvoer({
  doel,
  medewerkers,
  weken,
  inzet,
  magWijzigen,
  onChanged,
}: {
  doel: Resultaatdoel;
  medewerkers: Medewerker[];
  weken: string[];
  inzet: Inzet[];
  magWijzigen: boolean;
  onChanged(): void;
}) {
  const { t } = useI18n();
  const [lokaal, setLokaal] = useState<Record<string, Inzet>>({});
  const [melding, setMelding] = useState<string | null>(null);
  const [bulk, setBulk] = useState({
    medewerkerId: medewerkers[0]?.medewerkerId ?? '',
    uren: '',
    van: weken[0] ?? '',
    tot: weken[weken.length - 1] ?? '',
  });

  const paar = (medewerkerId: string): Inzet | undefined =>
    lokaal[medewerkerId] ??
    inzet.find((i) => i.medewerkerId === medewerkerId && i.resultaatdoelId === doel.id);

  const zet = async (medewerkerId: string, vanWeek: string, totWeek: string, urenPerWeek: number) => {
    setMelding(null);
    try {
      const saved = await putInzet(doel.id, medewerkerId, paar(medewerkerId)?.versie ?? 0, {
        vanWeek,
        totWeek,
        urenPerWeek,
      });
      setLokaal((l) => ({ ...l, [medewerkerId]: saved }));
      setMelding(t('inzet.opgeslagen'));
      onChanged();
    } catch (error) {
      if (error instanceof ProblemError && (error.status === 412 || error.status === 409)) {
        setMelding(t('inzet.conflict'));
        const huidig = await getInzet(doel.id, medewerkerId).catch(() => undefined);
        if (huidig) setLokaal((l) => ({ ...l, [medewerkerId]: huidig }));
      } else {
        setMelding(error instanceof Error ? error.message : String(error));
      }
    }
  };

  const captionId = `inzet-${doel.id}`;
  return (
    <div className="wb-inzet">
      <p role="status" className="wb-inzet__status">
        {melding}
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className="wb-cap-scroll" aria-labelledby={captionId} tabIndex={0}>
        <table className="utrecht-table wb-cap-grid">
          <caption id={captionId} className="utrecht-table__caption">
            {t('inzet.caption', { doel: doel.titel })}
          </caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell wb-cap-sticky">
                {t('cap.medewerker')}
              </th>
              {weken.map((w) => (
                <th key={w} scope="col" className="utrecht-table__header-cell">
                  {w.slice(5)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {medewerkers.map((m) => (
              <tr key={m.medewerkerId} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell wb-cap-sticky">
                  {m.naam}
                </th>
                {weken.map((w) => (
                  <td key={w} className="utrecht-table__cell">
                    <WeekCel
                      id={`inzet-${doel.id}-${m.medewerkerId}-${w}`}
                      label={t('inzet.cel', { naam: m.naam, week: w, doel: doel.titel })}
                      waarde={urenInWeek(paar(m.medewerkerId), w)}
                      disabled={!magWijzigen}
                      onSave={(uren) => zet(m.medewerkerId, w, w, uren)}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {magWijzigen && (
        <form
          className="wb-inzet-bulk"
          onSubmit={(e) => {
            e.preventDefault();
            const n = parseNumber(bulk.uren);
            if (!bulk.medewerkerId || n === null || !Number.isFinite(n)) return;
            void zet(bulk.medewerkerId, bulk.van, bulk.tot, n);
          }}
        >
          <fieldset className="utrecht-form-fieldset">
            <legend className="utrecht-form-fieldset__legend">{t('inzet.bulk', { doel: doel.titel })}</legend>
            <label className="utrecht-form-label">
              {t('cap.medewerker')}{' '}
              <select
                className="utrecht-select utrecht-select--html-select"
                value={bulk.medewerkerId}
                onChange={(e) => setBulk({ ...bulk, medewerkerId: e.target.value })}
              >
                {medewerkers.map((m) => (
                  <option key={m.medewerkerId} value={m.medewerkerId}>
                    {m.naam}
                  </option>
                ))}
              </select>
            </label>{' '}
            <label className="utrecht-form-label">
              {t('inzet.bulkUren')}{' '}
              <input
                className="utrecht-textbox utrecht-textbox--html-input wb-inzet-cel"
                inputMode="decimal"
                value={bulk.uren}
                onChange={(e) => setBulk({ ...bulk, uren: e.target.value })}
              />
            </label>{' '}
            <label className="utrecht-form-label">
              {t('inzet.bulkVan')}{' '}
              <select
                className="utrecht-select utrecht-select--html-select"
                value={bulk.van}
                onChange={(e) => setBulk({ ...bulk, van: e.target.value })}
              >
                {weken.map((w) => (
                  <option key={w}>{w}</option>
                ))}
              </select>
            </label>{' '}
            <label className="utrecht-form-label">
              {t('inzet.bulkTot')}{' '}
              <select
                className="utrecht-select utrecht-select--html-select"
                value={bulk.tot}
                onChange={(e) => setBulk({ ...bulk, tot: e.target.value })}
              >
                {weken.map((w) => (
                  <option key={w}>{w}</option>
                ))}
              </select>
            </label>{' '}
            <Button type="submit" appearance="secondary-action-button">
              {t('inzet.bulkKnop')}
            </Button>
          </fieldset>
        </form>
      )}
    </div>
  );
}
