import { Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useMag } from '../access/sessie';
import { getTeam } from '../api/client';
import { teamLoonsomDownload } from '../api/export';
import { getTeamFormatie, getTeamLoonsom, teamFormatieDownload } from '../api/formatie';
import { useNotify } from '../app/notifications';
import { AppLink } from '../components/AppLink';
import { LoadError, Loading } from '../components/DataState';
import { DateText } from '../components/DateText';
import { Disclosure } from '../components/Disclosure';
import { ExportLinks } from '../components/ExportLinks';
import { BeeindigForm } from '../components/formatie/BeeindigForm';
import { BudgetForm } from '../components/formatie/BudgetForm';
import { isIsoDatum, vandaagIso } from '../components/formatie/bedrag';
import { FormatieplaatsForm } from '../components/formatie/FormatieplaatsForm';
import { FormatieTabel } from '../components/formatie/FormatieTabel';
import { LoonsomJaren } from '../components/formatie/LoonsomJaren';
import { PeildatumKiezer } from '../components/formatie/Peildatum';
import { PlaatsingForm } from '../components/formatie/PlaatsingForm';
import { KeyFigures } from '../components/KeyFigures';
import { PageHeading } from '../components/PageHeading';
import { PaginaMetInhoud } from '../components/PaginaInhoud';
import { Section } from '../components/Section';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';
import '../components/formatie/formatie.css';
import { NotFoundContent } from './not-found';

/** A team's formatie on a date: its places, who fills them, vacancies, and its loonsom against budget. */
export function TeamFormatiePage() {
  const { teamId = '' } = useParams();
  return <TeamFormatieInhoud key={teamId} teamId={teamId} />;
}

