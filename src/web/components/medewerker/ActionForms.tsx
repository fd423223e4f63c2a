import { Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import {
  addContracturen,
  addTeamlidmaatschap,
  endTeamlidmaatschap,
  listTeams,
  updateMedewerker,
} from '../../api/client';
import type { MedewerkerDetail, MedewerkerPatch, NewContracturen } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { ErrorSummary } from '../ErrorSummary';
import { SelectField, TextField } from '../FormFields';
import { FormKnoppen } from '../FormKnoppen';
import { asEntered, parseNumberFields, todayIso, withReasons } from '../numbers';
import { useForm } from '../useForm';
import { useResource } from '../useResource';
import { RedenField, redenVoor, terugwerkendMelding, useTerugwerkendeDagen } from './Terugwerkend';

interface ActionFormProps {
  medewerker: MedewerkerDetail;
  /** Called after saving, with a message for the live region. */
  onDone(message: string): void;
  onCancel(): void;
  onReload(): void;
}

/** New contract hours from a date; the running period ends the day before. */
export function ContractForm({ medewerker, onDone, onCancel }: ActionFormProps) {
  const { t, formatDate, formatNumber } = useI18n();
  const [uren, setUren] = useState(medewerker.urenPerWeek === null ? '' : String(medewerker.urenPerWeek));
  const [ingangsdatum, setIngangsdatum] = useState(todayIso());
  const [reden, setReden] = useState('');
  const dagen = useTerugwerkendeDagen();
  const form = useForm('contract', {
    urenPerWeek: t('veld.nieuweUren'),
    ingangsdatum: t('veld.ingangsdatum'),
    reden: t('terugwerkend.reden'),
  });
  const submit = form.handleSubmit(async () => {
    const { urenPerWeek } = parseNumberFields({ urenPerWeek: uren }, t('fout.geenGetal'));
    const antwoord = await addContracturen(
      medewerker.id,
      asEntered<NewContracturen>({
        urenPerWeek,
        ingangsdatum,
        reden: redenVoor(form, ingangsdatum, dagen, reden),
      }),
    );
    onDone(
      t('medewerker.contract.opgeslagen', {
        uren: formatNumber(urenPerWeek ?? 0),
        datum: formatDate(ingangsdatum),
      }) + terugwerkendMelding(t, antwoord?.terugwerkend),
    );
  });
  return (
    <form onSubmit={submit} noValidate className="wb-form wb-action-form">
      <ErrorSummary form={form} />
      <Paragraph className="wb-muted">{t('medewerker.contract.uitleg')}</Paragraph>
      <TextField
        form={form}
        name="urenPerWeek"
        value={uren}
        onChange={setUren}
        inputMode="decimal"
        size="sm"
        description={t('veld.urenPerWeek.uitleg')}
      />
      <TextField
        form={form}
        name="ingangsdatum"
        type="date"
        size="sm"
        value={ingangsdatum}
        onChange={setIngangsdatum}
      />
      <RedenField form={form} datum={ingangsdatum} dagen={dagen} value={reden} onChange={setReden} />
      <FormKnoppen busy={form.busy} label={t('medewerker.contract.opslaan')} onCancel={onCancel} />
    </form>
  );
}

/** Moves the medewerker to another basisteam from a date. */
export function TeamwisselForm({ medewerker, onDone, onCancel }: ActionFormProps) {
  const { t, formatDate } = useI18n();
  const [teamId, setTeamId] = useState('');
  const [ingangsdatum, setIngangsdatum] = useState(todayIso());
  const [reden, setReden] = useState('');
  const dagen = useTerugwerkendeDagen();
  const options = useBasisteamOpties(medewerker.team?.id);
  const form = useForm('teamwissel', {
    teamId: t('veld.nieuwTeam'),
    ingangsdatum: t('veld.ingangsdatum'),
    reden: t('terugwerkend.reden'),
  });
  const submit = form.handleSubmit(async () => {
    const lidmaatschap = await addTeamlidmaatschap(medewerker.id, {
      teamId,
      ingangsdatum,
      reden: redenVoor(form, ingangsdatum, dagen, reden),
    }).catch((error: unknown) => {
      throw withReasons(error, { teamId: !teamId && t('fout.kiesTeam') });
    });
    const teamNaam = lidmaatschap?.teamNaam ?? options.find((o) => o.value === teamId)?.label ?? '';
    onDone(
      t('medewerker.teamwissel.opgeslagen', { team: teamNaam, datum: formatDate(ingangsdatum) }) +
        terugwerkendMelding(t, lidmaatschap?.terugwerkend),
    );
  });
  return (
    <form onSubmit={submit} noValidate className="wb-form wb-action-form">
      <ErrorSummary form={form} />
      <Paragraph className="wb-muted">{t('medewerker.teamwissel.uitleg')}</Paragraph>
      <SelectField
        form={form}
        name="teamId"
        value={teamId}
        onChange={setTeamId}
        placeholder={t('veld.kiesTeam')}
        options={options}
      />
      <TextField
        form={form}
        name="ingangsdatum"
        type="date"
        size="sm"
        value={ingangsdatum}
        onChange={setIngangsdatum}
      />
      <RedenField form={form} datum={ingangsdatum} dagen={dagen} value={reden} onChange={setReden} />
      <FormKnoppen busy={form.busy} label={t('medewerker.teamwissel.opslaan')} onCancel={onCancel} />
    </form>
  );
}

/** The active basisteams to move to, but not the one the medewerker is in now. */
function useBasisteamOpties(huidigTeamId: string | undefined) {
  const teams = useResource('teams-basis', () =>
    listTeams({ paginaGrootte: 500, status: 'actief', soort: 'basisteam', sorteer: 'naam' }),
  );
  return (teams.data?.resultaten ?? [])
    .filter((team) => team.id !== huidigTeamId)
    .map((team) => ({ value: team.id, label: team.naam }));
}

/**
 * Ends the running membership (If-Match: the medewerker's versie). A medewerker in service keeps one
 * team on every date, so the form asks for the next team unless the end is the day of leaving.
 */
export function LidmaatschapEindeForm({ medewerker, onDone, onCancel, onReload }: ActionFormProps) {
  const { t, formatDate } = useI18n();
  const vandaag = todayIso();
  const lopend = [...medewerker.teamhistorie]
    .sort((a, b) => (b.ingangsdatum ?? '').localeCompare(a.ingangsdatum ?? ''))
    .find(
      (l) =>
        l.ingangsdatum !== null &&
        l.ingangsdatum <= vandaag &&
        (l.einddatum === null || l.einddatum >= vandaag),
    );
  const [einddatum, setEinddatum] = useState(medewerker.uitDienst ?? vandaag);
  const [volgendTeamId, setVolgendTeamId] = useState('');
  const [reden, setReden] = useState('');
  const dagen = useTerugwerkendeDagen();
  const options = useBasisteamOpties(lopend?.teamId);
  const form = useForm('lidmaatschap-einde', {
    einddatum: t('medewerker.veld.einddatum'),
    volgendTeamId: t('medewerker.veld.volgendTeam'),
    reden: t('terugwerkend.reden'),
  });
  if (!lopend) return <Paragraph>{t('medewerker.lidmaatschapEinde.geenLopend')}</Paragraph>;
  const submit = form.handleSubmit(async () => {
    const antwoord = await endTeamlidmaatschap(medewerker.id, lopend.id, medewerker.versie, {
      einddatum,
      volgendTeamId: volgendTeamId || undefined,
      reden: redenVoor(form, einddatum, dagen, reden),
    });
    const volgend = antwoord?.volgend?.teamNaam ?? options.find((o) => o.value === volgendTeamId)?.label;
    const bericht = volgend
      ? t('medewerker.lidmaatschapEinde.metVolgend', {
          team: lopend.teamNaam,
          datum: formatDate(einddatum),
          volgend,
        })
      : t('medewerker.lidmaatschapEinde.opgeslagen', { team: lopend.teamNaam, datum: formatDate(einddatum) });
    onDone(bericht + terugwerkendMelding(t, antwoord?.terugwerkend));
  });
  return (
    <form onSubmit={submit} noValidate className="wb-form wb-action-form">
      <ErrorSummary form={form} onReload={onReload} />
      <Paragraph className="wb-muted">
        {t('medewerker.lidmaatschapEinde.uitleg', { team: lopend.teamNaam })}
      </Paragraph>
      <TextField
        form={form}
        name="einddatum"
        type="date"
        size="sm"
        value={einddatum}
        onChange={setEinddatum}
      />
      <SelectField
        form={form}
        name="volgendTeamId"
        value={volgendTeamId}
        onChange={setVolgendTeamId}
        placeholder={t('veld.kiesTeam')}
        options={options}
        optional
        description={t('medewerker.veld.volgendTeam.uitleg')}
      />
      <RedenField form={form} datum={einddatum} dagen={dagen} value={reden} onChange={setReden} />
      <FormKnoppen busy={form.busy} label={t('medewerker.lidmaatschapEinde.opslaan')} onCancel={onCancel} />
    </form>
  );
}

/** Ends the employment: membership, contract hours and leadership end on that date. */
export function UitDienstForm({ medewerker, onDone, onCancel, onReload }: ActionFormProps) {
  const { t, formatDate } = useI18n();
  const [uitDienst, setUitDienst] = useState(medewerker.uitDienst ?? '');
  const [reden, setReden] = useState('');
  const dagen = useTerugwerkendeDagen();
  const form = useForm('uit-dienst', { uitDienst: t('veld.uitDienst'), reden: t('terugwerkend.reden') });
  // The figures change from the day after the earlier of the old and the new last day.
  const eerder = [medewerker.uitDienst, uitDienst].filter((d): d is string => Boolean(d)).sort()[0] ?? '';
  const submit = form.handleSubmit(async () => {
    const antwoord = await updateMedewerker(medewerker.id, medewerker.versie, {
      uitDienst: uitDienst || null,
      reden: redenVoor(form, eerder, dagen, reden),
    });
    onDone(
      (uitDienst
        ? t('medewerker.uitDienst.opgeslagen', { naam: medewerker.naam, datum: formatDate(uitDienst) })
        : t('medewerker.uitDienst.ingetrokken', { naam: medewerker.naam })) +
        terugwerkendMelding(t, antwoord?.terugwerkend),
    );
  });
  return (
    <form onSubmit={submit} noValidate className="wb-form wb-action-form">
      <ErrorSummary form={form} onReload={onReload} />
      <Paragraph className="wb-muted">{t('medewerker.uitDienst.uitleg')}</Paragraph>
      <TextField
        form={form}
        name="uitDienst"
        type="date"
        size="sm"
        value={uitDienst}
        onChange={setUitDienst}
        description={t('veld.uitDienst.uitleg')}
      />
      <RedenField form={form} datum={eerder} dagen={dagen} value={reden} onChange={setReden} />
      <FormKnoppen busy={form.busy} label={t('medewerker.uitDienst.opslaan')} onCancel={onCancel} />
    </form>
  );
}

/** Personal and job data (PATCH with If-Match). */
export function MedewerkerEditForm({ medewerker, onDone, onCancel, onReload }: ActionFormProps) {
  const { t } = useI18n();
  const [values, setValues] = useState({
    voornaam: medewerker.voornaam,
    tussenvoegsel: medewerker.tussenvoegsel ?? '',
    achternaam: medewerker.achternaam,
    eMail: medewerker.eMail,
    functie: medewerker.functie,
    schaal: String(medewerker.schaal),
    trede: String(medewerker.trede),
  });
  const set = (name: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [name]: value }));
  const form = useForm('medewerker-wijzigen', {
    voornaam: t('veld.voornaam'),
    tussenvoegsel: t('veld.tussenvoegsel'),
    achternaam: t('veld.achternaam'),
    eMail: t('veld.eMail'),
    functie: t('veld.functie'),
    schaal: t('veld.schaal'),
    trede: t('veld.trede'),
  });
  const submit = form.handleSubmit(async () => {
    const numbers = parseNumberFields({ schaal: values.schaal, trede: values.trede }, t('fout.geenGetal'));
    const saved = await updateMedewerker(
      medewerker.id,
      medewerker.versie,
      asEntered<MedewerkerPatch>({
        voornaam: values.voornaam.trim(),
        tussenvoegsel: values.tussenvoegsel.trim() || null,
        achternaam: values.achternaam.trim(),
        eMail: values.eMail.trim(),
        functie: values.functie.trim(),
        ...numbers,
      }),
    );
    onDone(t('medewerker.gegevens.opgeslagen', { naam: saved?.naam ?? medewerker.naam }));
  });
  return (
    <form onSubmit={submit} noValidate className="wb-form wb-action-form">
      <ErrorSummary form={form} onReload={onReload} />
      <TextField form={form} name="voornaam" value={values.voornaam} onChange={set('voornaam')} />
      <TextField
        form={form}
        name="tussenvoegsel"
        value={values.tussenvoegsel}
        onChange={set('tussenvoegsel')}
        size="sm"
        optional
      />
      <TextField form={form} name="achternaam" value={values.achternaam} onChange={set('achternaam')} />
      <TextField form={form} name="eMail" type="email" value={values.eMail} onChange={set('eMail')} />
      <TextField form={form} name="functie" value={values.functie} onChange={set('functie')} />
      <div className="wb-field-row">
        <TextField
          form={form}
          name="schaal"
          value={values.schaal}
          onChange={set('schaal')}
          inputMode="numeric"
          size="sm"
        />
        <TextField
          form={form}
          name="trede"
          value={values.trede}
          onChange={set('trede')}
          inputMode="numeric"
          size="sm"
        />
      </div>
      <FormKnoppen busy={form.busy} label={t('actie.wijzigingenOpslaan')} onCancel={onCancel} />
    </form>
  );
}
