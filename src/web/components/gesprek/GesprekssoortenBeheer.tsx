import {
  createGesprekssoort,
  type Gesprekssoort,
  listGesprekssoorten,
  updateGesprekssoort,
} from '../../api/gesprek';
import { CatalogusBeheer, type CatalogusTeksten } from '../CatalogusBeheer';
import { LoadError, Loading } from '../DataState';
import { useResource } from '../useResource';

const TEKSTEN: CatalogusTeksten = {
  titel: 'gesprek.soorten.titel',
  uitleg: 'gesprek.soorten.uitleg',
  naam: 'gesprek.soorten.naam',
  status: 'gesprek.soorten.status',
  acties: 'gesprek.soorten.acties',
  actief: 'gesprek.soorten.actief',
  nietActief: 'gesprek.soorten.nietActief',
  wijzigen: 'gesprek.soorten.hernoemen',
  uitzetten: 'gesprek.soorten.uitzetten',
  aanzetten: 'gesprek.soorten.aanzetten',
  opslaan: 'gesprek.soorten.opslaan',
  opgeslagen: 'gesprek.soorten.hernoemd',
  uitgezet: 'gesprek.soorten.uitgezet',
  aangezet: 'gesprek.soorten.aangezet',
  nieuwTitel: 'gesprek.soorten.nieuwTitel',
  toevoegen: 'gesprek.soorten.toevoegen',
  toegevoegd: 'gesprek.soorten.toegevoegd',
};

/**
 * The kinds of conversation, switched-off ones included ("niet actief"): P&O and the beheerder
 * (`mag.wijzigen` of the answer) add one, rename one, or switch it off and on again. Switching off
 * is safe: conversations held under a kind keep it; it is only no longer offered for a new one.
 */
export function GesprekssoortenBeheer() {
  const res = useResource('gesprekssoorten', listGesprekssoorten);
  if (res.error) return <LoadError error={res.error} onRetry={res.reload} />;
  if (!res.data) return <Loading />;
  const { resultaten, mag } = res.data;
  return (
    <CatalogusBeheer<Gesprekssoort>
      soort="gesprekssoorten"
      teksten={TEKSTEN}
      resultaten={resultaten}
      sleutel={(s) => s.code}
      magWijzigen={mag.wijzigen}
      magToevoegen={mag.wijzigen}
      wijzig={(s, { naam, actief }) => updateGesprekssoort(s, { naam, actief })}
      voegToe={({ naam }) => createGesprekssoort({ naam })}
      onReload={res.reload}
    />
  );
}
