import {
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import {
  createWerkgeverslasten,
  type NieuweWerkgeverslasten,
  type Werkgeverslasten,
} from '../../api/formatie';
import { useI18n } from '../../i18n/i18n';
import { DateText } from '../DateText';
import { ErrorSummary } from '../ErrorSummary';
import { TextField } from '../FormFields';
import { FormKnoppen } from '../FormKnoppen';
import { asEntered, getalAlsTekst, parseNumberFields } from '../numbers';
import { Tabel } from '../Tabel';
import { useForm } from '../useForm';
import { euro } from './bedrag';

/** The werkgeverslasten rows, each valid from its date until the next one. */
export function WerkgeverslastenTabel({ rijen }: { rijen: Werkgeverslasten[] }) {
  const i18n = useI18n();
  const { t, formatNumber } = i18n;
  const pct = (n: number) => `${formatNumber(n, 2)}%`;
  return (
    <Tabel caption={t('wgl.caption')} testId="werkgeverslasten">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('wgl.veld.geldigVanaf')}</TableHeaderCell>
          <TableHeaderCell scope="col" numericColumn>
            {t('wgl.veld.ikb')}
          </TableHeaderCell>
          <TableHeaderCell scope="col" numericColumn>
            {t('wgl.veld.pensioen')}
          </TableHeaderCell>
          <TableHeaderCell scope="col" numericColumn>
            {t('wgl.veld.sociaal')}
          </TableHeaderCell>
          <TableHeaderCell scope="col" numericColumn>
            {t('wgl.veld.opslag')}
          </TableHeaderCell>
          <TableHeaderCell scope="col" numericColumn>
            {t('wgl.veld.loonstijging')}
          </TableHeaderCell>
          <TableHeaderCell scope="col" numericColumn>
            {t('wgl.veld.vacatureTrede')}
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rijen.map((w) => (
          <TableRow key={w.id}>
            <TableHeaderCell scope="row">
              <DateText value={w.geldigVanaf} />
            </TableHeaderCell>
            <TableCell className="wb-num">{pct(w.ikbPercentage)}</TableCell>
            <TableCell className="wb-num">{pct(w.pensioenPercentage)}</TableCell>
            <TableCell className="wb-num">{pct(w.socialePremiesPercentage)}</TableCell>
            <TableCell className="wb-num">
              {w.opslagPerFte === null ? '–' : euro(i18n, w.opslagPerFte)}
            </TableCell>
            <TableCell className="wb-num">{pct(w.loonstijgingPercentage)}</TableCell>
            <TableCell className="wb-num">{w.vacatureTrede ?? t('wgl.middelste')}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Tabel>
  );
}

/** A new row of werkgeverslasten from a date; the last row is the starting point. */
export function WerkgeverslastenForm({
  vorige,
  onCreated,
}: {
  vorige: Werkgeverslasten | undefined;
  onCreated(w: Werkgeverslasten): void;
}) {
  const { t, lang } = useI18n();
  const tekst = (n: number | null | undefined) => getalAlsTekst(n, lang);
  const [geldigVanaf, setGeldigVanaf] = useState('');
  const [ikb, setIkb] = useState(tekst(vorige?.ikbPercentage ?? 17.05));
  const [pensioen, setPensioen] = useState(tekst(vorige?.pensioenPercentage));
  const [sociaal, setSociaal] = useState(tekst(vorige?.socialePremiesPercentage));
  const [opslag, setOpslag] = useState(tekst(vorige?.opslagPerFte));
  const [loonstijging, setLoonstijging] = useState(tekst(vorige?.loonstijgingPercentage ?? 0));
  const [vacatureTrede, setVacatureTrede] = useState(tekst(vorige?.vacatureTrede));
  const form = useForm('werkgeverslasten-nieuw', {
    geldigVanaf: t('wgl.veld.geldigVanaf'),
    ikbPercentage: t('wgl.veld.ikb'),
    pensioenPercentage: t('wgl.veld.pensioen'),
    socialePremiesPercentage: t('wgl.veld.sociaal'),
    opslagPerFte: t('wgl.veld.opslag'),
    loonstijgingPercentage: t('wgl.veld.loonstijging'),
    vacatureTrede: t('wgl.veld.vacatureTrede'),
  });

  const submit = form.handleSubmit(async () => {
    const g = parseNumberFields(
      {
        ikbPercentage: ikb,
        pensioenPercentage: pensioen,
        socialePremiesPercentage: sociaal,
        opslagPerFte: opslag,
        loonstijgingPercentage: loonstijging,
        vacatureTrede,
      },
      t('fout.geenGetal'),
    );
    const w = await createWerkgeverslasten(
      asEntered<NieuweWerkgeverslasten>({
        geldigVanaf,
        ikbPercentage: g.ikbPercentage,
        pensioenPercentage: g.pensioenPercentage,
        socialePremiesPercentage: g.socialePremiesPercentage,
        opslagPerFte: g.opslagPerFte,
        loonstijgingPercentage: g.loonstijgingPercentage,
        vacatureTrede: g.vacatureTrede,
      }),
    );
    setGeldigVanaf('');
    onCreated(w);
  });

  const getal = { size: 'sm' as const, inputMode: 'decimal' as const, autoComplete: 'off' };
  return (
    <form className="wb-form" noValidate onSubmit={submit} data-testid="werkgeverslasten-form">
      <ErrorSummary form={form} />
      <TextField
        form={form}
        name="geldigVanaf"
        type="date"
        value={geldigVanaf}
        onChange={setGeldigVanaf}
        size="sm"
      />
      <TextField form={form} name="ikbPercentage" value={ikb} onChange={setIkb} {...getal} />
      <TextField form={form} name="pensioenPercentage" value={pensioen} onChange={setPensioen} {...getal} />
      <TextField
        form={form}
        name="socialePremiesPercentage"
        value={sociaal}
        onChange={setSociaal}
        {...getal}
      />
      <TextField form={form} name="opslagPerFte" value={opslag} onChange={setOpslag} optional {...getal} />
      <TextField
        form={form}
        name="loonstijgingPercentage"
        value={loonstijging}
        onChange={setLoonstijging}
        description={t('wgl.veld.loonstijging.uitleg')}
        {...getal}
      />
      <TextField
        form={form}
        name="vacatureTrede"
        value={vacatureTrede}
        onChange={setVacatureTrede}
        optional
        description={t('wgl.veld.vacatureTrede.uitleg')}
        {...getal}
      />
      <FormKnoppen label={t('wgl.toevoegen')} busy={form.busy} />
    </form>
  );
}
