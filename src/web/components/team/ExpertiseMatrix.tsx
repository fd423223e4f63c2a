import {
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { ExpertiseMatrix as Matrix } from '../../api/types';
import { type MessageKey, useT } from '../../i18n/i18n';
import { AppLink } from '../AppLink';
import { Tabel } from '../Tabel';

export const NIVEAU_LABEL: Record<number, MessageKey> = {
  1: 'niveau.1',
  2: 'niveau.2',
  3: 'niveau.3',
  4: 'niveau.4',
};

/** One cell: the level as a number (colour only supports it) and a star for ambition. */
export function NiveauCell({
  niveau,
  ambitie,
  withLabel,
}: {
  niveau: number;
  ambitie: boolean;
  withLabel?: boolean;
}) {
  const t = useT();
  const label = t(NIVEAU_LABEL[niveau] ?? 'niveau.onbekend');
  return (
    <span className={`wb-niveau wb-niveau--${niveau}`}>
      <span className="wb-niveau__getal">{niveau}</span>
      {withLabel ? (
        <span className="wb-niveau__label">{label}</span>
      ) : (
        <span className="wb-visually-hidden"> ({label})</span>
      )}
      {ambitie && (
        <span className="wb-ambitie">
          <span aria-hidden="true">★</span>
          <span className="wb-visually-hidden">, {t('matrix.ambitie')}</span>
        </span>
      )}
    </span>
  );
}

export function MatrixLegend() {
  const t = useT();
  return (
    <div className="wb-legend">
      <h3 className="wb-legend__title">{t('matrix.legenda')}</h3>
      <dl className="wb-legend__list">
        {[1, 2, 3, 4].map((niveau) => (
          <div key={niveau} className="wb-legend__item">
            <dt>
              <span className={`wb-niveau wb-niveau--${niveau}`}>
                <span className="wb-niveau__getal">{niveau}</span>
              </span>
            </dt>
            <dd>{t(NIVEAU_LABEL[niveau] as MessageKey)}</dd>
          </div>
        ))}
        <div className="wb-legend__item">
          <dt>
            <span className="wb-ambitie" aria-hidden="true">
              ★
            </span>
            <span className="wb-visually-hidden">{t('matrix.ster')}</span>
          </dt>
          <dd>{t('matrix.ambitieUitleg')}</dd>
        </div>
        <div className="wb-legend__item">
          <dt>
            <span aria-hidden="true">–</span>
            <span className="wb-visually-hidden">{t('matrix.streepje')}</span>
          </dt>
          <dd>{t('matrix.geenUitleg')}</dd>
        </div>
      </dl>
    </div>
  );
}

/** Medewerkers × expertises, with row and column headers for screen readers. */
export function ExpertiseMatrixTable({ matrix, teamNaam }: { matrix: Matrix; teamNaam: string }) {
  const t = useT();
  if (matrix.expertises.length === 0 || matrix.rijen.length === 0) {
    return <Paragraph>{t('matrix.leeg')}</Paragraph>;
  }
  return (
    <>
      <MatrixLegend />
      <Tabel caption={t('matrix.caption', { team: teamNaam })} className="wb-matrix">
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('kolom.medewerker')}</TableHeaderCell>
            {matrix.expertises.map((expertise) => (
              <TableHeaderCell key={expertise.id} scope="col" className="wb-matrix__expertise">
                <span className="wb-matrix__naam">{expertise.naam}</span>
                <span className="wb-matrix__categorie">{expertise.categorie}</span>
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {matrix.rijen.map((rij) => {
            const cellen = new Map(rij.cellen.map((cel) => [cel.expertiseId, cel]));
            return (
              <TableRow key={rij.medewerkerId}>
                <TableHeaderCell scope="row">
                  <AppLink to={`/medewerkers/${rij.medewerkerId}`}>{rij.naam}</AppLink>
                </TableHeaderCell>
                {matrix.expertises.map((expertise) => {
                  const cel = cellen.get(expertise.id);
                  return (
                    <TableCell key={expertise.id} className="wb-matrix__cel">
                      {cel ? (
                        <NiveauCell niveau={cel.niveau} ambitie={cel.ambitie} />
                      ) : (
                        <span className="wb-muted">
                          <span aria-hidden="true">–</span>
                          <span className="wb-visually-hidden">{t('algemeen.geen')}</span>
                        </span>
                      )}
                    </TableCell>
                  );
                })}
              </TableRow>
            );
          })}
        </TableBody>
      </Tabel>
    </>
  );
}
