import {
  Button,
  ButtonGroup,
  Heading3,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useNotify } from '../app/notifications';
import { type MessageKey, useI18n } from '../i18n/i18n';
import { Badge } from './Badge';
import { ErrorSummary } from './ErrorSummary';
import { TextField } from './FormFields';
import { FormKnoppen } from './FormKnoppen';
import { Tabel } from './Tabel';
import { useForm } from './useForm';

/** One entry of an organisation's own list of choices: a kind of conversation, a development theme. */
export interface CatalogusItem {
  naam: string;
  omschrijving?: string | null;
  actief: boolean;
}

export interface CatalogusVelden {
  naam: string;
  omschrijving: string | null;
}

/** The texts of one catalogue, by role; `{naam}` in the messages is the entry's name. */
export interface CatalogusTeksten {
  titel: MessageKey;
  uitleg: MessageKey;
  naam: MessageKey;
  omschrijving?: MessageKey;
  status: MessageKey;
  acties: MessageKey;
  actief: MessageKey;
  nietActief: MessageKey;
  wijzigen: MessageKey;
  uitzetten: MessageKey;
  aanzetten: MessageKey;
  opslaan: MessageKey;
  opgeslagen: MessageKey;
  uitgezet: MessageKey;
  aangezet: MessageKey;
  nieuwTitel: MessageKey;
  toevoegen: MessageKey;
  toegevoegd: MessageKey;
}

export interface CatalogusBeheerProps<T extends CatalogusItem> {
  /** For the ids of the forms and the table's test id. */
  soort: string;
  teksten: CatalogusTeksten;
  resultaten: readonly T[];
  sleutel(item: T): string;
  /** Rename (and describe) or switch off and on; the answer's `mag` decides who sees the buttons. */
  magWijzigen: boolean;
  magToevoegen: boolean;
  wijzig(item: T, wijziging: Partial<CatalogusVelden> & { actief?: boolean }): Promise<CatalogusItem>;
  voegToe(velden: CatalogusVelden): Promise<CatalogusItem>;
  onReload(): void;
}

/**
 * An organisation's own list of choices that P&O (or the directie) keeps: add an entry, rename or
 * describe it, switch it off and on again. Switching off is always safe: what was recorded under an
 * entry keeps it; it is only no longer offered for something new. Used for the kinds of conversation
 * and the development themes, which differ only in their texts and whether they have a description.
 */
export function CatalogusBeheer<T extends CatalogusItem>(props: CatalogusBeheerProps<T>) {
  const { teksten: tk, resultaten, magWijzigen } = props;
  const { t } = useI18n();
  const notify = useNotify();
  const [bewerkt, setBewerkt] = useState<string | null>(null);
  // The entry whose form just closed: its "Wijzigen" button gets the focus back (the form replaced
  // it, so without this a keyboard user would land at the top of the page).
  const terug = useRef<string | null>(null);
  const sluit = () => {
    terug.current = bewerkt;
    setBewerkt(null);
  };
  useEffect(() => {
    if (bewerkt !== null || terug.current === null) return;
    document.getElementById(`${props.soort}-${terug.current}-wijzig`)?.focus();
    terug.current = null;
  }, [bewerkt, props.soort]);
  const schakel = useForm(`${props.soort}-schakel`, {});
  const metOmschrijving = tk.omschrijving !== undefined;
  const zet = (item: T) =>
    schakel.handleSubmit(async () => {
      const na = await props.wijzig(item, { actief: !item.actief });
      notify(t(na.actief ? tk.aangezet : tk.uitgezet, { naam: na.naam }));
      props.onReload();
    });
  return (
    <>
      <Paragraph>{t(tk.uitleg)}</Paragraph>
      <ErrorSummary form={schakel} onReload={props.onReload} />
      <Tabel caption={t(tk.titel)} testId={props.soort}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t(tk.naam)}</TableHeaderCell>
            {tk.omschrijving && <TableHeaderCell scope="col">{t(tk.omschrijving)}</TableHeaderCell>}
            <TableHeaderCell scope="col">{t(tk.status)}</TableHeaderCell>
            {magWijzigen && <TableHeaderCell scope="col">{t(tk.acties)}</TableHeaderCell>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {resultaten.map((item) => {
            const id = props.sleutel(item);
            return (
              <TableRow key={id}>
                <TableHeaderCell scope="row">{item.naam}</TableHeaderCell>
                {metOmschrijving && <TableCell>{item.omschrijving ?? ''}</TableCell>}
                <TableCell>
                  <Badge tone={item.actief ? 'active' : 'inactive'}>
                    {t(item.actief ? tk.actief : tk.nietActief)}
                  </Badge>
                </TableCell>
                {magWijzigen && (
                  <TableCell>
                    {bewerkt === id ? (
                      <CatalogusForm
                        id={`${props.soort}-${id}`}
                        teksten={tk}
                        begin={item}
                        knop={t(tk.opslaan)}
                        bewaar={(velden) => props.wijzig(item, velden)}
                        focus
                        onSaved={(naam) => {
                          sluit();
                          notify(t(tk.opgeslagen, { naam }));
                          props.onReload();
                        }}
                        onCancel={sluit}
                        onReload={props.onReload}
                      />
                    ) : (
                      <ButtonGroup>
                        <Button
                          id={`${props.soort}-${id}-wijzig`}
                          appearance="subtle-button"
                          onClick={() => setBewerkt(id)}
                        >
                          {t(tk.wijzigen)}
                          <span className="wb-visually-hidden"> {item.naam}</span>
                        </Button>
                        <Button
                          appearance="secondary-action-button"
                          busy={schakel.busy}
                          onClick={() => zet(item)()}
                        >
                          {t(item.actief ? tk.uitzetten : tk.aanzetten)}
                          <span className="wb-visually-hidden"> {item.naam}</span>
                        </Button>
                      </ButtonGroup>
                    )}
                  </TableCell>
                )}
              </TableRow>
            );
          })}
        </TableBody>
      </Tabel>
      {props.magToevoegen && <NieuwItem {...props} />}
    </>
  );
}

