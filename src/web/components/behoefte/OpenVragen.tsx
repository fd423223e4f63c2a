import type { BehoefteRij } from '../../api/behoefte';
import { useI18n } from '../../i18n/i18n';
import { AppLink } from '../AppLink';
import { Section } from '../Section';
import { Tabel } from '../Tabel';

/** The open capaciteitsvragen behind the figure, each with its dossier (the anchor the figures link to). */
export function OpenVragen({ vragen }: { vragen: BehoefteRij['openVragen'] }) {
  const { t, formatNumber } = useI18n();
  return (
    <Section title={t('bh.vragen')} anchorId="capaciteitsvragen">
      {vragen.length === 0 ? (
        <p>{t('bh.vragen.geen')}</p>
      ) : (
        <Tabel caption={t('bh.vragen')} testId="bh-vragen">
          <thead>
            <tr>
              <th scope="col">{t('bh.vragen.dossier')}</th>
              <th scope="col">{t('bh.vragen.expertise')}</th>
              <th scope="col">{t('bh.vragen.periode')}</th>
              <th scope="col" className="wb-num">
                {t('bh.vragen.gevraagd')}
              </th>
              <th scope="col" className="wb-num">
                {t('bh.vragen.ingestemd')}
              </th>
              <th scope="col" className="wb-num">
                {t('bh.vragen.open')}
              </th>
            </tr>
          </thead>
          <tbody>
            {vragen.map((v) => (
              <tr key={v.id}>
                <td>
                  <AppLink to={v.href}>{v.dossier.titel}</AppLink>
                </td>
                <td>{v.expertise}</td>
                <td>{v.periode}</td>
                <td className="wb-num">{formatNumber(v.gevraagd, 1)}</td>
                <td className="wb-num">{formatNumber(v.ingestemd, 1)}</td>
                <td className="wb-num">{formatNumber(v.open, 1)}</td>
              </tr>
            ))}
          </tbody>
        </Tabel>
      )}
    </Section>
  );
}
