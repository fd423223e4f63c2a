import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { formatFte, formatGetal, formatProcent } from '../components/numbers';
import type { Lang } from './teksten';
import { dictionaries, type MessageKey } from './woordenboek';

export type { Lang, MessageKey };

const STORAGE_KEY = 'wendbaar.taal';
const LOCALES: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export interface I18n {
  lang: Lang;
  locale: string;
  setLang(lang: Lang): void;
  t: Translate;
  /** '2024-03-01' → '1 maart 2024' */
  formatDate(isoDate: string | null | undefined): string;
  /** 1234.5 → '1.234,5' */
  formatNumber(value: number | null | undefined, fractionDigits?: number): string;
  /** FTE with two decimals: 0.888 → '0,89' */
  formatFte(value: number | null | undefined): string;
  /** A percentage (already times a hundred): 45 → '45%' */
  formatPercentage(value: number | null | undefined): string;
}

function readStoredLang(): Lang {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return stored === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

export function interpolate(template: string, vars?: Record<string, string | number>): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}

/** Parses 'YYYY-MM-DD' as a calendar date (no time zone shift). */
export function parseIsoDate(isoDate: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

export function createI18n(lang: Lang, setLang: (lang: Lang) => void): I18n {
  const messages = dictionaries[lang];
  const locale = LOCALES[lang];
  const dateFormat = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return {
    lang,
    locale,
    setLang,
    // Every page's texts are registered before it renders (woordenboek.ts, checked by
    // teksten-laden.test.ts); should one still be missing, the key beats a broken page.
    t: (key, vars) => interpolate(messages[key] ?? key, vars),
    formatDate: (isoDate) => {
      if (!isoDate) return '';
      const date = parseIsoDate(isoDate);
      return date ? dateFormat.format(date) : isoDate;
    },
    formatNumber: (value, fractionDigits) => formatGetal(locale, value, fractionDigits),
    formatFte: (value) => formatFte(locale, value),
    formatPercentage: (value) => formatProcent(locale, value),
  };
}

const I18nContext = createContext<I18n>(createI18n('nl', () => {}));

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(readStoredLang);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, next);
    } catch {
      // storage may be unavailable (private mode); the choice then lasts for this page only
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo(() => createI18n(lang, setLang), [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}

/** The translate function of the current language. */
export function useT(): Translate {
  return useContext(I18nContext).t;
}
