import { useT } from '../../i18n/i18n';

export interface Fase {
  sleutel: string;
  label: string;
}

/**
 * The lifecycle of a dossier as a row of numbered phases: the current one is marked (aria-current
 * "step") and says so in words, phases passed say "doorlopen"; colour only supports the text.
 */
export function Fasebalk({
  label,
  fasen,
  huidig,
  doorlopen,
}: {
  label: string;
  fasen: Fase[];
  huidig: string;
  doorlopen: ReadonlySet<string>;
}) {
  const t = useT();
  return (
    <ol className="wb-fasebalk" aria-label={label} data-testid="fasebalk">
      {fasen.map((fase, index) => {
        const isHuidig = fase.sleutel === huidig;
        const isDoorlopen = !isHuidig && doorlopen.has(fase.sleutel);
        const stand = isHuidig ? 'huidig' : isDoorlopen ? 'doorlopen' : 'open';
        return (
          <li
            key={fase.sleutel}
            className={`wb-fasebalk__fase wb-fasebalk__fase--${stand}`}
            aria-current={isHuidig ? 'step' : undefined}
          >
            <span className="wb-fasebalk__nummer" aria-hidden="true">
              {isDoorlopen ? '✓' : index + 1}
            </span>
            <span className="wb-fasebalk__naam">{fase.label}</span>
            {stand !== 'open' && (
              <span className="wb-fasebalk__stand">
                {isHuidig ? t('wb.fase.huidig') : t('wb.fase.doorlopen')}
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
