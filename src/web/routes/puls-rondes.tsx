import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useMag } from '../access/sessie';
import { pulsRondesDownload } from '../api/export';
import { createPulsRonde, listPulsRondes, type PulsRonde, stapPulsRonde } from '../api/puls';
import { AppLink } from '../components/AppLink';
import { Badge } from '../components/Badge';
import { LoadError, Loading } from '../components/DataState';
import { ErrorSummary } from '../components/ErrorSummary';
import { ExportLinks } from '../components/ExportLinks';
import { TextareaField, TextField } from '../components/FormFields';
import { FormKnoppen } from '../components/FormKnoppen';
import { PageHeading } from '../components/PageHeading';
import { Section } from '../components/Section';
import { Tabel } from '../components/Tabel';
import { useForm } from '../components/useForm';
import { useResource } from '../components/useResource';
import { useI18n } from '../i18n/i18n';

/** The four standard questions a new round starts with (the server's defaults, shown to edit). */
const STANDAARD = [
  { code: 'werkdruk', tekst: 'Ik ervaar een hoge werkdruk.' },
  { code: 'energie', tekst: 'Ik heb voldoende energie voor mijn werk.' },
  { code: 'steun', tekst: 'Ik voel me gesteund door mijn leidinggevende.' },
  { code: 'plezier', tekst: 'Ik heb plezier in mijn werk.' },
];

/** P&O's rounds (and, for who reads results, the open and closed ones): create, open, close. */
export function PulsRondesPage() {
  const { t } = useI18n();
  const mag = useMag();
  const res = useResource('puls-rondes', listPulsRondes);
  return (
    <>
      <PageHeading title={t('puls.titel')} />
      <p>{t('puls.uitleg')}</p>
      <Section title={t('puls.rondes')}>
        {res.error ? (
          <LoadError error={res.error} onRetry={res.reload} />
        ) : !res.data ? (
          <Loading />
        ) : res.data.resultaten.length === 0 ? (
          <p>{t('puls.geen')}</p>
        ) : (
          <>
            <RondesTabel rondes={res.data.resultaten} onGewijzigd={res.reload} />
            <ExportLinks href={pulsRondesDownload} />
          </>
        )}
      </Section>
      {res.data?.mag.aanmaken && mag('POST /puls-rondes') && (
        <Section title={t('puls.nieuw')}>
          <NieuweRonde onGemaakt={res.reload} />
        </Section>
      )}
    </>
  );
}

function RondesTabel({ rondes, onGewijzigd }: { rondes: PulsRonde[]; onGewijzigd: () => void }) {
  const { t } = useI18n();
  const [bezig, setBezig] = useState<string | null>(null);
  const stap = async (r: PulsRonde, naar: 'open' | 'gesloten') => {
    setBezig(r.id);
    try {
      await stapPulsRonde(r.id, r.versie, naar);
    } finally {
      setBezig(null);
      onGewijzigd();
    }
  };
  return (
    <Tabel caption={t('puls.rondes')} testId="puls-rondes">
      <thead>
        <tr>
          <th scope="col">{t('puls.kolom.titel')}</th>
          <th scope="col">{t('puls.kolom.status')}</th>
          <th scope="col" className="wb-num">
            {t('puls.kolom.antwoorden')}
          </th>
          <th scope="col">{t('puls.kolom.acties')}</th>
        </tr>
      </thead>
      <tbody>
        {rondes.map((r) => (
          <tr key={r.id}>
            <th scope="row">{r.titel}</th>
            <td>
              <Badge tone={r.status === 'open' ? 'active' : r.status === 'gesloten' ? 'inactive' : 'neutral'}>
                {t(`puls.status.${r.status}`)}
              </Badge>
            </td>
            <td className="wb-num">{r.aantalAntwoorden ?? t('puls.minderDanVijf')}</td>
            <td>
              <ButtonGroup>
                {r.mag.openen && (
                  <Button
                    appearance="secondary-action-button"
                    busy={bezig === r.id}
                    onClick={() => stap(r, 'open')}
                  >
                    {t('puls.openen')} <span className="wb-visually-hidden">{r.titel}</span>
                  </Button>
                )}
                {r.mag.sluiten && (
                  <Button
                    appearance="secondary-action-button"
                    busy={bezig === r.id}
                    onClick={() => stap(r, 'gesloten')}
                  >
                    {t('puls.sluiten')} <span className="wb-visually-hidden">{r.titel}</span>
                  </Button>
                )}
                {r.mag.resultatenZien && (
                  <AppLink to={`/mensen/puls/${r.id}`}>
                    {t('puls.uitslag')} <span className="wb-visually-hidden">{r.titel}</span>
                  </AppLink>
                )}
              </ButtonGroup>
            </td>
          </tr>
        ))}
      </tbody>
    </Tabel>
  );
}

function NieuweRonde({ onGemaakt }: { onGemaakt: () => void }) {
  const { t } = useI18n();
  const [titel, setTitel] = useState('');
  const [openVraag, setOpenVraag] = useState('');
  const [vragen, setVragen] = useState(STANDAARD);
  const labels: Record<string, string> = { titel: t('puls.veld.titel') };
  vragen.forEach((_, i) => {
    labels[`vragen.${i}.tekst`] = t('puls.veld.vraag', { nummer: String(i + 1) });
  });
  labels.openVraag = t('puls.veld.openVraag');
  const form = useForm('puls-nieuw', labels);
  return (
    <form
      noValidate
      onSubmit={form.handleSubmit(async () => {
        await createPulsRonde({ titel, vragen, openVraag: openVraag.trim() || null });
        setTitel('');
        setOpenVraag('');
        setVragen(STANDAARD);
        onGemaakt();
      })}
    >
      <ErrorSummary form={form} />
      <TextField form={form} name="titel" value={titel} onChange={setTitel} />
      <fieldset className="wb-keuzegroep">
        <legend>{t('puls.vragen')}</legend>
        <p className="wb-muted">{t('puls.werkdrukUitleg')}</p>
        {vragen.map((v, i) => (
          <TextField
            key={v.code}
            form={form}
            name={`vragen.${i}.tekst`}
            value={v.tekst}
            onChange={(tekst) => setVragen(vragen.map((x, j) => (j === i ? { ...x, tekst } : x)))}
          />
        ))}
      </fieldset>
      <TextareaField
        form={form}
        name="openVraag"
        optional
        value={openVraag}
        onChange={setOpenVraag}
        rows={2}
      />
      <FormKnoppen label={t('puls.aanmaken')} busy={form.busy} />
    </form>
  );
}
