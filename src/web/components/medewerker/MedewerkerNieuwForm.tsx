import { Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { useState } from 'react';
import { createMedewerker, listTeams } from '../../api/client';
import type { MedewerkerDetail, NewMedewerker } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { ErrorSummary } from '../ErrorSummary';
import { SelectField, TextField } from '../FormFields';
import { FormKnoppen } from '../FormKnoppen';
import { asEntered, parseNumberFields, todayIso, withReasons } from '../numbers';
import { useForm } from '../useForm';
import { useResource } from '../useResource';

export function MedewerkerNieuwForm({
  onSaved,
  onCancel,
}: {
  onSaved(medewerker: MedewerkerDetail): void;
  onCancel(): void;
}) {
  const t = useT();
  const [values, setValues] = useState({
    personeelsnummer: '',
    voornaam: '',
    tussenvoegsel: '',
    achternaam: '',
    eMail: '',
    functie: '',
    schaal: '',
    trede: '',
    inDienst: todayIso(),
    teamId: '',
    urenPerWeek: '36',
  });
  const set = (name: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [name]: value }));
  const teams = useResource('teams-basis', () =>
    listTeams({ paginaGrootte: 500, status: 'actief', soort: 'basisteam', sorteer: 'naam' }),
  );
  const form = useForm('medewerker-nieuw', {
    voornaam: t('veld.voornaam'),
    tussenvoegsel: t('veld.tussenvoegsel'),
    achternaam: t('veld.achternaam'),
    eMail: t('veld.eMail'),
    personeelsnummer: t('veld.personeelsnummer'),
    functie: t('veld.functie'),
    schaal: t('veld.schaal'),
    trede: t('veld.trede'),
    teamId: t('veld.team'),
    inDienst: t('veld.inDienst'),
    urenPerWeek: t('veld.urenPerWeek'),
  });

  const submit = form.handleSubmit(async () => {
    const numbers = parseNumberFields(
      { schaal: values.schaal, trede: values.trede, urenPerWeek: values.urenPerWeek },
      t('fout.geenGetal'),
    );
    const saved = await createMedewerker(
      asEntered<NewMedewerker>({
        personeelsnummer: values.personeelsnummer.trim(),
        voornaam: values.voornaam.trim(),
        tussenvoegsel: values.tussenvoegsel.trim() || null,
        achternaam: values.achternaam.trim(),
        eMail: values.eMail.trim(),
        functie: values.functie.trim(),
        inDienst: values.inDienst,
        teamId: values.teamId,
        ...numbers,
      }),
    ).catch((error: unknown) => {
      throw withReasons(error, { teamId: !values.teamId && t('fout.kiesTeam') });
    });
    onSaved(saved);
  });

  return (
    <form onSubmit={submit} noValidate className="wb-form">
      <ErrorSummary form={form} />
      <Fieldset>
        <FieldsetLegend>{t('medewerker.persoonsgegevens')}</FieldsetLegend>
        <TextField
          form={form}
          name="voornaam"
          value={values.voornaam}
          onChange={set('voornaam')}
          autoComplete="off"
        />
        <TextField
          form={form}
          name="tussenvoegsel"
          value={values.tussenvoegsel}
          onChange={set('tussenvoegsel')}
          size="sm"
          optional
          autoComplete="off"
        />
        <TextField
          form={form}
          name="achternaam"
          value={values.achternaam}
          onChange={set('achternaam')}
          autoComplete="off"
        />
        <TextField
          form={form}
          name="eMail"
          type="email"
          value={values.eMail}
          onChange={set('eMail')}
          autoComplete="off"
          description={t('veld.eMail.uitleg')}
        />
      </Fieldset>
      <Fieldset>
        <FieldsetLegend>{t('medewerker.dienstverband')}</FieldsetLegend>
        <TextField
          form={form}
          name="personeelsnummer"
          value={values.personeelsnummer}
          onChange={set('personeelsnummer')}
          size="md"
          autoComplete="off"
        />
        <TextField form={form} name="functie" value={values.functie} onChange={set('functie')} />
        <div className="wb-field-row">
          <TextField
            form={form}
            name="schaal"
            value={values.schaal}
            onChange={set('schaal')}
            inputMode="numeric"
            size="sm"
            description={t('veld.schaal.uitleg')}
          />
          <TextField
            form={form}
            name="trede"
            value={values.trede}
            onChange={set('trede')}
            inputMode="numeric"
            size="sm"
            description={t('veld.trede.uitleg')}
          />
        </div>
        <SelectField
          form={form}
          name="teamId"
          value={values.teamId}
          onChange={set('teamId')}
          placeholder={t('veld.kiesTeam')}
          options={(teams.data?.resultaten ?? []).map((team) => ({ value: team.id, label: team.naam }))}
        />
        <TextField
          form={form}
          name="inDienst"
          type="date"
          size="sm"
          value={values.inDienst}
          onChange={set('inDienst')}
        />
        <TextField
          form={form}
          name="urenPerWeek"
          value={values.urenPerWeek}
          onChange={set('urenPerWeek')}
          inputMode="decimal"
          size="sm"
          description={t('veld.urenPerWeek.uitleg')}
        />
      </Fieldset>
      <FormKnoppen label={t('medewerkerNieuw.opslaan')} busy={form.busy} onCancel={onCancel} />
    </form>
  );
}
