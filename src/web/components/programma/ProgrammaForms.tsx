import { useState } from 'react';
import {
  createVeranderActie,
  createVeranderFase,
  createVeranderThema,
  createVeranderThemaLid,
  type VeranderFase,
} from '../../api/veranderprogramma';
import { useNotify } from '../../app/notifications';
import { useT } from '../../i18n/i18n';
import { ErrorSummary } from '../ErrorSummary';
import { SelectField, TextareaField, TextField } from '../FormFields';
import { FormKnoppen } from '../FormKnoppen';
import { type GekozenMedewerker, MedewerkerKiezer } from '../MedewerkerKiezer';
import { useForm } from '../useForm';

/** The forms of the programme page: a phase, a theme, an action or milestone, a team member. */

export function FaseForm({ onOpgeslagen }: { onOpgeslagen(): void }) {
  const t = useT();
  const notify = useNotify();
  const [volgnummer, setVolgnummer] = useState('');
  const [naam, setNaam] = useState('');
  const [doel, setDoel] = useState('');
  const [van, setVan] = useState('');
  const [tot, setTot] = useState('');
  const [status, setStatus] = useState('gepland');
  const form = useForm('vp-fase', {
    volgnummer: t('programma.veld.volgnummer'),
    naam: t('programma.veld.naam'),
    doel: t('programma.veld.doel'),
    van: t('programma.veld.van'),
    tot: t('programma.veld.tot'),
    status: t('programma.veld.status'),
  });
  return (
    <form
      noValidate
      onSubmit={form.handleSubmit(async () => {
        await createVeranderFase({
          // An empty or non-numeric entry goes as such, so the server names the field.
          volgnummer: volgnummer.trim() === '' ? (null as unknown as number) : Number(volgnummer),
          naam,
          doel: doel || null,
          van: van || null,
          tot: tot || null,
          status: status as VeranderFase['status'],
        });
        setVolgnummer('');
        setNaam('');
        setDoel('');
        setVan('');
        setTot('');
        notify(t('programma.fase.opgeslagen'));
        onOpgeslagen();
      })}
    >
      <ErrorSummary form={form} />
      <TextField
        form={form}
        name="volgnummer"
        size="sm"
        inputMode="numeric"
        value={volgnummer}
        onChange={setVolgnummer}
      />
      <TextField form={form} name="naam" value={naam} onChange={setNaam} />
      <TextareaField form={form} name="doel" optional value={doel} onChange={setDoel} />
      <TextField form={form} name="van" type="date" size="sm" optional value={van} onChange={setVan} />
      <TextField form={form} name="tot" type="date" size="sm" optional value={tot} onChange={setTot} />
      <SelectField
        form={form}
        name="status"
        value={status}
        onChange={setStatus}
        options={(['gepland', 'lopend', 'afgerond'] as const).map((s) => ({
          value: s,
          label: t(`programma.fase.status.${s}`),
        }))}
      />
      <FormKnoppen label={t('programma.fase.nieuw')} busy={form.busy} />
    </form>
  );
}

export function ThemaForm({ fases, onOpgeslagen }: { fases: VeranderFase[]; onOpgeslagen(): void }) {
  const t = useT();
  const notify = useNotify();
  const [naam, setNaam] = useState('');
  const [omschrijving, setOmschrijving] = useState('');
  const [faseId, setFaseId] = useState('');
  const [trekker, setTrekker] = useState<GekozenMedewerker | null>(null);
  const form = useForm('vp-thema', {
    naam: t('programma.veld.naam'),
    omschrijving: t('programma.thema.omschrijving'),
    faseId: t('programma.thema.fase'),
    trekkerMedewerkerId: t('programma.thema.trekkerVeld'),
  });
  return (
    <form
      noValidate
      onSubmit={form.handleSubmit(async () => {
        await createVeranderThema({
          naam,
          omschrijving: omschrijving || null,
          faseId: faseId || null,
          trekkerMedewerkerId: trekker?.id ?? null,
        });
        setNaam('');
        setOmschrijving('');
        setTrekker(null);
        notify(t('programma.thema.opgeslagen'));
        onOpgeslagen();
      })}
    >
      <ErrorSummary form={form} />
      <TextField form={form} name="naam" value={naam} onChange={setNaam} />
      <TextareaField
        form={form}
        name="omschrijving"
        optional
        value={omschrijving}
        onChange={setOmschrijving}
      />
      <SelectField
        form={form}
        name="faseId"
        optional
        value={faseId}
        onChange={setFaseId}
        placeholder={t('programma.thema.geenFase')}
        options={fases.map((f) => ({
          value: f.id,
          label: t('programma.fase.kop', { nummer: f.volgnummer, naam: f.naam }),
        }))}
      />
      <MedewerkerKiezer
        form={form}
        name="trekkerMedewerkerId"
        optional
        value={trekker}
        onChange={setTrekker}
      />
      <FormKnoppen label={t('programma.thema.nieuw')} busy={form.busy} />
    </form>
  );
}

