import {
  Button,
  ButtonGroup,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useMag } from '../access/sessie';
import {
  createZoWerkenWePagina,
  listZoWerkenWePaginas,
  updateZoWerkenWePagina,
  type ZoWerkenWePaginaSamenvatting,
} from '../api/zo-werken-we';
import { AppLink } from '../components/AppLink';
import { LoadError, Loading } from '../components/DataState';
import { DateText } from '../components/DateText';
import { PageHeading } from '../components/PageHeading';
import { Section } from '../components/Section';
import { Tabel } from '../components/Tabel';
import { useResource } from '../components/useResource';
import { PaginaForm } from '../components/zo-werken-we/PaginaForm';
import { useT } from '../i18n/i18n';

/** "Zo werken we": the pages of the organisation philosophy in their order, and the archive. */
export function ZoWerkenWePage() {
  const t = useT();
  const mag = useMag();
  const res = useResource('zo-werken-we', () => listZoWerkenWePaginas());
  const archief = useResource('zo-werken-we-archief', () => listZoWerkenWePaginas(true));
  const herlaad = () => {
    res.reload();
    archief.reload();
  };
  return (
    <>
      <PageHeading title={t('zww.titel')} />
      <p>{t('zww.uitleg')}</p>
      <Section title={t('zww.paginas')}>
        {res.error ? (
          <LoadError error={res.error} onRetry={res.reload} />
        ) : !res.data ? (
          <Loading />
        ) : res.data.resultaten.length === 0 ? (
          <p>{t('zww.geen')}</p>
        ) : (
          <PaginaTabel
            caption={t('zww.paginas.lijst')}
            paginas={res.data.resultaten}
            ordenen={res.data.mag.ordenen && mag('PATCH /zo-werken-we-paginas/{paginaId}')}
            onGewijzigd={herlaad}
          />
        )}
      </Section>
      {res.data?.mag.aanmaken && mag('POST /zo-werken-we-paginas') && (
        <Section title={t('zww.nieuw')}>
          <PaginaForm
            id="zww-nieuw"
            label={t('zww.aanmaken')}
            onOpslaan={async (invoer) => {
              await createZoWerkenWePagina(invoer);
              herlaad();
            }}
          />
        </Section>
      )}
      {archief.data && archief.data.resultaten.length > 0 && (
        <Section title={t('zww.archief')}>
          <PaginaTabel
            caption={t('zww.archief.lijst')}
            paginas={archief.data.resultaten}
            ordenen={false}
            onGewijzigd={herlaad}
          />
        </Section>
      )}
    </>
  );
}

function PaginaTabel({
  caption,
  paginas,
  ordenen,
  onGewijzigd,
}: {
  /** Not the section's own title: two regions with one name are hard to tell apart. */
  caption: string;
  paginas: ZoWerkenWePaginaSamenvatting[];
  ordenen: boolean;
  onGewijzigd: () => void;
}) {
  const t = useT();
  const [bezig, setBezig] = useState<string | null>(null);
  const verplaats = async (p: ZoWerkenWePaginaSamenvatting, volgorde: number) => {
    setBezig(p.id);
    try {
      await updateZoWerkenWePagina(p.id, p.versie, { volgorde });
    } finally {
      setBezig(null);
      onGewijzigd();
    }
  };
  return (
    <Tabel caption={caption} testId="zww-paginas">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('zww.kolom.titel')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('zww.kolom.samenvatting')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('zww.kolom.gewijzigd')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('zww.kolom.door')}</TableHeaderCell>
          {ordenen && <TableHeaderCell scope="col">{t('zww.kolom.volgorde')}</TableHeaderCell>}
        </TableRow>
      </TableHeader>
      <TableBody>
        {paginas.map((p, i) => (
          <TableRow key={p.id}>
            <TableHeaderCell scope="row">
              <AppLink to={`/zo-werken-we/${p.id}`}>{p.titel}</AppLink>
            </TableHeaderCell>
            <TableCell>{p.samenvatting}</TableCell>
            <TableCell>
              <DateText value={p.gewijzigdOp.slice(0, 10)} />
            </TableCell>
            <TableCell>{p.gewijzigdDoor ?? t('zww.onbekend')}</TableCell>
            {ordenen && (
              <TableCell>
                <ButtonGroup>
                  {i > 0 && (
                    <Button
                      appearance="subtle-button"
                      busy={bezig === p.id}
                      onClick={() => verplaats(p, p.volgorde - 1)}
                    >
                      {t('zww.omhoog')} <span className="wb-visually-hidden">{p.titel}</span>
                    </Button>
                  )}
                  {i < paginas.length - 1 && (
                    <Button
                      appearance="subtle-button"
                      busy={bezig === p.id}
                      onClick={() => verplaats(p, p.volgorde + 1)}
                    >
                      {t('zww.omlaag')} <span className="wb-visually-hidden">{p.titel}</span>
                    </Button>
                  )}
                </ButtonGroup>
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Tabel>
  );
}
