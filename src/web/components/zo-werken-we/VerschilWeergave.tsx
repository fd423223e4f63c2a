import type { ZoWerkenWeVerschil } from '../../api/zo-werken-we';
import { useT } from '../../i18n/i18n';
import './zo-werken-we.css';

/**
 * The difference between two versions. Not by colour alone: an addition is an <ins>, underlined and
 * opened with a visible "+", a removal a <del>, struck through with "−"; screen readers hear
 * "toegevoegd: … (einde)" and "verwijderd: … (einde)", since <ins> and <del> are not announced.
 */
export function VerschilWeergave({ verschil }: { verschil: ZoWerkenWeVerschil }) {
  const t = useT();
  const gewijzigd = verschil.aantalToegevoegd + verschil.aantalVerwijderd > 0;
  return (
    <>
      {verschil.titelGewijzigd && (
        <p>{t('zww.titelGewijzigd', { van: verschil.van.titel, naar: verschil.naar.titel })}</p>
      )}
      {verschil.samenvattingGewijzigd && <p>{t('zww.samenvattingGewijzigd')}</p>}
      <p role="status">
        {gewijzigd
          ? t('zww.telling', {
              toegevoegd: verschil.aantalToegevoegd,
              verwijderd: verschil.aantalVerwijderd,
            })
          : t('zww.geenVerschil')}
      </p>
      {gewijzigd && <p className="wb-muted">{t('zww.legenda')}</p>}
      <div className="wb-zww-verschil" data-testid="zww-verschil">
        {verschil.delen.map((d, i) => {
          const sleutel = `${i}-${d.soort}`;
          if (d.soort === 'gelijk') return <span key={sleutel}>{d.tekst}</span>;
          const erbij = d.soort === 'toegevoegd';
          const Tag = erbij ? 'ins' : 'del';
          return (
            <Tag key={sleutel}>
              <span className="wb-visually-hidden">
                {t(erbij ? 'zww.toegevoegdBegin' : 'zww.verwijderdBegin')}{' '}
              </span>
              <span className="wb-zww-teken" aria-hidden="true">
                {erbij ? '+' : '−'}
              </span>
              {d.tekst}
              <span className="wb-visually-hidden"> {t('zww.einde')}</span>
            </Tag>
          );
        })}
      </div>
    </>
  );
}
