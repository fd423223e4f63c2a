import { type FormEvent, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { EENHEDEN, type Eenheid } from './cijfers';

/**
 * The months shown, by month or quarter, and the unit of the table. The range applies on "Tonen"
 * (so typing a month does not reload on every key); the unit switches at once.
 */
export function BereikKeuze({
  van,
  tot,
  per,
  eenheid,
  onKies,
  onEenheid,
}: {
  van: string;
  tot: string;
  per: 'maand' | 'kwartaal';
  eenheid: Eenheid;
  onKies: (bereik: { van: string; tot: string; per: 'maand' | 'kwartaal' }) => void;
  onEenheid: (eenheid: Eenheid) => void;
}) {
  const { t } = useI18n();
  const [keuze, setKeuze] = useState({ van, tot, per });
  const kies = (e: FormEvent) => {
    e.preventDefault();
    onKies(keuze);
  };
  return (
    <div className="wb-cap-keuzes wb-bh-keuzes">
      <form onSubmit={kies} className="wb-bh-bereik">
        <fieldset className="utrecht-form-fieldset">
          <legend className="utrecht-form-fieldset__legend">{t('bh.keuzes')}</legend>
          <div className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor="bh-van">
              {t('bh.van')}
            </label>
            <input
              id="bh-van"
              type="month"
              className="utrecht-textbox"
              value={keuze.van}
              onChange={(e) => setKeuze({ ...keuze, van: e.target.value })}
            />
          </div>
          <div className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor="bh-tot">
              {t('bh.tot')}
            </label>
            <input
              id="bh-tot"
              type="month"
              className="utrecht-textbox"
              value={keuze.tot}
              onChange={(e) => setKeuze({ ...keuze, tot: e.target.value })}
            />
          </div>
          <div className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor="bh-per">
              {t('bh.per')}
            </label>
            <select
              id="bh-per"
              className="utrecht-select"
              value={keuze.per}
              onChange={(e) =>
                setKeuze({ ...keuze, per: e.target.value === 'kwartaal' ? 'kwartaal' : 'maand' })
              }
            >
              <option value="maand">{t('bh.per.maand')}</option>
              <option value="kwartaal">{t('bh.per.kwartaal')}</option>
            </select>
          </div>
          <button type="submit" className="utrecht-button utrecht-button--secondary-action">
            {t('bh.toon')}
          </button>
        </fieldset>
      </form>
      <fieldset className="utrecht-form-fieldset wb-bh-eenheid">
        <legend className="utrecht-form-fieldset__legend">{t('bh.eenheid')}</legend>
        {EENHEDEN.map((e) => (
          <button
            key={e}
            type="button"
            className="wb-hm-knop"
            aria-pressed={eenheid === e}
            onClick={() => onEenheid(e)}
          >
            {t(`bh.eenheid.${e}`)}
          </button>
        ))}
      </fieldset>
    </div>
  );
}
