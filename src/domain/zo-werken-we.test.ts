import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isInhoudGewijzigd, nieuweInhoud, paginaProblemen, verplaats } from './zo-werken-we';
import { isVeiligeLink, renderMarkdown } from './zo-werken-we-markdown';
import { herbouw, telVerschil, verschil } from './zo-werken-we-verschil';

const inhoud = { titel: 'Zo werken we samen', samenvatting: 'Kort', tekst: 'Tekst\n' };

describe('page content and versions', () => {
  it('takes what a change names and keeps the rest; line endings are stored as \\n', () => {
    expect(nieuweInhoud(inhoud, { tekst: 'a\r\nb\rc' })).toEqual({ ...inhoud, tekst: 'a\nb\nc' });
    expect(nieuweInhoud(inhoud, {})).toEqual(inhoud);
    expect(isInhoudGewijzigd(inhoud, nieuweInhoud(inhoud, { titel: inhoud.titel }))).toBe(false);
    expect(isInhoudGewijzigd(inhoud, nieuweInhoud(inhoud, { samenvatting: '' }))).toBe(true);
  });

  it('refuses a title another page has, whatever its case or spaces', () => {
    expect(paginaProblemen(inhoud, ['Leren en evalueren'])).toEqual([]);
    expect(paginaProblemen(inhoud, [' zo WERKEN we samen '])).toEqual([
      expect.objectContaining({ veld: 'titel', code: 'bestaat-al' }),
    ]);
  });

  it('moves a page to a place, clamped to the list', () => {
    expect(verplaats(['a', 'b', 'c'], 'c', 1)).toEqual(['c', 'a', 'b']);
    expect(verplaats(['a', 'b', 'c'], 'a', 2)).toEqual(['b', 'a', 'c']);
    expect(verplaats(['a', 'b', 'c'], 'a', 99)).toEqual(['b', 'c', 'a']);
    expect(verplaats(['a', 'b', 'c'], 'b', 0)).toEqual(['b', 'a', 'c']);
  });

  it('a move keeps every page exactly once (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string(), { minLength: 1 }),
        fc.nat(),
        fc.integer({ min: -5, max: 50 }),
        (ids, i, plek) => {
          const id = ids[i % ids.length]!;
          const na = verplaats(ids, id, plek);
          expect([...na].sort()).toEqual([...ids].sort());
          expect(na.indexOf(id)).toBe(Math.max(0, Math.min(ids.length - 1, plek - 1)));
        },
      ),
    );
  });
});

describe('the difference between two versions', () => {
  it('shows a changed word within a line, and added lines', () => {
    const d = verschil(
      'We werken samen.\nTweede regel.\n',
      'We werken graag samen.\nTweede regel.\nNieuw.\n',
    );
    expect(d).toEqual([
      { soort: 'gelijk', tekst: 'We werken ' },
      { soort: 'toegevoegd', tekst: 'graag ' },
      { soort: 'gelijk', tekst: 'samen.\nTweede regel.\n' },
      { soort: 'toegevoegd', tekst: 'Nieuw.\n' },
    ]);
    expect(telVerschil(d)).toEqual({ toegevoegd: 2, verwijderd: 0 });
    expect(verschil('', '')).toEqual([]);
  });

  // Texts of words, spaces and line breaks: what pages are made of.
  const tekst = fc
    .array(fc.constantFrom('samen', 'werken', 'we', 'leren', ' ', '\n', '- ', '# ', 'é', '.'), {
      maxLength: 60,
    })
    .map((delen) => delen.join(''));

  it('a text compared with itself has no changes (property)', () => {
    fc.assert(
      fc.property(fc.oneof(tekst, fc.string()), (t) => {
        expect(verschil(t, t).every((d) => d.soort === 'gelijk')).toBe(true);
      }),
    );
  });

  it('the parts rebuild both the older and the newer version (property)', () => {
    fc.assert(
      fc.property(fc.oneof(tekst, fc.string()), fc.oneof(tekst, fc.string()), (oud, nieuw) => {
        const d = verschil(oud, nieuw);
        expect(herbouw(d, 'oud')).toBe(oud);
        expect(herbouw(d, 'nieuw')).toBe(nieuw);
        expect(d.every((x) => x.tekst.length > 0)).toBe(true);
      }),
    );
  });
});

