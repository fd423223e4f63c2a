import type { BehoefteCel } from '../../api/behoefte';
import { useI18n } from '../../i18n/i18n';
import { AppLink } from '../AppLink';
import { Tabel } from '../Tabel';
import { CIJFERS, type Eenheid, periodeLabel, waardeVan } from './cijfers';
import { useGetal } from './useGetal';

/**
 * Every figure × period (and the total) in one unit. A number of a source links to the page it
 * comes from (the team's resultaatdoelen, capacity, inzetverzoeken, open capaciteitsvragen); the
 * demand and the gap are sums of the numbers beside them.
 */
export function BehoefteTabel({
  cellen,
  totaal,
  eenheid,
  testId,
}: {
  cellen: readonly BehoefteCel[];
  totaal: BehoefteCel;
  eenheid: Eenheid;
  testId?: string;
}) {
  const { t, locale } = useI18n();
  const getal = useGetal(eenheid);
  const kolommen = [...cellen, totaal];
  const kop = (c: BehoefteCel) => (c.periode === 'totaal' ? t('bh.totaal') : periodeLabel(c.periode, locale));
  return (
    <Tabel
      caption={t('bh.tabel', { eenheid: t(`bh.eenheid.${eenheid}`) })}
      testId={testId}
      className="wb-bh-tabel"
    >
      <thead>
        <tr>
          <td />
          {kolommen.map((c) => (
            <th key={c.periode} scope="col" className="wb-num">
              {kop(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {CIJFERS.map((cijfer) => (
          <tr key={cijfer.sleutel} className={cijfer.bron === null ? 'wb-bh-som' : undefined}>
            <th scope="row">{t(cijfer.label)}</th>
            {kolommen.map((c) => {
              const waarde = waardeVan(c, eenheid, cijfer.sleutel);
              const href = cijfer.bron ? c.bronnen[cijfer.bron] : null;
              const tekst = getal(waarde);
              return (
                <td key={c.periode} className="wb-num" data-cijfer={cijfer.sleutel}>
                  {href && waarde !== null ? (
                    <AppLink
                      to={href}
                      aria-label={`${tekst} – ${t('bh.bron', { cijfer: t(cijfer.label), periode: kop(c) })}`}
                    >
                      {tekst}
                    </AppLink>
                  ) : (
                    tekst
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </Tabel>
  );
}
