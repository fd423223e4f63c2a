/** The languages of the web app: Dutch first (the default), English second. */
export type Lang = 'nl' | 'en';

/** One text in every language, e.g. `{ nl: 'Opslaan', en: 'Save' }`. Placeholders: {naam}. */
export type Tekst = { readonly [L in Lang]: string };

/**
 * The texts of one area (teksten.<area>.ts), by key. An area's file is typed
 * `{ … } as const satisfies Teksten`: a text without its Dutch or English version fails `tsc`.
 */
export type Teksten = Readonly<Record<string, Tekst>>;
