import { UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { listTeams } from '../../../api/client';
import { useT } from '../../../i18n/i18n';
import { TextField } from '../../FormFields';
import { Section } from '../../Section';
import { useResource } from '../../useResource';
import { Gegevens, ofNull, Tekst, tekst } from '../Gegevens';
import { type Kolom, type Rij, RijenEditor, rijLabels } from '../RijenEditor';
import { boSectieId, SectieForm, type SectieProps } from './SectieForm';

const PERSONEN = ['bestuurlijkOpdrachtgever', 'ambtelijkOpdrachtgever', 'opdrachtnemer'] as const;
type Persoon = (typeof PERSONEN)[number];
type Waarden = Record<Persoon, string> & { teams: Rij[] };
const TEAMS = 'rollen.teams';

/** Who commissions and who carries out the mandate, and what each team involved contributes. */
export function RollenSectie({ opdracht, bewerken, onSaved, haalActueel }: SectieProps) {
  const t = useT();
  const teams = useResource('wb-alle-teams', () =>
    listTeams({ status: 'actief', sorteer: 'naam', paginaGrootte: 500 }),
  );
  const opties = (teams.data?.resultaten ?? []).map((team) => ({ value: team.id, label: team.naam }));
  const teamNaam = (id: string) => opties.find((o) => o.value === id)?.label ?? '…';
  const kolommen: Kolom[] = [
    { sleutel: 'teamId', label: t('kolom.team'), soort: 'keuze', opties, placeholder: t('veld.kiesTeam') },
    { sleutel: 'rol', label: t('wb.bo.rollen.teamRol') },
  ];
  const rijNaam = (n: number) => t('wb.bo.rollen.team', { nummer: n });
  const r = opdracht.rollen;
  return (
    <Section title={t('wb.bo.sectie.rollen')} anchorId={boSectieId('rollen')}>
      {bewerken ? (
        <SectieForm<Waarden>
          opdracht={opdracht}
          sectie={t('wb.bo.sectie.rollen')}
          onSaved={onSaved}
          haalActueel={haalActueel}
          beginWaarden={(o) => ({
            bestuurlijkOpdrachtgever: tekst(o.rollen.bestuurlijkOpdrachtgever),
            ambtelijkOpdrachtgever: tekst(o.rollen.ambtelijkOpdrachtgever),
            opdrachtnemer: tekst(o.rollen.opdrachtnemer),
            teams: o.rollen.teams.map((team) => ({ teamId: team.teamId, rol: team.rol })),
          })}
          labels={(w) => ({
            ...Object.fromEntries(PERSONEN.map((p) => [`rollen.${p}`, t(`wb.bo.rollen.${p}`)])),
            [TEAMS]: t('wb.bo.rollen.teams'),
            ...rijLabels(TEAMS, kolommen, w.teams.length, rijNaam),
          })}
          naarPatch={(w) => ({
            rollen: {
              bestuurlijkOpdrachtgever: ofNull(w.bestuurlijkOpdrachtgever),
              ambtelijkOpdrachtgever: ofNull(w.ambtelijkOpdrachtgever),
              opdrachtnemer: ofNull(w.opdrachtnemer),
              teams: w.teams.map((team) => ({ teamId: team.teamId ?? '', rol: (team.rol ?? '').trim() })),
            },
          })}
          velden={(form, w, zet) => (
            <>
              {PERSONEN.map((p) => (
                <TextField
                  key={p}
                  form={form}
                  name={`rollen.${p}`}
                  value={w[p]}
                  onChange={(waarde) => zet({ ...w, [p]: waarde })}
                  description={t(`wb.bo.rollen.${p}.uitleg`)}
                  autoComplete="off"
                />
              ))}
              <RijenEditor
                form={form}
                legend={t('wb.bo.rollen.teams')}
                naam={TEAMS}
                kolommen={kolommen}
                rijen={w.teams}
                onChange={(rijen) => zet({ ...w, teams: rijen })}
                rijNaam={rijNaam}
                toevoegenLabel={t('wb.bo.rollen.teamToevoegen')}
              />
            </>
          )}
        />
      ) : (
        <Gegevens
          items={[
            ...PERSONEN.map((p) => ({ label: t(`wb.bo.rollen.${p}`), waarde: <Tekst waarde={r[p]} /> })),
            {
              label: t('wb.bo.rollen.teams'),
              waarde:
                r.teams.length === 0 ? null : (
                  <UnorderedList className="wb-compact-list">
                    {r.teams.map((team) => (
                      <UnorderedListItem key={team.teamId}>
                        {teamNaam(team.teamId)}: {team.rol}
                      </UnorderedListItem>
                    ))}
                  </UnorderedList>
                ),
            },
          ]}
        />
      )}
    </Section>
  );
}
