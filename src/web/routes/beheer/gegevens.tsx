import { ButtonLink, Paragraph } from '@utrecht/component-library-react';
import { useMag } from '../../access/sessie';
import { apiUrl } from '../../api/http';
import { AppLink } from '../../components/AppLink';
import { PageHeading } from '../../components/PageHeading';
import { Section } from '../../components/Section';
import { useI18n } from '../../i18n/i18n';

/** The file name the backup is restored from in the commands below (the server names it by date). */
const BESTAND = 'wendbaar-backup-….jsonl.gz';

/** The exact commands: the docs on the repository may be out of reach on an offline server. */
const HERSTEL_PGLITE = `WENDBAAR_DATA_DIR=./nieuwe-map npx wendbaar restore ${BESTAND}`;
const HERSTEL_POSTGRESQL =
  `DATABASE_URL=postgresql://wendbaar_eigenaar:…@dbserver/wendbaar \\\n` +
  `  npx wendbaar restore ${BESTAND} --app-rol wendbaar_app`;
const CONTROLE = 'npx wendbaar audit verify';

function Opdracht({ tekst }: { tekst: string }) {
  return (
    <pre className="wb-opdracht">
      <code>{tekst}</code>
    </pre>
  );
}

/**
 * Beheer: the hot backup of the running server (a PGlite folder is held by the server, so this
 * download is how its data leaves it), how to restore it, and the way to the import.
 */
export function GegevensbeheerPage() {
  const { t } = useI18n();
  const mag = useMag();
  return (
    <>
      <PageHeading title={t('gegevens.titel')} preHeading={t('beheer.titel')} />
      <Paragraph>{t('gegevens.intro')}</Paragraph>
      <Section title={t('gegevens.backup.titel')}>
        <Paragraph>{t('gegevens.backup.uitleg')}</Paragraph>
        {/* A plain link: the session cookie goes along, the browser saves the file under the server's name. */}
        <ButtonLink href={apiUrl('/beheer/backup')} download appearance="primary-action-button">
          {t('gegevens.backup.downloaden')}
        </ButtonLink>
      </Section>
      <Section title={t('gegevens.herstel.titel')}>
        <Paragraph>{t('gegevens.herstel.uitleg')}</Paragraph>
        <Paragraph>{t('gegevens.herstel.pglite')}</Paragraph>
        <Opdracht tekst={HERSTEL_PGLITE} />
        <Paragraph>{t('gegevens.herstel.postgresql')}</Paragraph>
        <Opdracht tekst={HERSTEL_POSTGRESQL} />
        <Paragraph>{t('gegevens.herstel.controle')}</Paragraph>
        <Opdracht tekst={CONTROLE} />
      </Section>
      {mag('POST /import-proeven') && (
        <Section title={t('gegevens.import.titel')}>
          <Paragraph>{t('gegevens.import.uitleg')}</Paragraph>
          <AppLink to="/importeren">{t('gegevens.import.link')}</AppLink>
        </Section>
      )}
    </>
  );
}
