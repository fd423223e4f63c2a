import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import type { ProblemError } from '../../api/client';
import { type Gesprek, type GesprekActie, rondActieAf } from '../../api/gesprek';
import { useT } from '../../i18n/i18n';
import { Badge } from '../Badge';
import { LoadError } from '../DataState';
import { DateText } from '../DateText';
import { toProblemError } from '../useResource';
import { ActieForm } from './ActieForm';
import { NotitieForm } from './NotitieForm';

/** One conversation: its report, the agreed actions and the medewerker's own notes, with the forms the caller may use. */
export function GesprekKaart({
  gesprek,
  onChanged,
}: {
  gesprek: Gesprek;
  onChanged(melding?: string): void;
}) {
  const t = useT();
  const kopId = `gesprek-${gesprek.id}-kop`;
  return (
    <article className="wb-card" aria-labelledby={kopId}>
      <Heading level={3} id={kopId}>
        {gesprek.soortNaam} · <DateText value={gesprek.datum} />
      </Heading>
      <dl className="wb-dl">
        <dt>{t('gesprek.status')}</dt>
        <dd>{t(`gesprek.status.${gesprek.status}`)}</dd>
        <dt>{t('gesprek.leidinggevende')}</dt>
        <dd>{gesprek.leidinggevende?.naam ?? '–'}</dd>
        <dt>{t('gesprek.team')}</dt>
        <dd>{gesprek.team?.naam ?? '–'}</dd>
        {gesprek.deelnemers && (
          <>
            <dt>{t('gesprek.deelnemers')}</dt>
            <dd>{gesprek.deelnemers}</dd>
          </>
        )}
      </dl>
      <Heading level={4}>{t('gesprek.verslag')}</Heading>
      <Paragraph className="wb-pre-wrap">{gesprek.verslag || t('gesprek.geenVerslag')}</Paragraph>
      <Heading level={4}>{t('gesprek.acties')}</Heading>
      {gesprek.acties.length === 0 ? (
        <Paragraph>{t('gesprek.geenActies')}</Paragraph>
      ) : (
        <ul className="wb-lijst">
          {gesprek.acties.map((a) => (
            <ActieRegel key={a.id} gesprekId={gesprek.id} actie={a} onChanged={onChanged} />
          ))}
        </ul>
      )}
      {gesprek.mag.wijzigen && (
        <ActieForm gesprekId={gesprek.id} onSaved={() => onChanged(t('gesprek.actie.toegevoegd'))} />
      )}
      <Heading level={4}>{t('gesprek.notities')}</Heading>
      {gesprek.notities.length === 0 ? (
        <Paragraph>{t('gesprek.geenNotities')}</Paragraph>
      ) : (
        <ul className="wb-lijst">
          {gesprek.notities.map((n) => (
            <li key={n.id} className="wb-pre-wrap">
              {n.tekst}
            </li>
          ))}
        </ul>
      )}
      {gesprek.mag.notitieToevoegen && (
        <NotitieForm gesprekId={gesprek.id} onSaved={() => onChanged(t('gesprek.notitie.toegevoegd'))} />
      )}
    </article>
  );
}

function ActieRegel({
  gesprekId,
  actie,
  onChanged,
}: {
  gesprekId: string;
  actie: GesprekActie;
  onChanged(melding?: string): void;
}) {
  const t = useT();
  const [fout, setFout] = useState<ProblemError | null>(null);
  const [bezig, setBezig] = useState(false);
  const wissel = async () => {
    setBezig(true);
    setFout(null);
    try {
      await rondActieAf(gesprekId, actie, actie.afgerondOp === null);
      onChanged();
    } catch (e) {
      setFout(toProblemError(e));
    } finally {
      setBezig(false);
    }
  };
  return (
    <li>
      {actie.omschrijving} ({t(`gesprek.actie.eigenaar.${actie.eigenaar}`)}
      {actie.deadline && (
        <>
          , {t('gesprek.actie.deadlineTekst')} <DateText value={actie.deadline} />
        </>
      )}
      ){' '}
      {actie.afgerondOp ? (
        <Badge tone="safe">
          {t('gesprek.actie.afgerond')} <DateText value={actie.afgerondOp} />
        </Badge>
      ) : actie.verlopen ? (
        <Badge tone="danger">{t('gesprek.actie.verlopen')}</Badge>
      ) : (
        <Badge tone="neutral">{t('gesprek.actie.open')}</Badge>
      )}{' '}
      {actie.mag.afronden && (
        <Button appearance="secondary-action-button" busy={bezig} onClick={wissel}>
          {actie.afgerondOp ? t('gesprek.actie.heropenen') : t('gesprek.actie.afronden')}
          <span className="wb-visually-hidden">: {actie.omschrijving}</span>
        </Button>
      )}
      {fout && <LoadError error={fout} />}
    </li>
  );
}
