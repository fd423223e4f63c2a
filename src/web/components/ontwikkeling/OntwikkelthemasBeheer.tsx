import {
  createOntwikkelthema,
  listOntwikkelthemas,
  type Ontwikkelthema,
  updateOntwikkelthema,
} from '../../api/ontwikkeling';
import { CatalogusBeheer, type CatalogusTeksten } from '../CatalogusBeheer';
import { LoadError, Loading } from '../DataState';
import { useResource } from '../useResource';

const TEKSTEN: CatalogusTeksten = {
  titel: 'ow.thema.titel',
  uitleg: 'ow.thema.uitleg',
  naam: 'ow.thema.naam',
  omschrijving: 'ow.thema.omschrijving',
  status: 'ow.thema.status',
  acties: 'ow.thema.acties',
  actief: 'ow.thema.actief',
  nietActief: 'ow.thema.nietActief',
  wijzigen: 'ow.thema.wijzigen',
  uitzetten: 'ow.thema.uitzetten',
  aanzetten: 'ow.thema.aanzetten',
  opslaan: 'ow.opslaan',
  opgeslagen: 'ow.thema.opgeslagen',
  uitgezet: 'ow.thema.uitgezet',
  aangezet: 'ow.thema.aangezet',
  nieuwTitel: 'ow.thema.nieuwTitel',
  toevoegen: 'ow.thema.toevoegen',
  toegevoegd: 'ow.thema.toegevoegd',
};

/**
 * The organisation's development themes, switched-off ones included ("niet actief"): P&O and the
 * directie (`mag` of the answer) add one, rename or describe one, or switch it off and on again.
 * Goals that have a switched-off theme keep it; it is only no longer offered for a new goal.
 */
export function OntwikkelthemasBeheer() {
  const res = useResource('ontwikkelthemas', listOntwikkelthemas);
  if (res.error) return <LoadError error={res.error} onRetry={res.reload} />;
  if (!res.data) return <Loading />;
  const { resultaten, mag } = res.data;
  return (
    <CatalogusBeheer<Ontwikkelthema>
      soort="ontwikkelthemas"
      teksten={TEKSTEN}
      resultaten={resultaten}
      sleutel={(th) => th.id}
      magWijzigen={mag.wijzigen}
      magToevoegen={mag.aanmaken}
      wijzig={(th, wijziging) => updateOntwikkelthema(th, wijziging)}
      voegToe={(velden) => createOntwikkelthema(velden)}
      onReload={res.reload}
    />
  );
}
