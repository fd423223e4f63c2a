import { type FormEvent, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import './mensen.css';

/**
 * The months a heatmap shows, as `?van=2026-01&tot=2026-12` (empty: the server's default, the
 * twelve months up to this one). Applies on "Tonen", so typing a month does not reload on every key.
 */
export function MaandBereik({
  van,
  tot,
  onKies,
}: {
  van: string;
  tot: string;
  onKies: (bereik: { van: string; tot: string }) => void;
}) {
  const { t } = useI18n();
  const [keuze, setKeuze] = useState({ van, tot });
  const kies = (e: FormEvent) => {
    e.preventDefault();
    onKies(keuze);
  };
  return (
    <form onSubmit={kies} className="wb-mensen-bereik" data-testid="werkdruk-bereik">
      <fieldset className="utrecht-form-fieldset">
        <legend className="utrecht-form-fieldset__legend">{t('mensen.bereik.titel')}</legend>
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="wd-van">
            {t('mensen.bereik.van')}
          </label>
          <input
            id="wd-van"
            name="van"
            type="month"
            className="utrecht-textbox"
            value={keuze.van}
            onChange={(e) => setKeuze({ ...keuze, van: e.target.value })}
          />
        </div>
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor="wd-tot">
            {t('mensen.bereik.tot')}
          </label>
          <input
            id="wd-tot"
            name="tot"
            type="month"
            className="utrecht-textbox"
            value={keuze.tot}
            onChange={(e) => setKeuze({ ...keuze, tot: e.target.value })}
          />
        </div>
        <button type="submit" className="utrecht-button utrecht-button--secondary-action">
          {t('mensen.bereik.toon')}
        </button>
        {(van || tot) && (
          <button
            type="button"
            className="utrecht-button utrecht-button--subtle"
            onClick={() => onKies({ van: '', tot: '' })}
          >
            {t('mensen.bereik.standaard')}
          </button>
        )}
      </fieldset>
    </form>
  );
}
