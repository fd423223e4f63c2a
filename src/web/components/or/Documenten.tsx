import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useMag } from '../../access/sessie';
import { type OrDocument, type OrVerzoek, updateOrVerzoek } from '../../api/or-dossier';
import { listScenarios } from '../../api/scenario';
import { listVoorstellen } from '../../api/voorstel';
import { listBestuursopdrachten } from '../../api/wendbaar';
import { useNotify } from '../../app/notifications';
import { useI18n, useT } from '../../i18n/i18n';
import { ErrorSummary } from '../ErrorSummary';
import { SelectField, TextField } from '../FormFields';
import { FormKnoppen } from '../FormKnoppen';
import { useForm } from '../useForm';
import { useResource } from '../useResource';

type Invoer = NonNullable<Parameters<typeof updateOrVerzoek>[2]['documenten']>[number];
type Soort = OrDocument['soort'];

/** A document as the API takes it back: a frozen item by id (checked again), or a link. */
function alsInvoer(d: OrDocument): Invoer {
  return d.soort === 'link'
    ? { soort: 'link', url: d.url ?? '', titel: d.titel }
    : { soort: d.soort, id: d.id ?? '' };
}

/**
 * The documents of a verzoek. While it is a concept the directeur adds frozen items (a voorstel
 * snapshot with its document number, a scenario, a bestuursopdracht: chosen from what the session
 * may read) or a link, and removes them; each change saves the whole list with If-Match, so the
 * server checks every reference again and names a problem at the field of the new document.
 * Removing takes the button away: the message in the section takes focus.
 */