/** The form under the table for a new entry; it empties itself after each one added. */
function NieuwItem<T extends CatalogusItem>(props: CatalogusBeheerProps<T>) {
  const { t } = useI18n();
  const notify = useNotify();
  const [ronde, setRonde] = useState(0);
  return (
    <section aria-labelledby={`${props.soort}-nieuw-titel`}>
      <Heading3 id={`${props.soort}-nieuw-titel`}>{t(props.teksten.nieuwTitel)}</Heading3>
      <CatalogusForm
        key={ronde}
        id={`${props.soort}-nieuw`}
        teksten={props.teksten}
        begin={{ naam: '', omschrijving: null, actief: true }}
        knop={t(props.teksten.toevoegen)}
        bewaar={props.voegToe}
        onSaved={(naam) => {
          setRonde((n) => n + 1);
          notify(t(props.teksten.toegevoegd, { naam }));
          props.onReload();
        }}
        onReload={props.onReload}
      />
    </section>
  );
}

function CatalogusForm({
  id,
  focus = false,
  teksten: tk,
  begin,
  knop,
  bewaar,
  onSaved,
  onCancel,
  onReload,
}: {
  id: string;
  /** Put the cursor in the name field when the form opens in place of the "Wijzigen" button. */
  focus?: boolean;
  teksten: CatalogusTeksten;
  begin: CatalogusItem;
  knop: string;
  bewaar(velden: CatalogusVelden): Promise<CatalogusItem>;
  onSaved(naam: string): void;
  onCancel?: () => void;
  onReload(): void;
}) {
  const { t } = useI18n();
  const [naam, setNaam] = useState(begin.naam);
  const [omschrijving, setOmschrijving] = useState(begin.omschrijving ?? '');
  const labels: Record<string, string> = { naam: t(tk.naam) };
  if (tk.omschrijving) labels.omschrijving = t(tk.omschrijving);
  const form = useForm(id, labels);
  const naamId = form.idFor('naam');
  useEffect(() => {
    if (focus) document.getElementById(naamId)?.focus();
  }, [focus, naamId]);
  const submit = form.handleSubmit(async () => {
    const na = await bewaar({ naam, omschrijving: omschrijving.trim() || null });
    onSaved(na.naam);
  });
  return (
    <form className="wb-form" noValidate onSubmit={submit}>
      <ErrorSummary form={form} onReload={onReload} />
      <TextField form={form} name="naam" value={naam} onChange={setNaam} size="md" autoComplete="off" />
      {tk.omschrijving && (
        <TextField
          form={form}
          name="omschrijving"
          value={omschrijving}
          onChange={setOmschrijving}
          optional
          size="md"
          autoComplete="off"
        />
      )}
      <FormKnoppen label={knop} busy={form.busy} onCancel={onCancel} />
    </form>
  );
}
