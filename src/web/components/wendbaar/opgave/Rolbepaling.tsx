import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useMag } from '../../../access/sessie';
import { putRolbepaling } from '../../../api/wendbaar';
import {
  EIGENAARSCHAP,
  type Opgave,
  OVERHEIDSROLLEN,
  type RolbepalingInvoer,
} from '../../../api/wendbaar.types';
import { useNotify } from '../../../app/notifications';
import { useT } from '../../../i18n/i18n';
import { DateText } from '../../DateText';
import { Disclosure } from '../../Disclosure';
import { ErrorSummary } from '../../ErrorSummary';
import { TextField } from '../../FormFields';
import { CheckboxGroupField, RadioGroupField } from '../../KeuzeVelden';
import { asEntered, todayIso, withReasons } from '../../numbers';
import { Section } from '../../Section';
import { useForm } from '../../useForm';
import { Gegevens } from '../Gegevens';
import { type OpgaveDeelProps, opgaveSectieId } from './opgavePagina';

/**
 * The college's role decision as it was taken: the degree of ownership, one primary government role
 * and any secondary ones (never the primary again), the date and the decision's reference.
 */
function RolbepalingForm({
  opgave,
  onSaved,
  haalActueel,
}: Pick<OpgaveDeelProps, 'opgave' | 'onSaved' | 'haalActueel'>) {
  const t = useT();
  const r = opgave.rolbepaling;
  const [eigenaarschap, setEigenaarschap] = useState<string>(r?.eigenaarschap ?? '');
  const [primair, setPrimair] = useState<string>(r?.overheidsrolPrimair ?? '');
  const [secundair, setSecundair] = useState<string[]>(r?.overheidsrolSecundair ?? []);
  const [datum, setDatum] = useState(r?.datum ?? todayIso());
  const [besluit, setBesluit] = useState(r?.besluit ?? '');
  const form = useForm('rolbepaling', {
    eigenaarschap: t('wb.rol.eigenaarschap'),
    overheidsrolPrimair: t('wb.rol.primair'),
    overheidsrolSecundair: t('wb.rol.secundair'),
    datum: t('wb.rol.datum'),
    besluit: t('wb.rol.besluit'),
  });
  const submit = form.handleSubmit(async () => {
    try {
      onSaved(
        await putRolbepaling(
          opgave.id,
          opgave.versie,
          asEntered<RolbepalingInvoer>({
            eigenaarschap,
            overheidsrolPrimair: primair,
            overheidsrolSecundair: secundair,
            datum,
            besluit: besluit.trim(),
          }),
        ),
      );
    } catch (error) {
      throw withReasons(error, {
        eigenaarschap: !eigenaarschap && t('wb.rol.kiesEigenaarschap'),
        overheidsrolPrimair: !primair && t('wb.rol.kiesPrimair'),
      });
    }
  });
  return (
    <form className="wb-form" noValidate onSubmit={submit}>
      <ErrorSummary
        form={form}
        onReload={() => {
          void haalActueel();
        }}
      />
      <RadioGroupField
        form={form}
        name="eigenaarschap"
        value={eigenaarschap}
        onChange={setEigenaarschap}
        description={t('wb.rol.eigenaarschap.uitleg')}
        keuzes={EIGENAARSCHAP.map((e) => ({
          value: e,
          label: t(`wb.niveau.${e}`),
          uitleg: t(`wb.rol.eigenaarschap.${e}`),
        }))}
      />
      <RadioGroupField
        form={form}
        name="overheidsrolPrimair"
        value={primair}
        onChange={(rol) => {
          setPrimair(rol);
          setSecundair(secundair.filter((s) => s !== rol));
        }}
        description={t('wb.rol.primair.uitleg')}
        keuzes={OVERHEIDSROLLEN.map((rol) => ({
          value: rol,
          label: t(`wb.rol.${rol}`),
          uitleg: t(`wb.rol.${rol}.uitleg`),
        }))}
      />
      <CheckboxGroupField
        form={form}
        name="overheidsrolSecundair"
        value={secundair}
        onChange={setSecundair}
        description={primair ? t('wb.rol.secundair.uitleg') : t('wb.rol.secundair.eerstPrimair')}
        keuzes={OVERHEIDSROLLEN.filter((rol) => rol !== primair).map((rol) => ({
          value: rol,
          label: t(`wb.rol.${rol}`),
        }))}
        optional
      />
      <div className="wb-field-row">
        <TextField form={form} name="datum" type="date" value={datum} onChange={setDatum} size="sm" />
        <TextField
          form={form}
          name="besluit"
          value={besluit}
          onChange={setBesluit}
          size="md"
          description={t('wb.rol.besluit.uitleg')}
          autoComplete="off"
        />
      </div>
      <Button type="submit" appearance="primary-action-button" busy={form.busy}>
        {t('wb.rol.vastleggen')}
      </Button>
    </form>
  );
}

function RolbepalingGegevens({ opgave }: { opgave: Opgave }) {
  const t = useT();
  const r = opgave.rolbepaling;
  if (!r) return <Paragraph>{t('wb.rol.nogNiet')}</Paragraph>;
  return (
    <Gegevens
      items={[
        { label: t('wb.rol.eigenaarschap'), waarde: t(`wb.niveau.${r.eigenaarschap}`) },
        { label: t('wb.rol.primair'), waarde: t(`wb.rol.${r.overheidsrolPrimair}`) },
        {
          label: t('wb.rol.secundair'),
          waarde: r.overheidsrolSecundair.length
            ? r.overheidsrolSecundair.map((rol) => t(`wb.rol.${rol}`)).join(', ')
            : null,
        },
        { label: t('wb.rol.datum'), waarde: <DateText value={r.datum} /> },
        { label: t('wb.rol.besluit'), waarde: r.besluit },
      ]}
    />
  );
}

/**
 * The role decision of the college. It can be recorded in the phases verkenning and rolbepaling, by
 * the college (or for it, by the directeur or programmaregisseur).
 */
export function Rolbepaling({ opgave, onSaved, haalActueel }: OpgaveDeelProps) {
  const t = useT();
  const mag = useMag();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const kan =
    mag('PUT /opgaven/{opgaveId}/rolbepaling') &&
    (opgave.status === 'verkenning' || opgave.status === 'rolbepaling');
  const opgeslagen = (o: Opgave) => {
    onSaved(o);
    setOpen(false);
    notify(t('wb.rol.vastgelegd'));
    // The form closes: focus stays in the section.
    setTimeout(() => document.getElementById(opgaveSectieId('rolbepaling'))?.focus());
  };
  return (
    <Section title={t('wb.opgave.rolbepaling')} anchorId={opgaveSectieId('rolbepaling')}>
      <Paragraph>{t('wb.rol.uitleg')}</Paragraph>
      <RolbepalingGegevens opgave={opgave} />
      {kan &&
        (opgave.rolbepaling ? (
          <Disclosure label={t('wb.rol.wijzigen')} open={open} onToggle={setOpen}>
            <RolbepalingForm opgave={opgave} onSaved={opgeslagen} haalActueel={haalActueel} />
          </Disclosure>
        ) : (
          <RolbepalingForm opgave={opgave} onSaved={opgeslagen} haalActueel={haalActueel} />
        ))}
    </Section>
  );
}
