import { Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { listRaadsbrieven, type Raadsbrief } from '../../api/raadsbrief';
import { useT } from '../../i18n/i18n';
import { AppLink } from '../AppLink';
import { LoadError, Loading } from '../DataState';
import { DateText } from '../DateText';
import { useResource } from '../useResource';

/**
 * The letters to the raad: those waiting for the college (for the college itself: "waiting for your
 * approval", from the letter's own `mag.vaststellen`), those approved and still to be sent, and
 * those sent, newest first. Which letters a role reads is the server's (the OR: only those sent).
 */
export function RaadsbrievenDeel() {
  const t = useT();
  const res = useResource('verandering-raadsbrieven', () => listRaadsbrieven());
  if (res.error) return <LoadError error={res.error} onRetry={res.reload} />;
  if (!res.data) return <Loading />;
  const brieven = res.data.resultaten;
  const concept = brieven.filter((b) => b.status === 'concept');
  const wachtOpU = concept.filter((b) => b.mag.vaststellen);
  const bijCollege = concept.filter((b) => !b.mag.vaststellen);
  const teVerzenden = brieven.filter((b) => b.status === 'vastgesteld');
  const verzonden = brieven
    .filter((b) => b.status === 'verzonden')
    .sort((a, b) => (b.verzonden?.op ?? '').localeCompare(a.verzonden?.op ?? ''));
  return (
    <>
      {wachtOpU.length > 0 && (
        <Lijst
          titel={t('verandering.raadsbrieven.wachtOpU')}
          brieven={wachtOpU}
          testId="raadsbrieven-wacht-op-u"
        />
      )}
      {bijCollege.length > 0 && (
        <Lijst
          titel={t('verandering.raadsbrieven.bijCollege')}
          brieven={bijCollege}
          testId="raadsbrieven-bij-college"
        />
      )}
      {teVerzenden.length > 0 && (
        <Lijst
          titel={t('verandering.raadsbrieven.teVerzenden')}
          brieven={teVerzenden}
          testId="raadsbrieven-te-verzenden"
          datum={(b) =>
            b.vastgesteld && (
              <>
                {t('verandering.raadsbrieven.vastgesteldOp')}{' '}
                <DateText value={b.vastgesteld.op.slice(0, 10)} />
              </>
            )
          }
        />
      )}
      <h3>{t('verandering.raadsbrieven.verzonden')}</h3>
      {verzonden.length === 0 ? (
        <Paragraph>{t('verandering.raadsbrieven.geenVerzonden')}</Paragraph>
      ) : (
        <BriefLijst
          brieven={verzonden}
          testId="raadsbrieven-verzonden"
          datum={(b) =>
            b.verzonden && (
              <>
                {t('verandering.raadsbrieven.verzondenOp')} <DateText value={b.verzonden.op.slice(0, 10)} />
              </>
            )
          }
        />
      )}
      <Paragraph>
        <AppLink to="/raadsbrieven">{t('verandering.raadsbrieven.alle')}</AppLink>
      </Paragraph>
    </>
  );
}

type Datum = (b: Raadsbrief) => ReactNode;

function Lijst({
  titel,
  brieven,
  testId,
  datum,
}: {
  titel: string;
  brieven: Raadsbrief[];
  testId: string;
  datum?: Datum;
}) {
  return (
    <>
      <h3>{titel}</h3>
      <BriefLijst brieven={brieven} testId={testId} datum={datum} />
    </>
  );
}

function BriefLijst({ brieven, testId, datum }: { brieven: Raadsbrief[]; testId: string; datum?: Datum }) {
  const t = useT();
  return (
    <ul data-testid={testId}>
      {brieven.map((b) => (
        <li key={b.id}>
          <AppLink to={`/raadsbrieven/${b.id}`}>
            {t('verandering.raadsbrieven.regel', { nummer: b.documentnummer, onderwerp: b.onderwerp })}
          </AppLink>
          {datum && <> ({datum(b)})</>}
        </li>
      ))}
    </ul>
  );
}
