import { Button, ButtonGroup } from '@utrecht/component-library-react';
import type { useSearchParams } from 'react-router';
import { useI18n } from '../../i18n/i18n';

/** The year in the address (`?jaar=2027`), this year by default. */
export function useJaar([params, setParams]: ReturnType<typeof useSearchParams>): [
  number,
  (jaar: number) => void,
] {
  const gevraagd = Number(params.get('jaar'));
  const jaar =
    Number.isInteger(gevraagd) && gevraagd >= 2000 && gevraagd <= 2100 ? gevraagd : new Date().getFullYear();
  return [
    jaar,
    (j) => {
      const next = new URLSearchParams(params);
      next.set('jaar', String(j));
      setParams(next, { replace: true });
    },
  ];
}

/** The year shown, with buttons to the year before and after. */
export function JaarKeuze({ jaar, onKies }: { jaar: number; onKies(jaar: number): void }) {
  const { t } = useI18n();
  return (
    <ButtonGroup aria-label={t('ow.jaar')}>
      <Button appearance="subtle-button" onClick={() => onKies(jaar - 1)}>
        {t('ow.vorigJaar')}
      </Button>
      <strong aria-live="polite">{jaar}</strong>
      <Button appearance="subtle-button" onClick={() => onKies(jaar + 1)}>
        {t('ow.volgendJaar')}
      </Button>
    </ButtonGroup>
  );
}
