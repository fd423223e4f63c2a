import {
  Paragraph,
  TableBody,
  TableCell,
  TableFooter,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  createOntwikkelbudget,
  getOntwikkelbudgetOverzicht,
  type OntwikkelbudgetOverzicht,
  ontwikkelbudgetDownload,
  updateOntwikkelbudget,
} from '../api/ontwikkeling';
import { useNotify } from '../app/notifications';
import { LoadError, Loading } from '../components/DataState';
import { Disclosure } from '../components/Disclosure';
import { ErrorSummary } from '../components/ErrorSummary';
import { ExportLinks } from '../components/ExportLinks';
import { SelectField, TextField } from '../components/FormFields';
import { FormKnoppen } from '../components/FormKnoppen';
import { euro } from '../components/formatie/bedrag';
import { KeyFigures } from '../components/KeyFigures';
import { parseNumberFields } from '../components/numbers';
import { JaarKeuze, useJaar } from '../components/ontwikkeling/JaarKeuze';
import { PageHeading } from '../components/PageHeading';
import { Section } from '../components/Section';
import { Tabel } from '../components/Tabel';
import { useForm } from '../components/useForm';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';

type Positie = Pick<OntwikkelbudgetOverzicht['teams'][number], 'budget' | 'toegezegd' | 'besteed' | 'ruimte'>;

/**
 * The ontwikkelbudget of a year: per team (P&O and the directie all, a teamleider the own teams)
 * budget against committed and spent, the organisation's own line and total, and the request for
 * next year's kadernota with its basis in words. Totals only: the OR sees the organisation's.
 */
export function OntwikkelbudgetPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const notify = useNotify();
  const [jaar, zetJaar] = useJaar(useSearchParams());
  const res = useResource(`ontwikkelbudget:${jaar}`, () => getOntwikkelbudgetOverzicht(jaar));
  const [open, setOpen] = useState(false);
  const o = res.data;
  const rij = (naam: string, p: Positie, key: string) => (
    <TableRow key={key}>
      <TableHeaderCell scope="row">{naam}</TableHeaderCell>
      <TableCell>{p.budget === null ? t('ow.budget.geenBudget') : euro(i18n, p.budget)}</TableCell>
      <TableCell>{euro(i18n, p.toegezegd)}</TableCell>
      <TableCell>{euro(i18n, p.besteed)}</TableCell>
      <TableCell>
        {p.ruimte === null ? '' : euro(i18n, p.ruimte)}
        {p.ruimte !== null && p.ruimte < 0 ? ` (${t('ow.budget.overschrijding')})` : ''}
      </TableCell>
    </TableRow>
  );
  return (
    <>
      <PageHeading title={t('ow.budget.titel', { jaar })} preHeading={t('ow.titel')} />
      <Paragraph>{t('ow.budget.uitleg')}</Paragraph>
      <JaarKeuze jaar={jaar} onKies={zetJaar} />
      {res.error ? (
        <LoadError error={res.error} onRetry={res.reload} />
      ) : !o ? (
        <Loading />
      ) : (
        <>
          {o.kadernota && (
            <Section title={t('ow.budget.kadernota', { jaar: o.kadernota.jaar })}>
              <KeyFigures
                figures={[{ label: t('ow.budget.kadernotaBedrag'), value: euro(i18n, o.kadernota.bedrag) }]}
              />
              <Paragraph data-testid="ow-kadernota-basis">{o.kadernota.basis}</Paragraph>
            </Section>
          )}
          <Section title={t('ow.budget.teams')}>
            {o.teams.length === 0 && <Paragraph>{t('ow.budget.geenTeams')}</Paragraph>}
            <Tabel caption={t('ow.budget.titel', { jaar })} testId="ow-budget">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('ow.budget.kolom.team')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('ow.budget.kolom.budget')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('ow.budget.kolom.toegezegd')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('ow.budget.kolom.besteed')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('ow.budget.kolom.ruimte')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {o.teams.map((tm) => rij(tm.teamNaam, tm, tm.teamId))}
                {o.organisatieNiveau && rij(t('ow.budget.eigen'), o.organisatieNiveau, 'organisatie')}
              </TableBody>
              {o.totaal && <TableFooter>{rij(t('ow.budget.totaal'), o.totaal, 'totaal')}</TableFooter>}
            </Tabel>
            <ExportLinks href={(formaat) => ontwikkelbudgetDownload(jaar, formaat)} />
            {o.mag.budgetWijzigen && (
              <Disclosure label={t('ow.budget.vastleggen')} open={open} onToggle={setOpen}>
                <BudgetForm
                  jaar={jaar}
                  overzicht={o}
                  onSaved={() => {
                    setOpen(false);
                    notify(t('ow.budget.opgeslagen'));
                    res.reload();
                  }}
                  onCancel={() => setOpen(false)}
                />
              </Disclosure>
            )}
          </Section>
        </>
      )}
    </>
  );
}

/** Sets the budget of a team or the organisation: a new one is created, an existing one replaced. */
function BudgetForm({
  jaar,
  overzicht,
  onSaved,
  onCancel,
}: {
  jaar: number;
  overzicht: OntwikkelbudgetOverzicht;
  onSaved(): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const [voor, setVoor] = useState('organisatie');
  const [bedrag, setBedrag] = useState('');
  const form = useForm('ontwikkelbudget', {
    teamId: t('ow.budget.veld.teamId'),
    bedrag: t('ow.budget.veld.bedrag'),
  });
  const submit = form.handleSubmit(async () => {
    const getal = parseNumberFields({ bedrag }, t('fout.geenGetal')).bedrag ?? Number.NaN;
    const regel =
      voor === 'organisatie' ? overzicht.organisatieNiveau : overzicht.teams.find((tm) => tm.teamId === voor);
    if (regel?.budgetId && regel.budgetVersie !== null)
      await updateOntwikkelbudget(regel.budgetId, regel.budgetVersie, getal);
    else await createOntwikkelbudget({ jaar, teamId: voor === 'organisatie' ? null : voor, bedrag: getal });
    onSaved();
  });
  return (
    <form className="wb-form" noValidate onSubmit={submit}>
      <ErrorSummary form={form} />
      <SelectField
        form={form}
        name="teamId"
        value={voor}
        onChange={setVoor}
        options={[
          { value: 'organisatie', label: t('ow.budget.eigen') },
          ...overzicht.teams.map((tm) => ({ value: tm.teamId, label: tm.teamNaam })),
        ]}
      />
      <TextField
        form={form}
        name="bedrag"
        value={bedrag}
        onChange={setBedrag}
        size="md"
        inputMode="decimal"
        autoComplete="off"
      />
      <FormKnoppen label={t('ow.opslaan')} busy={form.busy} onCancel={onCancel} />
    </form>
  );
}