export function ActieForm({
  themaId,
  themaNaam,
  onOpgeslagen,
}: {
  themaId: string;
  themaNaam: string;
  onOpgeslagen(): void;
}) {
  const t = useT();
  const notify = useNotify();
  const [soort, setSoort] = useState<'actie' | 'mijlpaal'>('actie');
  const [titel, setTitel] = useState('');
  const [datum, setDatum] = useState('');
  const [eigenaar, setEigenaar] = useState<GekozenMedewerker | null>(null);
  const prefix = `vp-actie-${themaId}`;
  const form = useForm(prefix, {
    soort: t('programma.actie.soort'),
    titel: t('programma.actie.titel'),
    datum: t('programma.actie.datum'),
    eigenaarMedewerkerId: t('programma.actie.eigenaar'),
  });
  return (
    <form
      noValidate
      aria-labelledby={`${prefix}-kop`}
      onSubmit={form.handleSubmit(async () => {
        await createVeranderActie(themaId, {
          soort,
          titel,
          datum: datum || null,
          eigenaarMedewerkerId: eigenaar?.id ?? null,
        });
        setTitel('');
        setDatum('');
        setEigenaar(null);
        notify(t('programma.actie.opgeslagen'));
        onOpgeslagen();
      })}
    >
      <h4 id={`${prefix}-kop`}>
        {t('programma.actie.nieuw')}
        <span className="wb-visually-hidden">: {themaNaam}</span>
      </h4>
      <ErrorSummary form={form} />
      <SelectField
        form={form}
        name="soort"
        value={soort}
        onChange={(x) => setSoort(x as 'actie' | 'mijlpaal')}
        options={(['actie', 'mijlpaal'] as const).map((s) => ({
          value: s,
          label: t(`programma.actie.soort.${s}`),
        }))}
      />
      <TextField form={form} name="titel" value={titel} onChange={setTitel} />
      <TextField
        form={form}
        name="datum"
        type="date"
        size="sm"
        optional={soort === 'actie'}
        value={datum}
        onChange={setDatum}
      />
      <MedewerkerKiezer
        form={form}
        name="eigenaarMedewerkerId"
        optional
        value={eigenaar}
        onChange={setEigenaar}
      />
      <FormKnoppen label={t('programma.actie.toevoegen')} busy={form.busy} />
    </form>
  );
}

export function LidForm({
  themaId,
  themaNaam,
  onOpgeslagen,
}: {
  themaId: string;
  themaNaam: string;
  onOpgeslagen(): void;
}) {
  const t = useT();
  const notify = useNotify();
  const [medewerker, setMedewerker] = useState<GekozenMedewerker | null>(null);
  const [rol, setRol] = useState('');
  const [uren, setUren] = useState('');
  const [van, setVan] = useState('');
  const [tot, setTot] = useState('');
  const prefix = `vp-lid-${themaId}`;
  const form = useForm(prefix, {
    medewerkerId: t('programma.lid.medewerker'),
    rol: t('programma.lid.rol'),
    urenPerWeek: t('programma.lid.uren'),
    van: t('programma.veld.van'),
    tot: t('programma.veld.tot'),
  });
  return (
    <form
      noValidate
      aria-labelledby={`${prefix}-kop`}
      onSubmit={form.handleSubmit(async () => {
        await createVeranderThemaLid(themaId, {
          medewerkerId: medewerker?.id ?? '',
          rol: rol || null,
          urenPerWeek: uren.trim() === '' ? (null as unknown as number) : Number(uren.replace(',', '.')),
          van,
          tot,
        });
        setMedewerker(null);
        setRol('');
        setUren('');
        notify(t('programma.lid.opgeslagen'));
        onOpgeslagen();
      })}
    >
      <h4 id={`${prefix}-kop`}>
        {t('programma.lid.nieuw')}
        <span className="wb-visually-hidden">: {themaNaam}</span>
      </h4>
      <p>{t('programma.lid.periodeUitleg')}</p>
      <ErrorSummary form={form} />
      <MedewerkerKiezer form={form} name="medewerkerId" value={medewerker} onChange={setMedewerker} />
      <TextField form={form} name="rol" optional value={rol} onChange={setRol} />
      <TextField
        form={form}
        name="urenPerWeek"
        size="sm"
        inputMode="decimal"
        value={uren}
        onChange={setUren}
      />
      <TextField form={form} name="van" type="date" size="sm" value={van} onChange={setVan} />
      <TextField form={form} name="tot" type="date" size="sm" value={tot} onChange={setTot} />
      <FormKnoppen label={t('programma.lid.toevoegen')} busy={form.busy} />
    </form>
  );
}
