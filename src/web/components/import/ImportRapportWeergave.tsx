import type { ImportRapport } from '../../api/import';
import { useI18n } from '../../i18n/i18n';
import { Section } from '../Section';
import { Tabel } from '../Tabel';

/** A report holds every change; the page shows the first of them, the counts say how many there are. */
const TOON = 200;

/** The dry-run (or commit) report: counts, then the problems (row, column, reason) first, then the changes. */
export function ImportRapportWeergave({ rapport }: { rapport: ImportRapport }) {
  const { t } = useI18n();
  const a = rapport.aantallen;
  const waarde = (w: string | number | null) => (w === null || w === '' ? t('import.leeg') : String(w));
  return (
    <div data-testid="import-rapport">
      <p role="status">
        {t('import.aantallen', { ...a })} {rapport.samenvatting}
      </p>
      {rapport.problemen.length > 0 && (
        <Section title={t('import.problemen', { aantal: rapport.problemen.length })}>
          <Tabel
            caption={t('import.problemen', { aantal: rapport.problemen.length })}
            testId="import-problemen"
          >
            <thead>
              <tr>
                <th scope="col" className="wb-num">
                  {t('import.kolom.rij')}
                </th>
                <th scope="col">{t('import.kolom.kolomNaam')}</th>
                <th scope="col">{t('import.kolom.melding')}</th>
              </tr>
            </thead>
            <tbody>
              {rapport.problemen.slice(0, TOON).map((p) => (
                <tr key={`${p.rij}-${p.kolom}-${p.code}-${p.melding}`}>
                  <td className="wb-num">{p.rij ?? '—'}</td>
                  <td>{p.kolom ?? '—'}</td>
                  <td>{p.melding}</td>
                </tr>
              ))}
            </tbody>
          </Tabel>
          {rapport.problemen.length > TOON && (
            <p>{t('import.eerste', { aantal: TOON, totaal: rapport.problemen.length })}</p>
          )}
        </Section>
      )}
      {rapport.waarschuwingen.length > 0 && (
        <Section title={t('import.waarschuwingen', { aantal: rapport.waarschuwingen.length })}>
          <ul className="wb-import-waarschuwingen" data-testid="import-waarschuwingen">
            {rapport.waarschuwingen.map((w) => (
              <li key={`${w.code}-${w.melding}`}>{w.melding}</li>
            ))}
          </ul>
        </Section>
      )}
      {rapport.wijzigingen.length > 0 && (
        <Section title={t('import.wijzigingen', { aantal: rapport.wijzigingen.length })}>
          <Tabel
            caption={t('import.wijzigingen', { aantal: rapport.wijzigingen.length })}
            testId="import-wijzigingen"
          >
            <thead>
              <tr>
                <th scope="col">{t('import.kolom.soort')}</th>
                <th scope="col">{t('import.kolom.sleutel')}</th>
                <th scope="col">{t('import.kolom.naam')}</th>
                <th scope="col">{t('import.kolom.per')}</th>
                <th scope="col">{t('import.kolom.wat')}</th>
              </tr>
            </thead>
            <tbody>
              {rapport.wijzigingen.slice(0, TOON).map((w) => (
                <tr key={`${w.soort}-${w.sleutel}`}>
                  <td>{t(`import.wijziging.${w.soort}`)}</td>
                  <td>{w.sleutel}</td>
                  <th scope="row">{w.naam}</th>
                  <td>{w.ingangsdatum ?? '—'}</td>
                  <td>
                    {w.velden.map((v) => (
                      <div key={v.veld}>
                        {v.veld}: {waarde(v.oud)} → {waarde(v.nieuw)}
                      </div>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </Tabel>
          {rapport.wijzigingen.length > TOON && (
            <p>{t('import.eerste', { aantal: TOON, totaal: rapport.wijzigingen.length })}</p>
          )}
        </Section>
      )}
    </div>
  );
}