/** Is there a tag with an event handler, a script, or a dangerous link or source in the HTML? */
function onveilig(html: string): string | null {
  if (/<script/i.test(html)) return 'script';
  if (/<[a-z][^>]*\son[a-z]+\s*=/i.test(html)) return 'on*-attribuut';
  if (/<(iframe|object|embed|style|svg|math|img)\b/i.test(html)) return 'ingesloten inhoud';
  const doelen = [...html.matchAll(/\s(?:href|src)="([^"]*)"/gi)].map((m) => m[1]!);
  return doelen.find((d) => !isVeiligeLink(d)) ?? null;
}

describe('sanitised Markdown', () => {
  it('escapes raw HTML and drops unsafe link targets', () => {
    const html = renderMarkdown(
      '<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[a](javascript:alert(1)) [b](JAVASCRIPT:x) [c](java\tscript:x) [d](data:text/html,x) ![e](data:image/png;base64,AA) <vbscript:x> [f](/zo-werken-we) [g](https://example.nl) [h](mailto:po@example.nl)',
    );
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(onveilig(html)).toBeNull();
    expect(html).toContain('<a href="/zo-werken-we">f</a>');
    expect(html).toContain('<a href="https://example.nl" rel="noopener noreferrer">g</a>');
    expect(html).toContain('<a href="mailto:po@example.nl">h</a>');
    expect(html).not.toMatch(/href="(javascript|data|vbscript)/i);
  });

  it('puts headings one level below the page title', () => {
    expect(renderMarkdown('# Een\n\n## Twee\n\n###### Zes')).toBe(
      '<h2>Een</h2>\n<h3>Twee</h3>\n<h6>Zes</h6>\n',
    );
  });

  it('accepts only http, https, mailto and targets on this site', () => {
    for (const url of [
      'https://a.nl',
      'http://a.nl/x?y#z',
      'mailto:a@b.nl',
      '/pad',
      '#kop',
      'pad/sub',
      '?q=1',
    ]) {
      expect(isVeiligeLink(url), url).toBe(true);
    }
    for (const url of [
      'javascript:x',
      ' JavaScript:x',
      'java\nscript:x',
      '\u0001javascript:x',
      'data:x',
      'vbscript:x',
      'file:///etc/passwd',
    ]) {
      expect(isVeiligeLink(url), url).toBe(false);
    }
  });

  // Markdown built from the pieces attacks are made of: tags, handlers, schemes, quotes, brackets.
  const aanval = fc
    .array(
      fc.oneof(
        fc.constantFrom(
          '<script>',
          '</script>',
          '<img src=x onerror=alert(1)>',
          '<a href="javascript:x">',
          '<svg onload=x>',
          '[x](',
          ')',
          '](',
          '![',
          '<',
          '>',
          '"',
          "'",
          ' onclick=',
          'javascript:',
          'data:text/html,',
          'JaVaScRiPt:',
          '&#106;avascript:',
          '\t',
          '\n',
          '\n\n',
          '`',
          '*',
          '<http://x.nl>',
          '<javascript:alert(1)>',
          'https://x.nl',
          '&lt;',
          '[ref]: javascript:x\n',
          '[ref]',
        ),
        fc.string({ maxLength: 5 }),
      ),
      { maxLength: 40 },
    )
    .map((d) => d.join(''));

  it('never outputs a script, an on* attribute or an unsafe link for generated input (property)', () => {
    fc.assert(
      fc.property(aanval, (md) => {
        expect(onveilig(renderMarkdown(md))).toBeNull();
      }),
      { numRuns: 500 },
    );
  });
});
