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
import { listOntwikkelthemas, type Ontwikkelthema, updateOntwikkelthema } from '../../api/ontwikkeling';
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
 * The organisation's development themes, switched-off ones included ("niet actief"): P&O and the
 * directie (`mag.wijzigen` of the answer) rename or describe one, or switch it off and on again.
 * Goals that have a switched-off theme keep it; it is only no longer offered for a new goal.
 */
export function OntwikkelthemasBeheer() {
  const { t } = useI18n();
  const notify = useNotify();
  const res = useResource('ontwikkelthemas', listOntwikkelthemas);
  const [bewerkt, setBewerkt] = useState<string | null>(null);
  const schakel = useForm('ontwikkelthema-schakel', {});
  if (res.error) return <LoadError error={res.error} onRetry={res.reload} />;
  if (!res.data) return <Loading />;
  const { resultaten, mag } = res.data;
  const zet = (th: Ontwikkelthema) =>
    schakel.handleSubmit(async () => {
      const na = await updateOntwikkelthema(th, { actief: !th.actief });
      notify(t(na.actief ? 'ow.thema.aangezet' : 'ow.thema.uitgezet', { naam: na.naam }));
      res.reload();
    });
  return (
    <>
      <Paragraph>{t('ow.thema.uitleg')}</Paragraph>
      <ErrorSummary form={schakel} onReload={res.reload} />
      <Tabel caption={t('ow.thema.titel')} testId="ontwikkelthemas">
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('ow.thema.naam')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('ow.thema.omschrijving')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('ow.thema.status')}</TableHeaderCell>
            {mag.wijzigen && <TableHeaderCell scope="col">{t('ow.thema.acties')}</TableHeaderCell>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {resultaten.map((th) => (
            <TableRow key={th.id}>
              <TableHeaderCell scope="row">{th.naam}</TableHeaderCell>
              <TableCell>{th.omschrijving ?? ''}</TableCell>
              <TableCell>
                <Badge tone={th.actief ? 'active' : 'inactive'}>
                  {t(th.actief ? 'ow.thema.actief' : 'ow.thema.nietActief')}
                </Badge>
              </TableCell>
              {mag.wijzigen && (
                <TableCell>
                  {bewerkt === th.id ? (
                    <ThemaForm
                      thema={th}
                      onSaved={(naam) => {
                        setBewerkt(null);
                        notify(t('ow.thema.opgeslagen', { naam }));
                        res.reload();
                      }}
                      onCancel={() => setBewerkt(null)}
                      onReload={res.reload}
                    />
                  ) : (
                    <ButtonGroup>
                      <Button appearance="subtle-button" onClick={() => setBewerkt(th.id)}>
                        {t('ow.thema.wijzigen')}
                        <span className="wb-visually-hidden"> {th.naam}</span>
                      </Button>
                      <Button
                        appearance="secondary-action-button"
                        busy={schakel.busy}
                        onClick={() => zet(th)()}
                      >
                        {t(th.actief ? 'ow.thema.uitzetten' : 'ow.thema.aanzetten')}
                        <span className="wb-visually-hidden"> {th.naam}</span>
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

function ThemaForm({
  thema,
  onSaved,
  onCancel,
  onReload,
}: {
  thema: Ontwikkelthema;
  onSaved(naam: string): void;
  onCancel(): void;
  onReload(): void;
}) {
  const { t } = useI18n();
  const [naam, setNaam] = useState(thema.naam);
  const [omschrijving, setOmschrijving] = useState(thema.omschrijving ?? '');
  const form = useForm(`ontwikkelthema-${thema.id}`, {
    naam: t('ow.thema.naam'),
    omschrijving: t('ow.thema.omschrijving'),
  });
  const submit = form.handleSubmit(async () => {
    const na = await updateOntwikkelthema(thema, { naam, omschrijving: omschrijving.trim() || null });
    onSaved(na.naam);
  });
  return (
    <form className="wb-form" noValidate onSubmit={submit}>
      <ErrorSummary form={form} onReload={onReload} />
      <TextField form={form} name="naam" value={naam} onChange={setNaam} size="md" autoComplete="off" />
      <TextField
        form={form}
        name="omschrijving"
        value={omschrijving}
        onChange={setOmschrijving}
        optional
        size="md"
        autoComplete="off"
      />
      <FormKnoppen label={t('ow.opslaan')} busy={form.busy} onCancel={onCancel} />
    </form>
  );
}
