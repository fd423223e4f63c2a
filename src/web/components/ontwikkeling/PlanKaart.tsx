import {
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { createOntwikkeldoel, type Ontwikkelplan } from '../../api/ontwikkeling';
import { useNotify } from '../../app/notifications';
import { useI18n } from '../../i18n/i18n';
import { Disclosure } from '../Disclosure';
import { ErrorSummary } from '../ErrorSummary';
import { SelectField, TextField } from '../FormFields';
import { FormKnoppen } from '../FormKnoppen';
import { euro } from '../formatie/bedrag';
import { Section } from '../Section';
import { Tabel } from '../Tabel';
import { useForm } from '../useForm';
import { ActiviteitForm } from './ActiviteitForm';

/**
 * One plan: its goals (with their theme and status), its activities in a table with what each costs
 * and whether its hours count as absence, and (for who may change the plan) the forms to add a goal
 * or an activity and to change an activity.
 */
export function PlanKaart({
  plan,
  titel,
  themas,
  onChanged,
}: {
  plan: Ontwikkelplan;
  titel: string;
  themas: { id: string; naam: string }[];
  onChanged(): void;
}) {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  const notify = useNotify();
  const [open, setOpen] = useState<string | null>(null);
  const toggle = (welk: string) => (o: boolean) => setOpen(o ? welk : null);
  return (
    <Section title={titel} level={2}>
      <Paragraph>
        {t('ow.kosten', {
          toegezegd: euro(i18n, plan.kosten.toegezegd),
          besteed: euro(i18n, plan.kosten.besteed),
        })}
      </Paragraph>
      <Section title={t('ow.doelen')} level={3}>
        {plan.doelen.length === 0 ? (
          <Paragraph>{t('ow.geenDoelen')}</Paragraph>
        ) : (
          <ul data-testid="ow-doelen">
            {plan.doelen.map((d) => (
              <li key={d.id}>
                {d.omschrijving} ({t(`ow.doelStatus.${d.status}`)}
                {d.themaNaam ? ` · ${d.themaNaam}` : ''})
              </li>
            ))}
          </ul>
        )}
        {plan.mag.wijzigen && (
          <Disclosure label={t('ow.doelToevoegen')} open={open === 'doel'} onToggle={toggle('doel')}>
            <DoelForm
              planId={plan.id}
              themas={themas}
              onSaved={() => {
                setOpen(null);
                notify(t('ow.doelToegevoegd'));
                onChanged();
              }}
              onCancel={() => setOpen(null)}
            />
          </Disclosure>
        )}
      </Section>
      <Section title={t('ow.activiteiten')} level={3}>
        {plan.activiteiten.length === 0 ? (
          <Paragraph>{t('ow.geenActiviteiten')}</Paragraph>
        ) : (
          <Tabel caption={`${titel}: ${t('ow.activiteiten')}`} testId="ow-activiteiten">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('ow.kolom.activiteit')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('ow.veld.soort')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('ow.kolom.periode')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('ow.veld.uren')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('ow.veld.kosten')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('ow.veld.status')}</TableHeaderCell>
                {plan.mag.wijzigen && <TableHeaderCell scope="col">{t('ow.kolom.acties')}</TableHeaderCell>}
              </TableRow>
            </TableHeader>
            <TableBody>
              {plan.activiteiten.map((a) => (
                <TableRow key={a.id}>
                  <TableCell>{a.titel}</TableCell>
                  <TableCell>
                    {t(`ow.activiteitSoort.${a.soort}`)}
                    {a.teltAlsAfwezigheid && a.uren > 0 ? ` (${t('ow.teltAlsAfwezig')})` : ''}
                  </TableCell>
                  <TableCell>
                    {formatDate(a.van)} – {formatDate(a.tot)}
                  </TableCell>
                  <TableCell>{i18n.formatNumber(a.uren)}</TableCell>
                  <TableCell>{euro(i18n, a.kosten)}</TableCell>
                  <TableCell>{t(`ow.activiteitStatus.${a.status}`)}</TableCell>
                  {plan.mag.wijzigen && (
                    <TableCell>
                      <Disclosure
                        appearance="subtle-button"
                        label={
                          <>
                            {t('ow.activiteitWijzigen')}
                            <span className="wb-visually-hidden"> {a.titel}</span>
                          </>
                        }
                        open={open === a.id}
                        onToggle={toggle(a.id)}
                      >
                        <ActiviteitForm
                          plan={plan}
                          activiteit={a}
                          onSaved={() => {
                            setOpen(null);
                            notify(t('ow.gewijzigd'));
                            onChanged();
                          }}
                          onCancel={() => setOpen(null)}
                        />
                      </Disclosure>
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Tabel>
        )}
        {plan.mag.wijzigen && (
          <Disclosure
            label={t('ow.activiteitToevoegen')}
            open={open === 'nieuw'}
            onToggle={toggle('nieuw')}
            appearance="primary-action-button"
          >
            <ActiviteitForm
              plan={plan}
              onSaved={() => {
                setOpen(null);
                notify(t('ow.toegevoegd'));
                onChanged();
              }}
              onCancel={() => setOpen(null)}
            />
          </Disclosure>
        )}
      </Section>
    </Section>
  );
}

function DoelForm({
  planId,
  themas,
  onSaved,
  onCancel,
}: {
  planId: string;
  themas: { id: string; naam: string }[];
  onSaved(): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const [omschrijving, setOmschrijving] = useState('');
  const [themaId, setThemaId] = useState('');
  const form = useForm(`doel-${planId}`, {
    omschrijving: t('ow.veld.omschrijving'),
    themaId: t('ow.veld.themaId'),
  });
  const submit = form.handleSubmit(async () => {
    await createOntwikkeldoel(planId, { omschrijving, themaId: themaId || null });
    onSaved();
  });
  return (
    <form className="wb-form" noValidate onSubmit={submit}>
      <ErrorSummary form={form} />
      <TextField
        form={form}
        name="omschrijving"
        value={omschrijving}
        onChange={setOmschrijving}
        autoComplete="off"
      />
      <SelectField
        form={form}
        name="themaId"
        optional
        value={themaId}
        onChange={setThemaId}
        placeholder={t('ow.veld.geenThema')}
        options={themas.map((th) => ({ value: th.id, label: th.naam }))}
      />
      <FormKnoppen label={t('ow.opslaan')} busy={form.busy} onCancel={onCancel} />
    </form>
  );
}
