import {
  Alert,
  Button,
  ButtonGroup,
  Checkbox,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { scenariosDownload } from '../api/export';
import { listScenarios } from '../api/scenario';
import { useNotify } from '../app/notifications';
import { AppLink } from '../components/AppLink';
import { LoadError, Loading } from '../components/DataState';
import { Disclosure } from '../components/Disclosure';
import { ExportLinks } from '../components/ExportLinks';
import { PageHeading } from '../components/PageHeading';
import { Section } from '../components/Section';
import { NieuwScenarioForm } from '../components/scenario/ScenarioForms';
import { ScenarioStatus } from '../components/scenario/ScenarioStatus';
import { Tabel } from '../components/Tabel';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import '../components/scenario/scenario.css';

/** The scenario's on the formatie: the list (tick two or more to compare them) and a form to make one. */
export function ScenariosPage() {
  const { t, formatDate } = useI18n();
  const navigate = useNavigate();
  const notify = useNotify();
  const lijst = useResource('scenarios', listScenarios);
  const [nieuwOpen, setNieuwOpen] = useState(false);
  const [gekozen, setGekozen] = useState<string[]>([]);
  const [teWeinig, setTeWeinig] = useState(false);
  const l = lijst.data;

  const vergelijk = () => {
    if (gekozen.length < 2) {
      setTeWeinig(true);
      return;
    }
    navigate(`/organisatie/scenarios/vergelijken?scenarios=${gekozen.map(encodeURIComponent).join(',')}`);
  };

  return (
    <>
      <PageHeading title={t('sc.titel')} />
      <Paragraph>{t('sc.intro')}</Paragraph>
      <p className="wb-capaciteit-links wb-scenario-links">
        <AppLink to="/organisatie/formatie">{t('sc.naarFormatie')}</AppLink>
      </p>
      {lijst.error && <LoadError error={lijst.error} onRetry={lijst.reload} />}
      {!l && !lijst.error && <Loading />}
      {l?.mag.aanmaken && (
        <div className="wb-scenario-acties">
          <Disclosure label={t('sc.nieuw')} open={nieuwOpen} onToggle={setNieuwOpen}>
            <NieuwScenarioForm
              onCreated={(scenario) => {
                notify(t('sc.gemaakt', { naam: scenario.naam }));
                navigate(`/organisatie/scenarios/${scenario.id}`);
              }}
            />
          </Disclosure>
        </div>
      )}
      {l && (
        <Section title={t('sc.titel')} anchorId="scenario-lijst">
          {l.resultaten.length === 0 ? (
            <Paragraph>{t('sc.lijst.leeg')}</Paragraph>
          ) : (
            <>
              <Tabel caption={t('sc.lijst.caption')} testId="scenario-lijst">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('sc.kolom.kies')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('sc.kolom.naam')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('sc.kolom.peildatum')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('sc.kolom.status')}</TableHeaderCell>
                    <TableHeaderCell scope="col" numericColumn>
                      {t('sc.kolom.wijzigingen')}
                    </TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {l.resultaten.map((s) => (
                    <TableRow key={s.id} data-testid="scenario-rij">
                      <TableCell>
                        <Checkbox
                          id={`kies-${s.id}`}
                          aria-label={t('sc.kies', { naam: s.naam })}
                          checked={gekozen.includes(s.id)}
                          onChange={(event) => {
                            setTeWeinig(false);
                            const aan = event.target.checked;
                            setGekozen((g) => (aan ? [...g, s.id] : g.filter((id) => id !== s.id)));
                          }}
                        />
                      </TableCell>
                      <TableHeaderCell scope="row">
                        <AppLink to={`/organisatie/scenarios/${s.id}`}>{s.naam}</AppLink>
                      </TableHeaderCell>
                      <TableCell>{formatDate(s.peildatum)}</TableCell>
                      <TableCell>
                        <ScenarioStatus status={s.status} />
                      </TableCell>
                      <TableCell className="wb-num">{s.aantalWijzigingen}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Tabel>
              <div className="wb-scenario-vergelijk">
                <Paragraph>{t('sc.vergelijk.uitleg')}</Paragraph>
                {teWeinig && (
                  <Alert type="warning" role="alert">
                    <Paragraph>{t('sc.vergelijk.teWeinig')}</Paragraph>
                  </Alert>
                )}
                <ButtonGroup>
                  <Button appearance="secondary-action-button" onClick={vergelijk}>
                    {t('sc.vergelijk')}
                  </Button>
                </ButtonGroup>
              </div>
            </>
          )}
          {l.resultaten.length > 0 && <ExportLinks href={scenariosDownload} />}
        </Section>
      )}
    </>
  );
}
