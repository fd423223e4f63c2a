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
import { useMag } from '../../../access/sessie';
import { addStakeholder, removeStakeholder } from '../../../api/wendbaar';
import {
  BETROKKENHEID,
  INVLOED,
  type Stakeholder,
  type StakeholderInvoer,
} from '../../../api/wendbaar.types';
import { useNotify } from '../../../app/notifications';
import { useT } from '../../../i18n/i18n';
import { ConfirmDialog } from '../../ConfirmDialog';
import { Disclosure } from '../../Disclosure';
import { Empty } from '../../Empty';
import { ErrorSummary } from '../../ErrorSummary';
import { TextareaField, TextField } from '../../FormFields';
import { RadioGroupField } from '../../KeuzeVelden';
import { asEntered, withReasons } from '../../numbers';
import { Section } from '../../Section';
import { Tabel } from '../../Tabel';
import { useForm } from '../../useForm';
import { useVerwijderen } from '../../useVerwijderen';
import { type OpgaveDeelProps, opgaveSectieId } from './opgavePagina';

/** Record a stakeholder of the exploration: name, internal or external, interest, influence, involvement. */
function StakeholderForm({ opgaveId, onAdded }: { opgaveId: string; onAdded: OpgaveDeelProps['onSaved'] }) {
  const t = useT();
  const [naam, setNaam] = useState('');
  const [soort, setSoort] = useState('');
  const [belang, setBelang] = useState('');
  const [invloed, setInvloed] = useState('');
  const [betrokkenheid, setBetrokkenheid] = useState('');
  const form = useForm('stakeholder', {
    naam: t('wb.sh.naam'),
    soort: t('wb.sh.soort'),
    belang: t('wb.sh.belang'),
    invloed: t('wb.sh.invloed'),
    betrokkenheid: t('wb.sh.betrokkenheid'),
  });
  const submit = form.handleSubmit(async () => {
    try {
      const opgave = await addStakeholder(
        opgaveId,
        asEntered<StakeholderInvoer>({
          naam: naam.trim(),
          soort,
          belang: belang.trim() || null,
          invloed,
          betrokkenheid,
        }),
      );
      setNaam('');
      setSoort('');
      setBelang('');
      setInvloed('');
      setBetrokkenheid('');
      onAdded(opgave);
      document.getElementById(form.idFor('naam'))?.focus();
    } catch (error) {
      throw withReasons(error, {
        soort: !soort && t('wb.sh.kiesSoort'),
        invloed: !invloed && t('wb.sh.kiesInvloed'),
        betrokkenheid: !betrokkenheid && t('wb.sh.kiesBetrokkenheid'),
      });
    }
  });
  return (
    <form className="wb-form" noValidate onSubmit={submit}>
      <ErrorSummary form={form} />
      <TextField form={form} name="naam" value={naam} onChange={setNaam} autoComplete="off" />
      <RadioGroupField
        form={form}
        name="soort"
        value={soort}
        onChange={setSoort}
        keuzes={['intern', 'extern'].map((s) => ({
          value: s,
          label: t(`wb.sh.soort.${s as 'intern' | 'extern'}`),
        }))}
      />
      <TextareaField form={form} name="belang" value={belang} onChange={setBelang} rows={2} optional />
      <RadioGroupField
        form={form}
        name="invloed"
        value={invloed}
        onChange={setInvloed}
        keuzes={INVLOED.map((i) => ({ value: i, label: t(`wb.niveau.${i}`) }))}
      />
      <RadioGroupField
        form={form}
        name="betrokkenheid"
        value={betrokkenheid}
        onChange={setBetrokkenheid}
        keuzes={BETROKKENHEID.map((b) => ({
          value: b,
          label: t(`wb.sh.betrokkenheid.${b}`),
          uitleg: t(`wb.sh.betrokkenheid.${b}.uitleg`),
        }))}
      />
      <Button type="submit" appearance="primary-action-button" busy={form.busy}>
        {t('wb.sh.toevoegen')}
      </Button>
    </form>
  );
}

/** The stakeholders of the exploration as a table, with forms to add one and to remove one. */
export function Stakeholders({ opgave, bewerken, onSaved, haalActueel }: OpgaveDeelProps) {
  const t = useT();
  const mag = useMag();
  const sectieId = opgaveSectieId('stakeholders');
  const melden = useNotify();
  // The message shows in this subsection, beside the table and form that were used.
  const notify = (tekst: string) => melden(tekst, { bij: sectieId });
  const [open, setOpen] = useState(false);
  const verwijderen = useVerwijderen(
    (s: Stakeholder) => removeStakeholder(opgave.id, s.id),
    async (s) => {
      notify(t('wb.sh.verwijderd', { naam: s.naam }));
      await haalActueel();
      document.getElementById(sectieId)?.focus();
    },
  );
  const magToevoegen = bewerken && mag('POST /opgaven/{opgaveId}/stakeholders');
  const magVerwijderen = bewerken && mag('DELETE /opgaven/{opgaveId}/stakeholders/{stakeholderId}');
  return (
    <Section title={t('wb.opgave.stakeholders')} level={3} anchorId={sectieId}>
      {opgave.stakeholders.length === 0 ? (
        <Paragraph>{t('wb.sh.geen')}</Paragraph>
      ) : (
        <Tabel caption={t('wb.sh.caption')} testId="stakeholders">
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('wb.sh.naam')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('wb.sh.soort')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('wb.sh.belang')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('wb.sh.invloed')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('wb.sh.betrokkenheid')}</TableHeaderCell>
              {magVerwijderen && <TableHeaderCell scope="col">{t('kolom.acties')}</TableHeaderCell>}
            </TableRow>
          </TableHeader>
          <TableBody>
            {opgave.stakeholders.map((s) => (
              <TableRow key={s.id}>
                <TableHeaderCell scope="row">{s.naam}</TableHeaderCell>
                <TableCell>{t(`wb.sh.soort.${s.soort}`)}</TableCell>
                <TableCell>{s.belang ?? <Empty />}</TableCell>
                <TableCell>{t(`wb.niveau.${s.invloed}`)}</TableCell>
                <TableCell>{t(`wb.sh.betrokkenheid.${s.betrokkenheid}`)}</TableCell>
                {magVerwijderen && (
                  <TableCell>
                    <Button appearance="subtle-button" hint="danger" onClick={() => verwijderen.vraag(s)}>
                      {t('actie.verwijderen')}
                      <span className="wb-visually-hidden"> {s.naam}</span>
                    </Button>
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Tabel>
      )}
      {verwijderen.fout && (
        <Paragraph className="wb-inline-error" role="alert">
          {verwijderen.fout}
        </Paragraph>
      )}
      {magToevoegen && (
        <Disclosure label={t('wb.sh.nieuw')} open={open} onToggle={setOpen}>
          <StakeholderForm
            opgaveId={opgave.id}
            onAdded={(o) => {
              onSaved(o);
              notify(t('wb.sh.toegevoegd', { naam: o.stakeholders.at(-1)?.naam ?? '' }));
            }}
          />
        </Disclosure>
      )}
      <ConfirmDialog
        open={verwijderen.weg !== null}
        title={t('wb.sh.verwijderenTitel')}
        confirmLabel={t('actie.verwijderen')}
        busy={verwijderen.bezig}
        onCancel={verwijderen.annuleer}
        onConfirm={verwijderen.bevestig}
      >
        {verwijderen.weg ? t('wb.sh.verwijderenTekst', { naam: verwijderen.weg.naam }) : ''}
      </ConfirmDialog>
    </Section>
  );
}
