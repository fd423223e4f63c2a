import type { RaadsbriefDetail } from '../../api/raadsbrief';
import { useI18n } from '../../i18n/i18n';
import { Tabel } from '../Tabel';
import { dossierStatusTekst, faseStatusTekst, maandTekst, themaStandTekst } from './voorbeeld-woorden';

type Inhoud = NonNullable<RaadsbriefDetail['inhoud']>;

/**
 * The generated parts of a raadsbrief as its snapshot froze them, in the words the letter uses:
 * months, dates and states are written out ("november 2026", "in uitvoering"), never the codes the
 * snapshot stores. The figures are the letter's; only the wording follows the reader's language.
 */
export function RaadsbriefVoorbeeld({ inhoud: i }: { inhoud: Inhoud }) {
  const { t, locale, formatDate, formatNumber } = useI18n();
  const c = i.organisatieInCijfers;
  const procent = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);
  return (
    <div data-testid="rb-voorbeeld">
      <p>
        {t('rb.cijfers', {
          peildatum: formatDate(i.peildatum),
          medewerkers: String(c.aantalMedewerkers),
          fte: formatNumber(c.fte, 2),
          teams: String(c.aantalTeams),
          jaar: String(c.capaciteit.jaar),
          benutting: procent(c.capaciteit.benutting),
        })}
      </p>
      {i.werkdruk && (
        <p>
          {t('rb.werkdruk', {
            maand: maandTekst(locale, i.werkdruk.maand),
            rood: String(i.werkdruk.rood),
            oranje: String(i.werkdruk.oranje),
            groen: String(i.werkdruk.groen),
            onbekend: String(i.werkdruk.onbekend),
          })}
        </p>
      )}
      {i.formatie && (
        <p>
          {t('rb.formatie', {
            formatie: formatNumber(i.formatie.formatieFte, 2),
            bezetting: formatNumber(i.formatie.bezettingFte, 2),
            vacature: formatNumber(i.formatie.vacatureFte, 2),
          })}
        </p>
      )}
      <h3>{t('rb.dossiers', { jaar: String(i.portfolio.jaar) })}</h3>
      {i.portfolio.dossiers.length === 0 ? (
        <p>{t('rb.geenDossiers')}</p>
      ) : (
        <Tabel caption={t('rb.dossiers', { jaar: String(i.portfolio.jaar) })}>
          <thead>
            <tr>
              <th scope="col">{t('rb.kolom.titel')}</th>
              <th scope="col">{t('rb.kolom.soort')}</th>
              <th scope="col">{t('rb.kolom.dossierStatus')}</th>
            </tr>
          </thead>
          <tbody>
            {i.portfolio.dossiers.map((d) => (
              <tr key={`${d.soort}-${d.titel}`}>
                <th scope="row">{d.titel}</th>
                <td>{t(`rb.soort.${d.soort}`)}</td>
                <td>{dossierStatusTekst(t, d.soort, d.status)}</td>
              </tr>
            ))}
          </tbody>
        </Tabel>
      )}
      {i.veranderprogramma && (
        <>
          <h3>{t('rb.programma')}</h3>
          <ul>
            {i.veranderprogramma.fasen.map((f) => (
              <li key={f.volgnummer}>
                {t('rb.programma.fase', {
                  n: String(f.volgnummer),
                  naam: f.naam,
                  status: faseStatusTekst(t, f.status),
                })}
              </li>
            ))}
          </ul>
          <Tabel caption={t('rb.programma.themas')}>
            <thead>
              <tr>
                <th scope="col">{t('rb.kolom.thema')}</th>
                <th scope="col">{t('rb.kolom.stand')}</th>
                <th scope="col">{t('rb.kolom.acties')}</th>
                <th scope="col">{t('rb.kolom.mijlpaal')}</th>
              </tr>
            </thead>
            <tbody>
              {i.veranderprogramma.themas.map((th) => (
                <tr key={th.naam}>
                  <th scope="row">{th.naam}</th>
                  <td>{themaStandTekst(t, th.stand)}</td>
                  <td>
                    {t('rb.programma.regel', {
                      open: String(th.open),
                      gereed: String(th.gereed),
                      verlopen: String(th.verlopen),
                    })}
                  </td>
                  <td>
                    {th.volgendeMijlpaal
                      ? t('rb.programma.mijlpaal', {
                          titel: th.volgendeMijlpaal.titel,
                          datum: formatDate(th.volgendeMijlpaal.datum),
                        })
                      : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </Tabel>
        </>
      )}
    </div>
  );
}
