import MarkdownIt from 'markdown-it';

/**
 * "Zo werken we" pages are written in Markdown and rendered to HTML here, on the server, in one
 * place: the web app shows the HTML it is given and never renders Markdown itself. Sanitising is by
 * construction rather than by filtering afterwards:
 * - `html: false`: raw HTML in the text (a <script>, an <img onerror=…>) is escaped, shown as text;
 * - no images: an image would load from wherever its author pointed (and data: URLs are a way in);
 * - headings are one level down (the page title is the h1);
 * - every link target passes `isVeiligeLink`: http(s), mailto, or a path/anchor on this site. Any
 *   other scheme (javascript:, vbscript:, data:, file:, …) leaves the link as plain text.
 */
const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });
md.disable(['image']);
md.validateLink = isVeiligeLink;

const standaardLinkOpen = md.renderer.rules.link_open;
// A link to another site does not get to control this window (window.opener) or learn the page.
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx]!;
  const href = String(token.attrGet('href') ?? '');
  if (/^https?:/i.test(href)) token.attrSet('rel', 'noopener noreferrer');
  return standaardLinkOpen
    ? standaardLinkOpen(tokens, idx, options, env, self)
    : self.renderToken(tokens, idx, options);
};

// The page's title is its h1: a heading in the text is one level below it (# is h2, ###### stays h6).
for (const soort of ['heading_open', 'heading_close'] as const) {
  md.renderer.rules[soort] = (tokens, idx, options, _env, self) => {
    const token = tokens[idx]!;
    token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + 1)}`;
    return self.renderToken(tokens, idx, options);
  };
}

const TOEGESTANE_SCHEMAS = new Set(['http', 'https', 'mailto']);

/**
 * May this be the target of a link? Browsers drop tabs, newlines and leading control characters
 * from a URL before they read its scheme (`java\tscript:`), so those are dropped here first; then
 * anything with a scheme must be http, https or mailto. A target without a scheme (a path, an
 * anchor, `a/b?c`) stays on this site.
 */
export function isVeiligeLink(url: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed.
  const schoon = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const schema = /^([^:/?#]*):/.exec(schoon);
  if (!schema) return true;
  return TOEGESTANE_SCHEMAS.has(schema[1]!.toLowerCase());
}

/** The page's Markdown as safe HTML (see above): no raw HTML, no images, only safe link targets. */
export function renderMarkdown(tekst: string): string {
  return md.render(tekst);
}
