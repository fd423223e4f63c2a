import type { Migration } from './migration';

/**
 * Managing gesprekssoorten and ontwikkelthema's (issue 14): both can now be renamed and switched
 * off or on. A change goes through If-Match like every other change, so two P&O advisers renaming
 * the same kind at once cannot silently overwrite each other; `gesprekssoort` had no version yet
 * (`ontwikkelthema` has one since 0017). Existing kinds start at version 1.
 */
export const migration0021: Migration = {
  name: '0021_beheer_soorten_themas',
  statements: ['alter table gesprekssoort add column versie integer not null default 1'],
};