export function Documenten({ verzoek: v, onGewijzigd }: { verzoek: OrVerzoek; onGewijzigd(): void }) {
  const t = useT();
  const mag = useMag();
  const notify = useNotify();
  const bewerkbaar = v.mag.wijzigen && mag('PATCH /or-verzoeken/{orVerzoekId}');
  const [bezig, setBezig] = useState<number | null>(null);
  const verwijderForm = useForm('or-doc-weg', {});
  return (
    <>
      {v.documenten.length === 0 ? (
        <Paragraph>{t('or.geenDocumenten')}</Paragraph>
      ) : (
        <>
          <ErrorSummary form={verwijderForm} onReload={onGewijzigd} />
          <ul data-testid="or-documenten">
            {v.documenten.map((d, i) => (
              <li key={`${d.soort}-${d.id ?? d.url}`}>
                {d.url ? (
                  <a href={d.url} rel="noopener noreferrer">
                    {d.titel}
                  </a>
                ) : (
                  `${d.titel} (${t(`or.document.soortKort.${d.soort}`)})`
                )}
                {bewerkbaar && (
                  <>
                    {' '}
                    <Button
                      appearance="subtle-button"
                      busy={bezig === i}
                      onClick={verwijderForm.handleSubmit(async () => {
                        setBezig(i);
                        try {
                          await updateOrVerzoek(v.id, v.versie, {
                            documenten: v.documenten.filter((_, j) => j !== i).map(alsInvoer),
                          });
                          notify(t('or.document.verwijderd'), { focus: true });
                          onGewijzigd();
                        } finally {
                          setBezig(null);
                        }
                      })}
                    >
                      {t('or.document.verwijderen')}
                      <span className="wb-visually-hidden"> {d.titel}</span>
                    </Button>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {bewerkbaar && <DocumentToevoegen verzoek={v} onGewijzigd={onGewijzigd} />}
    </>
  );
}

function DocumentToevoegen({ verzoek: v, onGewijzigd }: { verzoek: OrVerzoek; onGewijzigd(): void }) {
  const t = useT();
  const { formatDate } = useI18n();
  const mag = useMag();
  const notify = useNotify();
  const soorten: Soort[] = [
    ...(mag('GET /scenarios/{scenarioId}/voorstellen') ? (['voorstel'] as const) : []),
    ...(mag('GET /scenarios') ? (['scenario'] as const) : []),
    ...(mag('GET /bestuursopdrachten') ? (['bestuursopdracht'] as const) : []),
    'link',
  ];
  const [soort, setSoort] = useState<Soort>(soorten[0] ?? 'link');
  const [scenarioId, setScenarioId] = useState('');
  const [id, setId] = useState('');
  const [url, setUrl] = useState('');
  const [titel, setTitel] = useState('');
  const n = v.documenten.length;
  // The new document is number n in the list sent: the server names its problems by that index.
  const veld = (x: string) => `documenten.${n}.${x}`;
  const form = useForm('or-doc', {
    [veld('soort')]: t('or.document.soort'),
    ...(soort === 'voorstel' && { scenario: t('or.document.scenario') }),
    ...(soort !== 'link' && { [veld('id')]: t(`or.document.${soort}`) }),
    ...(soort === 'link' && { [veld('url')]: t('or.document.url'), [veld('titel')]: t('or.document.titel') }),
  });
  const scenarios = useResource(
    soort === 'voorstel' || soort === 'scenario' ? 'or-doc-scenarios' : null,
    () => listScenarios(),
  );
  const voorstellen = useResource(
    soort === 'voorstel' && scenarioId ? `or-doc-voorstellen-${scenarioId}` : null,
    () => listVoorstellen(scenarioId),
  );
  const opdrachten = useResource(soort === 'bestuursopdracht' ? 'or-doc-opdrachten' : null, () =>
    listBestuursopdrachten(),
  );
  const keuzes =
    soort === 'scenario'
      ? (scenarios.data?.resultaten ?? []).map((s) => ({ value: s.id, label: s.naam }))
      : soort === 'voorstel'
        ? (voorstellen.data?.resultaten ?? []).map((x) => ({
            value: x.id,
            label: `${x.documentnummer} (${formatDate(x.gegenereerdOp.slice(0, 10))})`,
          }))
        : (opdrachten.data?.resultaten ?? []).map((b) => ({ value: b.id, label: b.titel }));
  const kies = (s: string) => {
    setSoort(s as Soort);
    setId('');
    form.clear();
  };
  return (
    <form
      noValidate
      aria-labelledby="or-doc-kop"
      onSubmit={form.handleSubmit(async () => {
        const nieuw: Invoer = soort === 'link' ? { soort, url, titel } : { soort, id };
        await updateOrVerzoek(v.id, v.versie, { documenten: [...v.documenten.map(alsInvoer), nieuw] });
        setId('');
        setUrl('');
        setTitel('');
        notify(t('or.document.toegevoegd'));
        onGewijzigd();
      })}
    >
      <h3 id="or-doc-kop">{t('or.document.toevoegen')}</h3>
      <Paragraph>{t('or.document.toevoegenUitleg')}</Paragraph>
      <ErrorSummary form={form} onReload={onGewijzigd} />
      <SelectField
        form={form}
        name={veld('soort')}
        value={soort}
        onChange={kies}
        options={soorten.map((s) => ({ value: s, label: t(`or.document.soort.${s}`) }))}
      />
      {soort === 'voorstel' && (
        <SelectField
          form={form}
          name="scenario"
          value={scenarioId}
          onChange={(x) => {
            setScenarioId(x);
            setId('');
          }}
          placeholder={t('or.document.kiesScenario')}
          options={(scenarios.data?.resultaten ?? []).map((s) => ({ value: s.id, label: s.naam }))}
        />
      )}
      {soort === 'voorstel' && scenarioId && voorstellen.data?.resultaten.length === 0 && (
        <Paragraph>{t('or.document.geenVoorstellen')}</Paragraph>
      )}
      {soort !== 'link' && (
        <SelectField
          form={form}
          name={veld('id')}
          value={id}
          onChange={setId}
          placeholder={t('or.document.kies')}
          options={keuzes}
        />
      )}
      {soort === 'link' && (
        <>
          <TextField
            form={form}
            name={veld('url')}
            type="text"
            inputMode="text"
            value={url}
            onChange={setUrl}
          />
          <TextField form={form} name={veld('titel')} value={titel} onChange={setTitel} />
        </>
      )}
      <FormKnoppen label={t('or.document.toevoegen')} busy={form.busy} />
    </form>
  );
}
