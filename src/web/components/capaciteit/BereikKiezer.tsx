import { useI18n } from '../../i18n/i18n';
import {
  AANTAL_MAANDEN,
  AANTALLEN_WEKEN,
  maandKeuzes,
  maandVan,
  verschuifMaand,
  verschuifWeek,
  weekKeuzes,
} from './heatmap';

const MAANDSTAP = 3;

/**
 * The range of a team grid in weeks, picked and never typed: previous/next by the number of weeks
 * shown, back to this week, a start week and a number of weeks from lists.
 */
export function WeekBereikKiezer({
  van,
  aantal,
  dezeWeek,
  vandaag,
  onKies,
}: {
  van: string;
  aantal: number;
  dezeWeek: string;
  vandaag: Date;
  onKies: (van: string, aantal: number) => void;
}) {
  const { t } = useI18n();
  const aantallen = (AANTALLEN_WEKEN as readonly number[]).includes(aantal)
    ? AANTALLEN_WEKEN
    : [...AANTALLEN_WEKEN, aantal].sort((a, b) => a - b);
  return (
    <fieldset className="utrecht-form-fieldset wb-cap-per wb-hm-bereik" data-testid="cap-bereik">
      <legend className="utrecht-form-fieldset__legend">{t('hm.bereik')}</legend>
      <span className="wb-hm-bereik__knoppen">
        <button
          type="button"
          className="wb-hm-knop"
          aria-label={t('hm.vorigeWeken', { n: aantal })}
          onClick={() => onKies(verschuifWeek(van, -aantal), aantal)}
        >
          {t('hm.vorige')}
        </button>
        <button
          type="button"
          className="wb-hm-knop"
          disabled={van === dezeWeek}
          onClick={() => onKies(dezeWeek, aantal)}
        >
          {t('hm.naarDezeWeek')}
        </button>
        <button
          type="button"
          className="wb-hm-knop"
          aria-label={t('hm.volgendeWeken', { n: aantal })}
          onClick={() => onKies(verschuifWeek(van, aantal), aantal)}
        >
          {t('hm.volgende')}
        </button>
      </span>
      <span className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor="cap-van-week">
          {t('hm.vanafWeek')}
        </label>{' '}
        <select
          id="cap-van-week"
          className="utrecht-select utrecht-select--html-select"
          value={van}
          onChange={(event) => onKies(event.target.value, aantal)}
        >
          {weekKeuzes(vandaag, van).map((w) => (
            <option key={w} value={w}>
              {w === dezeWeek ? `${w} (${t('hm.dezeWeek')})` : w}
            </option>
          ))}
        </select>
      </span>
      <span className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor="cap-aantal-weken">
          {t('hm.aantalWeken')}
        </label>{' '}
        <select
          id="cap-aantal-weken"
          className="utrecht-select utrecht-select--html-select"
          value={aantal}
          onChange={(event) => onKies(van, Number(event.target.value))}
        >
          {aantallen.map((n) => (
            <option key={n} value={n}>
              {t('hm.wekenOptie', { n })}
            </option>
          ))}
        </select>
      </span>
    </fieldset>
  );
}

/** The organisation grid's twelve months: previous/next by a quarter, back to this month, or a start month. */
export function MaandBereikKiezer({
  van,
  vandaag,
  onKies,
}: {
  van: string;
  vandaag: Date;
  onKies: (van: string) => void;
}) {
  const { t } = useI18n();
  const dezeMaand = maandVan(vandaag);
  return (
    <fieldset className="utrecht-form-fieldset wb-cap-per wb-hm-bereik" data-testid="cap-bereik">
      <legend className="utrecht-form-fieldset__legend">
        {t('hm.bereikMaanden', { n: AANTAL_MAANDEN })}
      </legend>
      <span className="wb-hm-bereik__knoppen">
        <button
          type="button"
          className="wb-hm-knop"
          aria-label={t('hm.vorigeMaanden', { n: MAANDSTAP })}
          onClick={() => onKies(verschuifMaand(van, -MAANDSTAP))}
        >
          {t('hm.vorige')}
        </button>
        <button
          type="button"
          className="wb-hm-knop"
          disabled={van === dezeMaand}
          onClick={() => onKies(dezeMaand)}
        >
          {t('hm.naarDezeMaand')}
        </button>
        <button
          type="button"
          className="wb-hm-knop"
          aria-label={t('hm.volgendeMaanden', { n: MAANDSTAP })}
          onClick={() => onKies(verschuifMaand(van, MAANDSTAP))}
        >
          {t('hm.volgende')}
        </button>
      </span>
      <span className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor="cap-van-maand">
          {t('hm.vanafMaand')}
        </label>{' '}
        <select
          id="cap-van-maand"
          className="utrecht-select utrecht-select--html-select"
          value={van}
          onChange={(event) => onKies(event.target.value)}
        >
          {maandKeuzes(vandaag, van).map((m) => (
            <option key={m} value={m}>
              {m === dezeMaand ? `${m} (${t('hm.dezeMaand')})` : m}
            </option>
          ))}
        </select>
      </span>
    </fieldset>
  );
}
