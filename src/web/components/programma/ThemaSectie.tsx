import { Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useMag } from '../../access/sessie';
import { deleteVeranderThema, type VeranderFase, type VeranderThema } from '../../api/veranderprogramma';
import { useT } from '../../i18n/i18n';
import { Badge, type BadgeTone } from '../Badge';
import { Disclosure } from '../Disclosure';
import { Section } from '../Section';
import { ActieForm } from './ActieForm';
import { ActieTabel } from './ActieTabel';
import { BewerkPaneel, ItemKnoppen, useBewerken, useProgrammaVerwijderen } from './bewerken';
import { LedenLijst } from './LedenLijst';
import { LidForm } from './LidForm';
import { ThemaForm } from './ThemaForm';

export const STAND_TOON: Record<VeranderThema['stand'], BadgeTone> = {
  'op-schema': 'safe',
  achter: 'warning',
  gereed: 'neutral',
  gepauzeerd: 'inactive',
};

/** The id of the themes' overview: focus and the message go there after a theme was removed. */
export const THEMAS_SECTIE = 'programma-themas';

/**
 * One theme: where it stands, its trekker, its transitieteam and its actions and milestones. The
 * directeur and programmaregisseur change or remove the theme; whoever manages it (the trekker too)
 * keeps its team and actions. Every control shows only when the server's `mag` and the route allow.
 */
export function ThemaSectie({
  thema: x,
  fases,
  onGewijzigd,
}: {
  thema: VeranderThema;
  fases: VeranderFase[];
  onGewijzigd(): void;
}) {
  const t = useT();
  const mag = useMag();
  const sectieId = `thema-${x.id}`;
  const [nieuweActie, setNieuweActie] = useState(false);
  const [nieuwLid, setNieuwLid] = useState(false);
  const bewerken = useBewerken<VeranderThema>('vp-thema', onGewijzigd);
  const verwijderen = useProgrammaVerwijderen<VeranderThema>({
    verwijder: (th) => deleteVeranderThema(th.id, th.versie),
    na: onGewijzigd,
    titel: t('programma.thema.verwijderenTitel'),
    tekst: (th) => t('programma.thema.verwijderenTekst', { naam: th.naam, aantal: th.acties.length }),
    melding: (th) => t('programma.thema.verwijderd', { naam: th.naam }),
    focusNa: THEMAS_SECTIE,
    bij: THEMAS_SECTIE,
  });
  const wijzigen = x.mag.wijzigen && mag('PATCH /verander-themas/{themaId}');
  const weg = x.mag.verwijderen && mag('DELETE /verander-themas/{themaId}');
  const beheren = x.mag.beheren && mag('POST /verander-themas/{themaId}/acties');
  const open = bewerken.item?.id === x.id;
  return (
    <Section title={x.naam} anchorId={sectieId}>
      <Paragraph>
        <Badge tone={STAND_TOON[x.stand]}>{t(`programma.stand.${x.stand}`)}</Badge>{' '}
        {x.trekker ? t('programma.thema.trekker', { naam: x.trekker.naam }) : t('programma.geenTrekker')}
        {x.status !== 'actief' && <> ({t(`programma.thema.status.${x.status}`)})</>}
      </Paragraph>
      {x.omschrijving && <Paragraph>{x.omschrijving}</Paragraph>}
      <ItemKnoppen
        naam={x.naam}
        wijzigen={
          wijzigen
            ? {
                id: bewerken.knopId(x.id),
                label: t('programma.thema.wijzigen'),
                open,
                onClick: () => (open ? bewerken.sluit() : bewerken.open(x)),
              }
            : undefined
        }
        verwijderen={
          weg ? { label: t('programma.thema.verwijderen'), onClick: () => verwijderen.vraag(x) } : undefined
        }
      />
      {wijzigen && !x.mag.verwijderen && (
        <Paragraph className="wb-muted">{t('programma.thema.blijft')}</Paragraph>
      )}
      {verwijderen.dialoog}
      {open && bewerken.item && (
        <BewerkPaneel>
          <ThemaForm
            thema={bewerken.item}
            fases={fases}
            onOpgeslagen={bewerken.klaar}
            onAnnuleer={bewerken.sluit}
            onHerladen={bewerken.klaar}
          />
        </BewerkPaneel>
      )}
      <h3>{t('programma.thema.leden')}</h3>
      <LedenLijst thema={x} beheren={beheren} sectieId={sectieId} onGewijzigd={onGewijzigd} />
      {beheren && (
        <Disclosure
          label={
            <>
              {t('programma.lid.nieuw')}
              <span className="wb-visually-hidden">: {x.naam}</span>
            </>
          }
          open={nieuwLid}
          onToggle={setNieuwLid}
        >
          <LidForm themaId={x.id} onOpgeslagen={onGewijzigd} />
        </Disclosure>
      )}
      <h3>{t('programma.thema.acties')}</h3>
      <ActieTabel thema={x} schrijven={beheren} sectieId={sectieId} onGewijzigd={onGewijzigd} />
      {beheren && (
        <Disclosure
          label={
            <>
              {t('programma.actie.nieuw')}
              <span className="wb-visually-hidden">: {x.naam}</span>
            </>
          }
          open={nieuweActie}
          onToggle={setNieuweActie}
        >
          <ActieForm themaId={x.id} onOpgeslagen={onGewijzigd} />
        </Disclosure>
      )}
    </Section>
  );
}