function TeamFormatieInhoud({ teamId }: { teamId: string }) {
  const { t, formatFte, formatNumber } = useI18n();
  const notify = useNotify();
  const [params, setParams] = useSearchParams();
  const gevraagd = params.get('peildatum');
  const peildatum = isIsoDatum(gevraagd) ? gevraagd : vandaagIso();
  const team = useResource(`team:${teamId}`, () => getTeam(teamId));
  const formatie = useResource(`formatie:${teamId}:${peildatum}`, () => getTeamFormatie(teamId, peildatum));
  const jaar = Number(peildatum.slice(0, 4));
  const mag = useMag();
  const magLoonsom = mag('GET /teams/{teamId}/loonsom');
  const loonsom = useResource(magLoonsom ? `loonsom:${teamId}:${jaar}` : null, () =>
    getTeamLoonsom(teamId, jaar),
  );
  const [open, setOpen] = useState<'plaats' | 'plaatsing' | 'beeindig' | 'budget' | null>(null);
  const toggle = (welk: NonNullable<typeof open>) => (o: boolean) => setOpen(o ? welk : null);

  if (team.error?.isNotFound || formatie.error?.isNotFound) return <NotFoundContent />;
  const naam = team.data?.naam ?? '';
  const f = formatie.data;
  const magWijzigen = f?.mag.wijzigen === true;
  const aantalVacatures = f?.formatieplaatsen.filter((p) => p.vacatureFte > 0).length ?? 0;
  const herlaad = () => {
    formatie.reload();
    if (magLoonsom) loonsom.reload();
  };

  return (
    <>
      <PageHeading title={naam ? t('fm.titelTeam', { team: naam }) : t('fm.titel')} />
      <p>
        <AppLink to={`/teams/${teamId}`}>{t('fm.naarTeam')}</AppLink>
        {' · '}
        <AppLink to="/organisatie/formatie">{t('fm.naarOrganisatie')}</AppLink>
      </p>
      {mag('GET /teams/{teamId}/behoefte') && (
        <p className="wb-capaciteit-links">
          <AppLink to={`/teams/${teamId}/behoefte`}>{t('nav.behoefte')}</AppLink>
        </p>
      )}
      <div className="wb-cap-keuzes">
        <PeildatumKiezer
          value={peildatum}
          onChange={(datum) => setParams({ peildatum: datum }, { replace: true })}
        />
      </div>
      {formatie.error && <LoadError error={formatie.error} onRetry={formatie.reload} />}
      {!f && !formatie.error && <Loading />}
      {f && (
        <PaginaMetInhoud>
          <Section title={t('fm.plaatsen')} anchorId="formatie-plaatsen">
            <Paragraph>
              {t('fm.opPeildatum')} <DateText value={f.peildatum} />.
            </Paragraph>
            <div data-testid="formatie-kerncijfers">
              <KeyFigures
                figures={[
                  { label: t('fm.kc.formatie'), value: formatFte(f.totaal.formatieFte) },
                  { label: t('fm.kc.bezetting'), value: formatFte(f.totaal.bezettingFte) },
                  {
                    label: t('fm.kc.vacatures'),
                    value: formatNumber(aantalVacatures),
                    hint: t('fm.kc.vacatureFte', { fte: formatFte(f.totaal.vacatureFte) }),
                  },
                  { label: t('fm.kc.boventallig'), value: formatFte(f.totaal.boventalligFte) },
                ]}
              />
            </div>
            {f.formatieplaatsen.length === 0 ? (
              <Paragraph>{t('fm.geenPlaatsen')}</Paragraph>
            ) : (
              <>
                <FormatieTabel
                  plaatsen={f.formatieplaatsen}
                  caption={t('fm.tabel.caption', { team: naam, datum: f.peildatum })}
                />
                <ExportLinks href={(formaat) => teamFormatieDownload(teamId, peildatum, formaat)} />
              </>
            )}
            {magWijzigen && (
              <div className="wb-fm-acties">
                <Disclosure
                  label={t('fm.plaats.toevoegen')}
                  open={open === 'plaats'}
                  onToggle={toggle('plaats')}
                >
                  <FormatieplaatsForm
                    teamId={teamId}
                    peildatum={peildatum}
                    onCreated={(plaats) => {
                      setOpen(null);
                      herlaad();
                      notify(t('fm.plaats.toegevoegd', { functie: plaats.functie.naam }), {
                        bij: 'formatie-plaatsen',
                      });
                    }}
                  />
                </Disclosure>
                {f.formatieplaatsen.length > 0 && (
                  <Disclosure
                    label={t('fm.plaatsing.toevoegen')}
                    open={open === 'plaatsing'}
                    onToggle={toggle('plaatsing')}
                  >
                    <PlaatsingForm
                      plaatsen={f.formatieplaatsen}
                      peildatum={peildatum}
                      onCreated={(plaatsing, plaats) => {
                        setOpen(null);
                        herlaad();
                        notify(
                          t('fm.plaatsing.toegevoegd', {
                            naam: plaatsing.medewerker.naam,
                            functie: plaats.functie.naam,
                          }),
                          { bij: 'formatie-plaatsen' },
                        );
                      }}
                    />
                  </Disclosure>
                )}
                {f.formatieplaatsen.length > 0 && (
                  <Disclosure
                    label={t('fm.beeindig')}
                    open={open === 'beeindig'}
                    onToggle={toggle('beeindig')}
                  >
                    <BeeindigForm
                      plaatsen={f.formatieplaatsen}
                      peildatum={peildatum}
                      onReload={herlaad}
                      onEnded={(wat) => {
                        setOpen(null);
                        herlaad();
                        notify(t('fm.beeindigd', { wat }), { bij: 'formatie-plaatsen' });
                      }}
                    />
                  </Disclosure>
                )}
              </div>
            )}
          </Section>
          {magLoonsom && (
            <Section title={t('ls.titelTeam')} anchorId="formatie-loonsom">
              {loonsom.error && <LoadError error={loonsom.error} onRetry={loonsom.reload} />}
              {!loonsom.data && !loonsom.error && <Loading />}
              {loonsom.data && (
                <>
                  <Paragraph>{t('ls.uitleg')}</Paragraph>
                  {loonsom.data.maandenZonderTabel > 0 && (
                    <Paragraph className="wb-fm-let-op">
                      {t('ls.zonderTabel', { maanden: loonsom.data.maandenZonderTabel })}
                    </Paragraph>
                  )}
                  <LoonsomJaren jaren={loonsom.data.jaren} caption={t('ls.team.caption', { team: naam })} />
                  <ExportLinks href={(formaat) => teamLoonsomDownload(teamId, jaar, formaat)} />
                  {loonsom.data.mag.budgetWijzigen && (
                    <Disclosure
                      label={t('ls.budget.zetten')}
                      open={open === 'budget'}
                      onToggle={toggle('budget')}
                    >
                      <BudgetForm
                        teamId={teamId}
                        jaren={loonsom.data.jaren.map((j) => j.jaar)}
                        budgetten={loonsom.data.budgetten}
                        onReload={loonsom.reload}
                        onSaved={(budget) => {
                          setOpen(null);
                          loonsom.reload();
                          notify(t('ls.budget.opgeslagen', { jaar: budget.jaar }), {
                            bij: 'formatie-loonsom',
                          });
                        }}
                      />
                    </Disclosure>
                  )}
                </>
              )}
            </Section>
          )}
        </PaginaMetInhoud>
      )}
    </>
  );
}
