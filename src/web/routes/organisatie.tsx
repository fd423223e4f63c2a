import {
  Alert,
  Heading,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useMag } from '../access/sessie';
import { getOrganisatie } from '../api/client';
import type { Organisatie, WijzigingSoort } from '../api/types';
import { AppLink } from '../components/AppLink';
import { Badge } from '../components/Badge';
import { LoadError, Loading } from '../components/DataState';
import { DateText, FteText } from '../components/DateText';
import { KeyFigures } from '../components/KeyFigures';
import { MedewerkerLink } from '../components/MedewerkerLink';
import { Signalen } from '../components/organisatie/Signalen';
import { PageHeading } from '../components/PageHeading';
import { Section } from '../components/Section';
import { Tabel } from '../components/Tabel';
import { useResource } from '../components/useResource';
import { type MessageKey, useI18n } from '../i18n/i18n';

const WIJZIGING_LABEL: Record<WijzigingSoort, MessageKey> = {
  teamwissel: 'wijziging.teamwissel',
  contractwijziging: 'wijziging.contractwijziging',
  uitDienst: 'wijziging.uitDienst',
  inDienst: 'wijziging.inDienst',
};

function OpenWijzigingen({ wijzigingen }: { wijzigingen: Organisatie['openWijzigingen'] }) {
  const { t } = useI18n();
  if (wijzigingen.length === 0) return <Paragraph>{t('organisatie.wijzigingen.geen')}</Paragraph>;
  return (
    <ul className="wb-timeline">
      {wijzigingen.map((wijziging) => (
        <li
          key={`${wijziging.medewerkerId}-${wijziging.soort}-${wijziging.datum}`}
          className="wb-timeline__item"
        >
          <span className="wb-timeline__date">
            <DateText value={wijziging.datum} />
          </span>
          <span className="wb-timeline__body">
            <Badge tone="safe">{t(WIJZIGING_LABEL[wijziging.soort])}</Badge>{' '}
            <AppLink to={`/medewerkers/${wijziging.medewerkerId}`}>{wijziging.naam}</AppLink>
            {wijziging.omschrijving && (
              <span className="wb-muted">
                : <span lang="nl">{wijziging.omschrijving}</span>
              </span>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}

function TeamsTable({ teams }: { teams: Organisatie['teams'] }) {
  const { t } = useI18n();
  return (
    <Tabel caption={t('organisatie.teams.caption')}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('kolom.team')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('kolom.soort')}</TableHeaderCell>
          <TableHeaderCell scope="col" numericColumn>
            {t('kolom.medewerkers')}
          </TableHeaderCell>
          <TableHeaderCell scope="col" numericColumn>
            {t('kolom.fte')}
          </TableHeaderCell>
          <TableHeaderCell scope="col">{t('kolom.teamleider')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {teams.map((team) => (
          <TableRow key={team.id}>
            <TableHeaderCell scope="row">
              <AppLink to={`/teams/${team.id}`}>{team.naam}</AppLink>
            </TableHeaderCell>
            <TableCell>{t(`soort.${team.soort}`)}</TableCell>
            <TableCell className="wb-num">{team.aantalMedewerkers}</TableCell>
            <TableCell className="wb-num">
              <FteText value={team.fte} />
            </TableCell>
            <TableCell>
              {team.teamleiders.length > 0 ? (
                team.teamleiders.map((leider, index) => (
                  <span key={leider.medewerkerId}>
                    {index > 0 && ', '}
                    <MedewerkerLink id={leider.medewerkerId} naam={leider.naam} />
                  </span>
                ))
              ) : team.soort === 'basisteam' ? (
                <Badge tone="warning">{t('team.geenTeamleider')}</Badge>
              ) : (
                <span className="wb-muted">{t('algemeen.nvt')}</span>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Tabel>
  );
}

export function OrganisatiePage() {
  const { t, formatFte, formatNumber } = useI18n();
  const { data, error, reload } = useResource('organisatie', getOrganisatie);
  const mag = useMag();
  return (
    <>
      <PageHeading title={t('organisatie.titel')} />
      {/* Out of the main menu (nine items at most): the programme budget is one click from here. */}
      {mag('GET /begrotingsprogrammas') && (
        <p className="wb-capaciteit-links">
          <AppLink to="/begroting">{t('nav.begroting')}</AppLink>
        </p>
      )}
      {error && <LoadError error={error} onRetry={reload} />}
      {!data && !error && <Loading />}
      {data && (
        <>
          <Paragraph lead>
            {t('organisatie.intro')} <DateText value={data.peildatum} />.
          </Paragraph>
          <section aria-labelledby="kerncijfers-titel">
            <Heading level={2} id="kerncijfers-titel" className="wb-visually-hidden">
              {t('organisatie.kerncijfers')}
            </Heading>
            <KeyFigures
              figures={[
                { label: t('organisatie.kerncijfer.teams'), value: formatNumber(data.aantalTeams) },
                { label: t('organisatie.kerncijfer.basisteams'), value: formatNumber(data.aantalBasisteams) },
                {
                  label: t('organisatie.kerncijfer.medewerkers'),
                  value: formatNumber(data.aantalMedewerkers),
                },
                { label: t('organisatie.kerncijfer.fte'), value: formatFte(data.fte) },
              ]}
            />
          </section>
          {data.persoonsgegevensVerborgen && (
            <Alert type="info" className="wb-zicht-melding">
              <Paragraph>{t('organisatie.persoonsgegevensVerborgen')}</Paragraph>
            </Alert>
          )}
          <div className={data.persoonsgegevensVerborgen ? undefined : 'wb-grid-2'}>
            <Section title={t('signaal.titel')}>
              <Signalen signalen={data.signalen} peildatum={data.peildatum} />
            </Section>
            {!data.persoonsgegevensVerborgen && (
              <Section title={t('organisatie.wijzigingen.titel')}>
                <Paragraph className="wb-muted">{t('organisatie.wijzigingen.uitleg')}</Paragraph>
                <OpenWijzigingen wijzigingen={data.openWijzigingen} />
              </Section>
            )}
          </div>
          <Section title={t('organisatie.teams.titel')}>
            <TeamsTable teams={data.teams} />
          </Section>
        </>
      )}
    </>
  );
}
