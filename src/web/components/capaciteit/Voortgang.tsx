import {
  Button,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { addVoortgang, type Resultaatdoel, type Voortgang } from '../../api/capaciteit';
import { useI18n } from '../../i18n/i18n';
import { DateText, TijdstipText } from '../DateText';
import { Empty } from '../Empty';
import { ErrorSummary } from '../ErrorSummary';
import { TextareaField, TextField } from '../FormFields';
import { alsProcent, parseNumberFields, todayIso } from '../numbers';
import { Tabel } from '../Tabel';
import { useForm } from '../useForm';

/** Newest first: by date, then by when it was recorded. */
export function nieuwsteEerst(lijst: Voortgang[]): Voortgang[] {
  return [...lijst].sort(
    (a, b) => b.datum.localeCompare(a.datum) || b.vastgelegdOp.localeCompare(a.vastgelegdOp),
  );
}

/** A value with the goal's unit ("45 woningen"). */
export function useWaardeTekst(doel: Resultaatdoel) {
  const { formatNumber } = useI18n();
  return (waarde: number | null) =>
    waarde === null ? null : `${formatNumber(waarde)}${doel.eenheid ? ` ${doel.eenheid}` : ''}`;
}

/** The share of the target value reached, in whole percent; null without a target or a value. */
export function percentage(waarde: number | null, doelwaarde: number | null): number | null {
  if (waarde === null || doelwaarde === null || doelwaarde === 0) return null;
  return alsProcent(waarde / doelwaarde);
}

/** The progress history of a goal, newest first. */
export function VoortgangHistorie({ doel, voortgang }: { doel: Resultaatdoel; voortgang: Voortgang[] }) {
  const { t, formatPercentage } = useI18n();
  const waardeTekst = useWaardeTekst(doel);
  if (voortgang.length === 0) return <Paragraph>{t('vg.geen')}</Paragraph>;
  const metDoelwaarde = doel.doelwaarde !== null;
  return (
    <Tabel caption={t('vg.caption', { titel: doel.titel })} testId="voortgang">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('vg.kolom.datum')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('vg.kolom.waarde')}</TableHeaderCell>
          {metDoelwaarde && <TableHeaderCell scope="col">{t('vg.kolom.percentage')}</TableHeaderCell>}
          <TableHeaderCell scope="col">{t('vg.kolom.toelichting')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('vg.kolom.vastgelegd')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {nieuwsteEerst(voortgang).map((v) => {
          const pct = percentage(v.waarde, doel.doelwaarde);
          return (
            <TableRow key={v.id}>
              <TableHeaderCell scope="row">
                <DateText value={v.datum} />
              </TableHeaderCell>
              <TableCell>{waardeTekst(v.waarde) ?? <Empty />}</TableCell>
              {metDoelwaarde && <TableCell>{pct === null ? <Empty /> : formatPercentage(pct)}</TableCell>}
              <TableCell className="wb-pre-line">{v.toelichting ?? <Empty />}</TableCell>
              <TableCell>
                <TijdstipText value={v.vastgelegdOp} />
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Tabel>
  );
}

/** Record progress: a date, the value reached and a note; the history keeps every report. */
export function VoortgangForm({
  doel,
  onAdded,
}: {
  doel: Resultaatdoel;
  onAdded(voortgang: Voortgang[], datum: string): void;
}) {
  const { t, formatNumber } = useI18n();
  const [datum, setDatum] = useState(todayIso);
  const [waarde, setWaarde] = useState('');
  const [toelichting, setToelichting] = useState('');
  const form = useForm('vg', {
    datum: t('vg.veld.datum'),
    waarde: doel.eenheid ? t('vg.veld.waardeIn', { eenheid: doel.eenheid }) : t('vg.veld.waarde'),
    toelichting: t('vg.veld.toelichting'),
  });

  const submit = form.handleSubmit(async () => {
    const getallen = parseNumberFields({ waarde }, t('fout.geenGetal'));
    const { resultaten } = await addVoortgang(doel.id, {
      datum,
      waarde: getallen.waarde,
      toelichting: toelichting.trim() || null,
    });
    setWaarde('');
    setToelichting('');
    onAdded(resultaten, datum);
  });

  return (
    <form className="wb-form" noValidate onSubmit={submit}>
      <ErrorSummary form={form} />
      <TextField form={form} name="datum" type="date" size="sm" value={datum} onChange={setDatum} />
      <TextField
        form={form}
        name="waarde"
        value={waarde}
        onChange={setWaarde}
        inputMode="decimal"
        size="sm"
        optional
        description={
          doel.doelwaarde === null
            ? t('vg.veld.waarde.uitleg')
            : t('vg.veld.waarde.uitlegDoel', {
                doelwaarde: `${formatNumber(doel.doelwaarde)}${doel.eenheid ? ` ${doel.eenheid}` : ''}`,
              })
        }
      />
      <TextareaField
        form={form}
        name="toelichting"
        value={toelichting}
        onChange={setToelichting}
        rows={3}
        optional
      />
      <Button type="submit" appearance="primary-action-button" busy={form.busy}>
        {t('vg.vastleggen')}
      </Button>
    </form>
  );
}
