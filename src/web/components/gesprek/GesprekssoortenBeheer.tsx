import {
  Button,
  ButtonGroup,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { type Gesprekssoort, listGesprekssoorten, updateGesprekssoort } from '../../api/gesprek';
import { useNotify } from '../../app/notifications';
import { useI18n } from '../../i18n/i18n';
import { Badge } from '../Badge';
import { LoadError, Loading } from '../DataState';
import { ErrorSummary } from '../ErrorSummary';
import { TextField } from '../FormFields';
import { FormKnoppen } from '../FormKnoppen';
import { Tabel } from '../Tabel';
import { useForm } from '../useForm';
import { useResource } from '../useResource';

/**
 * The kinds of conversation, switched-off ones included ("niet actief"): P&O and the beheerder
 * (`mag.wijzigen` of the answer) rename one or switch it off and on again. Switching off is safe:
 * conversations held under a kind keep it; it is only no longer offered for a new one.
 */
export function GesprekssoortenBeheer() {
  const { t } = useI18n();
  const notify = useNotify();
  const res = useResource('gesprekssoorten', listGesprekssoorten);
  const [hernoemt, setHernoemt] = useState<string | null>(null);
  const schakel = useForm('gesprekssoort-schakel', {});
  if (res.error) return <LoadError error={res.error} onRetry={res.reload} />;
  if (!res.data) return <Loading />;
  const { resultaten, mag } = res.data;
  const zet = (s: Gesprekssoort) =>
    schakel.handleSubmit(async () => {
      const na = await updateGesprekssoort(s, { actief: !s.actief });
      notify(t(na.actief ? 'gesprek.soorten.aangezet' : 'gesprek.soorten.uitgezet', { naam: na.naam }));
      res.reload();
    });
  return (
    <>
      <Paragraph>{t('gesprek.soorten.uitleg')}</Paragraph>
      <ErrorSummary form={schakel} onReload={res.reload} />
      <Tabel caption={t('gesprek.soorten.titel')} testId="gesprekssoorten">
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('gesprek.soorten.naam')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('gesprek.soorten.status')}</TableHeaderCell>
            {mag.wijzigen && <TableHeaderCell scope="col">{t('gesprek.soorten.acties')}</TableHeaderCell>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {resultaten.map((s) => (
            <TableRow key={s.code}>
              <TableHeaderCell scope="row">{s.naam}</TableHeaderCell>
              <TableCell>
                <Badge tone={s.actief ? 'active' : 'inactive'}>
                  {t(s.actief ? 'gesprek.soorten.actief' : 'gesprek.soorten.nietActief')}
                </Badge>
              </TableCell>
              {mag.wijzigen && (
                <TableCell>
                  {hernoemt === s.code ? (
                    <HernoemForm
                      soort={s}
                      onSaved={(naam) => {
                        setHernoemt(null);
                        notify(t('gesprek.soorten.hernoemd', { naam }));
                        res.reload();
                      }}
                      onCancel={() => setHernoemt(null)}
                      onReload={res.reload}
                    />
                  ) : (
                    <ButtonGroup>
                      <Button appearance="subtle-button" onClick={() => setHernoemt(s.code)}>
                        {t('gesprek.soorten.hernoemen')}
                        <span className="wb-visually-hidden"> {s.naam}</span>
                      </Button>
                      <Button
                        appearance="secondary-action-button"
                        busy={schakel.busy}
                        onClick={() => zet(s)()}
                      >
                        {t(s.actief ? 'gesprek.soorten.uitzetten' : 'gesprek.soorten.aanzetten')}
                        <span className="wb-visually-hidden"> {s.naam}</span>
                      </Button>
                    </ButtonGroup>
                  )}
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Tabel>
    </>
  );
}

function HernoemForm({
  soort,
  onSaved,
  onCancel,
  onReload,
}: {
  soort: Gesprekssoort;
  onSaved(naam: string): void;
  onCancel(): void;
  onReload(): void;
}) {
  const { t } = useI18n();
  const [naam, setNaam] = useState(soort.naam);
  const form = useForm(`gesprekssoort-${soort.code}`, { naam: t('gesprek.soorten.naam') });
  const submit = form.handleSubmit(async () => {
    const na = await updateGesprekssoort(soort, { naam });
    onSaved(na.naam);
  });
  return (
    <form className="wb-form" noValidate onSubmit={submit}>
      <ErrorSummary form={form} onReload={onReload} />
      <TextField form={form} name="naam" value={naam} onChange={setNaam} size="md" autoComplete="off" />
      <FormKnoppen label={t('gesprek.soorten.opslaan')} busy={form.busy} onCancel={onCancel} />
    </form>
  );
}
