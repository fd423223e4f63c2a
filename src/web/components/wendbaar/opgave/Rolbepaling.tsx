import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { bevestigRolbepaling, putRolbepaling } from '../../../api/wendbaar';
import {
  EIGENAARSCHAP,
  type Opgave,
  OVERHEIDSROLLEN,
  type RolbepalingBevestiging,
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

/** The date and kenmerk of the collegebesluit: the college's part of a decision. */
function BesluitVelden({
  form,
  datum,
  setDatum,
  besluit,
  setBesluit,
}: {
  form: ReturnType<typeof useForm>;
  datum: string;
  setDatum(d: string): void;
  besluit: string;
  setBesluit(b: string): void;
}) {
  const t = useT();
  return (
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
  );
}

/**
 * The rolbepaling: the degree of ownership, one primary government role and any secondary ones
 * (never the primary again). The college records it as its decision, with the date and the
 * decision's reference; the regie (`besluiten` false) only proposes it, without either.
 */
function RolbepalingForm({
  opgave,
  onSaved,
  haalActueel,
  besluiten,
}: Pick<OpgaveDeelProps, 'opgave' | 'onSaved' | 'haalActueel'> & { besluiten: boolean }) {
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
            // Date and besluit are the college's; a proposal carries neither.
            ...(besluiten ? { datum, besluit: besluit.trim() } : {}),
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
      {!besluiten && <Paragraph>{t('wb.rol.voorstelUitleg')}</Paragraph>}
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
      {besluiten && (
        <BesluitVelden
          form={form}
          datum={datum}
          setDatum={setDatum}
          besluit={besluit}
          setBesluit={setBesluit}
        />
      )}
      <Button type="submit" appearance="primary-action-button" busy={form.busy}>
        {t(besluiten ? 'wb.rol.vastleggen' : 'wb.rol.voorstellen')}
      </Button>
    </form>
  );
}

/** The college confirms the proposal as it stands, with the date and reference of its besluit. */
function BevestigForm({
  opgave,
  onSaved,
  haalActueel,
}: Pick<OpgaveDeelProps, 'opgave' | 'onSaved' | 'haalActueel'>) {
  const t = useT();
  const [datum, setDatum] = useState(todayIso());
  const [besluit, setBesluit] = useState('');
  const form = useForm('rolbepaling-bevestiging', {
    datum: t('wb.rol.datum'),
    besluit: t('wb.rol.besluit'),
  });
  const submit = form.handleSubmit(async () => {
    onSaved(
      await bevestigRolbepaling(
        opgave.id,
        opgave.versie,
        asEntered<RolbepalingBevestiging>({ datum, besluit: besluit.trim() }),
      ),
    );
  });
  return (
    <form className="wb-form" noValidate onSubmit={submit}>
      <ErrorSummary
        form={form}
        onReload={() => {
          void haalActueel();
        }}
      />
      <Paragraph>{t('wb.rol.bevestigenUitleg')}</Paragraph>
      <BesluitVelden
        form={form}
        datum={datum}
        setDatum={setDatum}
        besluit={besluit}
        setBesluit={setBesluit}
      />
      <Button type="submit" appearance="primary-action-button" busy={form.busy}>
        {t('wb.rol.bevestigen')}
      </Button>
    </form>
  );
}

function RolbepalingGegevens({ opgave }: { opgave: Opgave }) {
  const t = useT();
  const r = opgave.rolbepaling;
  if (!r) return <Paragraph>{t('wb.rol.nogNiet')}</Paragraph>;
  const wieWanneer = (h: { door: string | null; op: string } | null) =>
    h ? (
      <>
        {h.door ?? t('wb.rol.onbekend')} <DateText value={h.op.slice(0, 10)} />
      </>
    ) : null;
  return (
    <Gegevens
      items={[
        { label: t('wb.rol.status'), waarde: t(`wb.rol.status.${r.status}`) },
        { label: t('wb.rol.eigenaarschap'), waarde: t(`wb.niveau.${r.eigenaarschap}`) },
        { label: t('wb.rol.primair'), waarde: t(`wb.rol.${r.overheidsrolPrimair}`) },
        {
          label: t('wb.rol.secundair'),
          waarde: r.overheidsrolSecundair.length
            ? r.overheidsrolSecundair.map((rol) => t(`wb.rol.${rol}`)).join(', ')
            : null,
        },
        { label: t('wb.rol.voorgesteldDoor'), waarde: wieWanneer(r.voorgesteld) },
        // Only a decision has a date and besluit; a proposal waits for the college.
        ...(r.status === 'besloten'
          ? [
              { label: t('wb.rol.datum'), waarde: r.datum ? <DateText value={r.datum} /> : null },
              { label: t('wb.rol.besluit'), waarde: r.besluit },
              { label: t('wb.rol.beslotenDoor'), waarde: wieWanneer(r.besloten) },
            ]
          : []),
      ]}
    />
  );
}

/**
 * The role decision of the college, in the phases verkenning and rolbepaling. The college records it
 * as its decision or confirms a proposal; the regie proposes it. Which of these the caller may do is
 * the opgave's `mag` (src/access), so the buttons follow the server's rule.
 */
export function Rolbepaling({ opgave, onSaved, haalActueel }: OpgaveDeelProps) {
  const t = useT();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const [bevestigen, setBevestigen] = useState(false);
  const { rolbepalingBesluiten, rolbepalingVoorstellen, rolbepalingBevestigen } = opgave.mag;
  const kan = rolbepalingBesluiten || rolbepalingVoorstellen;
  const opgeslagen = (melding: string) => (o: Opgave) => {
    onSaved(o);
    setOpen(false);
    setBevestigen(false);
    // The form closes: the message shows in this section and takes focus.
    notify(melding, { bij: opgaveSectieId('rolbepaling'), focus: true });
  };
  const form = (
    <RolbepalingForm
      opgave={opgave}
      onSaved={opgeslagen(t(rolbepalingBesluiten ? 'wb.rol.vastgelegd' : 'wb.rol.voorgesteld'))}
      haalActueel={haalActueel}
      besluiten={rolbepalingBesluiten}
    />
  );
  return (
    <Section title={t('wb.opgave.rolbepaling')} anchorId={opgaveSectieId('rolbepaling')}>
      <Paragraph>{t('wb.rol.uitleg')}</Paragraph>
      <RolbepalingGegevens opgave={opgave} />
      {rolbepalingBevestigen && (
        <Disclosure label={t('wb.rol.bevestigenTitel')} open={bevestigen} onToggle={setBevestigen}>
          <BevestigForm
            opgave={opgave}
            onSaved={opgeslagen(t('wb.rol.bevestigd'))}
            haalActueel={haalActueel}
          />
        </Disclosure>
      )}
      {kan &&
        (opgave.rolbepaling ? (
          <Disclosure label={t('wb.rol.wijzigen')} open={open} onToggle={setOpen}>
            {form}
          </Disclosure>
        ) : (
          form
        ))}
    </Section>
  );
}
