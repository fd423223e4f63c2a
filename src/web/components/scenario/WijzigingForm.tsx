import { useMemo, useState } from 'react';
import { getTeamFormatie } from '../../api/formatie';
import {
  createWijziging,
  type NieuweScenarioWijziging,
  type Scenario,
  WIJZIGING_SOORTEN,
  type WijzigingSoort,
} from '../../api/scenario';
import { useI18n } from '../../i18n/i18n';
import { ErrorSummary } from '../ErrorSummary';
import { type Option, SelectField, TextField } from '../FormFields';
import { FormKnoppen } from '../FormKnoppen';
import { asEntered, parseNumberFields, withReasons } from '../numbers';
import { useForm } from '../useForm';
import { useResource } from '../useResource';

export interface TeamKeuze {
  teamId: string;
  naam: string;
}

const MET_PLAATS: readonly WijzigingSoort[] = [
  'plaats-beeindigen',
  'plaats-verplaatsen',
  'plaats-herschalen',
];

/**
 * Adds a wijziging to a scenario. The fields follow the chosen soort; a place to end, move or
 * re-scale is picked from the team's places on the scenario's peildatum (GET /teams/{id}/formatie)
 * and the places the scenario itself adds. Sent as entered: the server names every problem at once.
 */
export function WijzigingForm({
  scenario,
  teams,
  onCreated,
}: {
  scenario: Scenario;
  teams: TeamKeuze[];
  onCreated(): void;
}) {
  const i18n = useI18n();
  const { t, formatFte } = i18n;
  const [soort, setSoort] = useState<WijzigingSoort>('plaats-toevoegen');
  const [teamId, setTeamId] = useState('');
  const [plaatsTeam, setPlaatsTeam] = useState('');
  const [formatieplaatsId, setFormatieplaatsId] = useState('');
  const [functieNaam, setFunctieNaam] = useState('');
  const [salarisschaal, setSalarisschaal] = useState('');
  const [fte, setFte] = useState('');
  const [ingangsdatum, setIngangsdatum] = useState(scenario.peildatum);
  const [einddatum, setEinddatum] = useState('');
  const [plaatssoort, setPlaatssoort] = useState('');
  const [financiering, setFinanciering] = useState('');
  const [jaar, setJaar] = useState(scenario.peildatum.slice(0, 4));
  const [bedrag, setBedrag] = useState('');
  const metPlaats = MET_PLAATS.includes(soort);

  const formatie = useResource(
    metPlaats && plaatsTeam ? `sc-plaatsen:${plaatsTeam}:${scenario.peildatum}` : null,
    () => getTeamFormatie(plaatsTeam, scenario.peildatum),
  );

  const labels = useMemo(() => {
    const l: Record<string, string> = { soort: t('sc.veld.soort') };
    if (metPlaats) {
      l.plaatsTeam = t('sc.veld.plaatsTeam');
      l.formatieplaatsId = t('sc.veld.formatieplaats');
    }
    if (soort === 'plaats-toevoegen' || soort === 'budget-wijzigen') l.teamId = t('sc.veld.team');
    if (soort === 'plaats-verplaatsen') l.teamId = t('sc.veld.naarTeam');
    if (soort === 'plaats-toevoegen') {
      l.functieNaam = t('fm.veld.functie');
      l.salarisschaal = t('fm.veld.schaal');
      l.fte = t('fm.veld.fte');
      l.plaatssoort = t('fm.veld.soort');
      l.financiering = t('fm.veld.financiering');
    }
    if (soort === 'plaats-herschalen') {
      l.salarisschaal = t('sc.veld.nieuweSchaal');
      l.fte = t('sc.veld.nieuweFte');
    }
    if (soort === 'budget-wijzigen') {
      l.jaar = t('sc.veld.jaar');
      l.bedrag = t('sc.veld.bedrag');
    } else {
      l.ingangsdatum = t('veld.ingangsdatum');
    }
    if (soort === 'plaats-toevoegen') l.einddatum = t('fm.veld.einddatum');
    return l;
  }, [soort, metPlaats, t]);
  const form = useForm(`wijziging-${scenario.id}`, labels);

  const teamOpties: Option[] = teams.map((team) => ({ value: team.teamId, label: team.naam }));
  const plaatsOpties: Option[] = [
    ...(formatie.data?.formatieplaatsen ?? []).map((p) => ({
      value: p.id,
      label: `${p.functie.naam}, ${t('sc.wat.schaal', { schaal: p.salarisschaal })}, ${t('sc.wat.fte', { fte: formatFte(p.fte) })}`,
    })),
    ...scenario.wijzigingen
      .filter((w) => w.soort === 'plaats-toevoegen' && w.teamId === plaatsTeam)
      .map((w) => ({
        value: w.id,
        label: `${w.functieNaam ?? ''}, ${t('sc.wat.schaal', { schaal: w.salarisschaal ?? '' })}, ${t('sc.wat.fte', { fte: formatFte(w.fte) })} ${t('sc.uitScenario')}`,
      })),
  ];

  const reset = () => {
    setFormatieplaatsId('');
    setFunctieNaam('');
    setSalarisschaal('');
    setFte('');
    setEinddatum('');
    setBedrag('');
  };

  const submit = form.handleSubmit(async () => {
    const getallen = parseNumberFields(
      soort === 'budget-wijzigen' ? { bedrag, jaar, fte: '' } : { fte, jaar: '', bedrag: '' },
      t('fout.geenGetal'),
    );
    let body: Record<string, unknown> = { soort };
    if (soort === 'plaats-toevoegen') {
      body = {
        soort,
        teamId,
        functieNaam: functieNaam.trim(),
        salarisschaal: salarisschaal.trim(),
        fte: getallen.fte,
        plaatssoort,
        financiering,
        ingangsdatum,
        einddatum: einddatum || null,
      };
    } else if (soort === 'plaats-beeindigen') {
      body = { soort, formatieplaatsId, ingangsdatum };
    } else if (soort === 'plaats-verplaatsen') {
      body = { soort, formatieplaatsId, teamId, ingangsdatum };
    } else if (soort === 'plaats-herschalen') {
      body = { soort, formatieplaatsId, ingangsdatum };
      if (salarisschaal.trim()) body.salarisschaal = salarisschaal.trim();
      if (getallen.fte !== null) body.fte = getallen.fte;
    } else {
      body = { soort, teamId, jaar: getallen.jaar, bedrag: getallen.bedrag };
    }
    try {
      await createWijziging(scenario.id, asEntered<NieuweScenarioWijziging>(body as never));
    } catch (error) {
      throw withReasons(error, {
        teamId: teamId ? false : t('sc.fout.kiesTeam'),
        formatieplaatsId: formatieplaatsId ? false : t('sc.fout.kiesPlaats'),
        plaatssoort: plaatssoort ? false : t('fm.fout.kiesSoort'),
        financiering: financiering ? false : t('fm.fout.kiesFinanciering'),
      });
    }
    reset();
    onCreated();
  });

  return (
    <form className="wb-form" noValidate onSubmit={submit} data-testid="wijziging-form">
      <ErrorSummary form={form} />
      <SelectField
        form={form}
        name="soort"
        value={soort}
        onChange={(s) => {
          form.clear();
          setSoort(s as WijzigingSoort);
        }}
        options={WIJZIGING_SOORTEN.map((s) => ({ value: s, label: t(`sc.soort.${s}`) }))}
      />
      {metPlaats && (
        <>
          <SelectField
            form={form}
            name="plaatsTeam"
            value={plaatsTeam}
            onChange={(id) => {
              setPlaatsTeam(id);
              setFormatieplaatsId('');
            }}
            options={teamOpties}
            placeholder={t('sc.kiesTeam')}
          />
          <SelectField
            form={form}
            name="formatieplaatsId"
            value={formatieplaatsId}
            onChange={setFormatieplaatsId}
            options={plaatsOpties}
            placeholder={plaatsTeam ? t('sc.kiesPlaats') : t('sc.kiesEerstTeam')}
            description={t('sc.veld.formatieplaats.uitleg')}
          />
        </>
      )}
      {(soort === 'plaats-toevoegen' || soort === 'plaats-verplaatsen' || soort === 'budget-wijzigen') && (
        <SelectField
          form={form}
          name="teamId"
          value={teamId}
          onChange={setTeamId}
          options={teamOpties}
          placeholder={t('sc.kiesTeam')}
        />
      )}
      {soort === 'plaats-toevoegen' && (
        <TextField
          form={form}
          name="functieNaam"
          value={functieNaam}
          onChange={setFunctieNaam}
          autoComplete="off"
        />
      )}
      {(soort === 'plaats-toevoegen' || soort === 'plaats-herschalen') && (
        <>
          <TextField
            form={form}
            name="salarisschaal"
            value={salarisschaal}
            onChange={setSalarisschaal}
            size="sm"
            autoComplete="off"
            optional={soort === 'plaats-herschalen'}
            description={
              soort === 'plaats-herschalen' ? t('sc.veld.herschalen.uitleg') : t('fm.veld.schaal.uitleg')
            }
          />
          <TextField
            form={form}
            name="fte"
            value={fte}
            onChange={setFte}
            size="sm"
            inputMode="decimal"
            autoComplete="off"
            optional={soort === 'plaats-herschalen'}
            description={t('fm.veld.fte.uitleg')}
          />
        </>
      )}
      {soort === 'plaats-toevoegen' && (
        <>
          <SelectField
            form={form}
            name="plaatssoort"
            value={plaatssoort}
            onChange={setPlaatssoort}
            options={[
              { value: 'structureel', label: t('fm.soort.structureel') },
              { value: 'tijdelijk', label: t('fm.soort.tijdelijk') },
            ]}
            placeholder={t('sc.kies')}
          />
          <SelectField
            form={form}
            name="financiering"
            value={financiering}
            onChange={setFinanciering}
            options={[
              { value: 'regulier', label: t('fm.financiering.regulier') },
              { value: 'programma', label: t('fm.financiering.programma') },
              { value: 'subsidie', label: t('fm.financiering.subsidie') },
            ]}
            placeholder={t('sc.kies')}
          />
        </>
      )}
      {soort === 'budget-wijzigen' ? (
        <>
          <TextField
            form={form}
            name="jaar"
            value={jaar}
            onChange={setJaar}
            size="sm"
            inputMode="numeric"
            autoComplete="off"
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
        </>
      ) : (
        <TextField
          form={form}
          name="ingangsdatum"
          type="date"
          value={ingangsdatum}
          onChange={setIngangsdatum}
          size="sm"
          description={t('sc.veld.ingangsdatum.uitleg')}
        />
      )}
      {soort === 'plaats-toevoegen' && (
        <TextField
          form={form}
          name="einddatum"
          type="date"
          value={einddatum}
          onChange={setEinddatum}
          size="sm"
          optional
          description={t('fm.veld.einddatum.uitleg')}
        />
      )}
      <FormKnoppen label={t('sc.wijziging.toevoegen')} busy={form.busy} />
    </form>
  );
}
