import {
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { VELDEN } from '../../../domain/import-velden';
import type { ImportRapport } from '../../api/import';
import { useI18n } from '../../i18n/i18n';
import { Section } from '../Section';
import { Tabel } from '../Tabel';

/** A report holds every change; the page shows the first of them, the counts say how many there are. */
const TOON = 200;

/** The dry-run (or commit) report: counts, then the problems (row, column, reason) first, then the changes. */
export function ImportRapportWeergave({ rapport }: { rapport: ImportRapport }) {
  const { t, locale, formatDate } = useI18n();
  const a = rapport.aantallen;
  // Numbers with the reader's decimal sign (32,5; fte up to four decimals), dates as the rest of
  // the app writes them (1 maart 2026), nothing as "leeg".
  const waarde = (w: string | number | null) =>
    w === null || w === ''
      ? t('import.leeg')
      : typeof w === 'number'
        ? w.toLocaleString(locale, { maximumFractionDigits: 4 })
        : /^\d{4}-\d{2}-\d{2}$/.test(w)
          ? formatDate(w)
          : w;
  const velden = VELDEN[rapport.soort];
  /** A field of a change by its label, not its code (`e_mail`). */
  const veldNaam = (veld: string) => velden.find((v) => v.veld === veld)?.label ?? veld;
  /**
   * The column of a problem as the user knows it: the plan names Wendbaar's field, which shows as
   * the file's header it was mapped to (or its label); the reader already gives the file's header.
   */
  const kolomNaam = (kolom: string | null) => {
    if (!kolom) return '—';
    if (kolom === 'peildatum') return t('import.kolom.peildatum');
    const veld = velden.find((v) => v.veld === kolom);
    return veld ? (rapport.koppeling[veld.veld] ?? veld.label) : kolom;
  };
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
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col" className="wb-num">
                  {t('import.kolom.rij')}
                </TableHeaderCell>
                <TableHeaderCell scope="col">{t('import.kolom.kolomNaam')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('import.kolom.melding')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rapport.problemen.slice(0, TOON).map((p) => (
                <TableRow key={`${p.rij}-${p.kolom}-${p.code}-${p.melding}`}>
                  <TableCell className="wb-num">{p.rij ?? '—'}</TableCell>
                  <TableCell>{kolomNaam(p.kolom)}</TableCell>
                  <TableCell>{p.melding}</TableCell>
                </TableRow>
              ))}
            </TableBody>
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
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('import.kolom.soort')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('import.kolom.sleutel')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('import.kolom.naam')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('import.kolom.per')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('import.kolom.wat')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rapport.wijzigingen.slice(0, TOON).map((w) => (
                <TableRow key={`${w.soort}-${w.sleutel}`}>
                  <TableCell>{t(`import.wijziging.${w.soort}`)}</TableCell>
                  <TableCell>{w.sleutel}</TableCell>
                  <TableHeaderCell scope="row">{w.naam}</TableHeaderCell>
                  <TableCell>{w.ingangsdatum ? formatDate(w.ingangsdatum) : '—'}</TableCell>
                  <TableCell>
                    {w.velden
                      // A new person without a tussenvoegsel: "leeg → leeg" says nothing.
                      .filter((v) => waarde(v.oud) !== waarde(v.nieuw))
                      .map((v) => (
                        <div key={v.veld}>
                          {veldNaam(v.veld)}: {waarde(v.oud)} → {waarde(v.nieuw)}
                        </div>
                      ))}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Tabel>
          {rapport.wijzigingen.length > TOON && (
            <p>{t('import.eerste', { aantal: TOON, totaal: rapport.wijzigingen.length })}</p>
          )}
        </Section>
      )}
    </div>
  );
}
