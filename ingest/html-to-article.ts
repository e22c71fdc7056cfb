// Turns an HTML page into article fields: the story's text (not navigation, asides or captions),
// and title, date, url and source from the page's metadata. Pure: the caller reads the file.
import { convert, type HtmlToTextOptions } from "html-to-text";

export interface HtmlArticle {
  title: string | null;
  /** Raw date as the page gives it (article:published_time, …): the caller normalises it. */
  date: string | null;
  url: string | null;
  source: string | null;
  text: string;
}

/** Elements that are page furniture, not the story. */
const SKIPPED = [
  "nav", "header", "footer", "aside", "script", "style", "noscript", "template", "iframe", "svg", "form",
  "button", "figure", "figcaption", "img", "[role=navigation]", "[role=banner]", "[role=contentinfo]",
  "[aria-hidden=true]",
];

const BASE_OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  selectors: [
    ...SKIPPED.map((selector) => ({ selector, format: "skip" })),
    { selector: "a", options: { ignoreHref: true } },
    ...["h1", "h2", "h3", "h4", "h5", "h6"].map((selector) => ({ selector, options: { uppercase: false } })),
    { selector: "table", format: "dataTable" },
  ],
};

/** The story lives in <article>, else <main>, else <body>: take the first that has text. */
const CONTAINERS = ["article", "main", "body"];

export function htmlToArticle(html: string): HtmlArticle {
  let text = "";
  for (const container of CONTAINERS) {
    text = convert(html, { ...BASE_OPTIONS, baseElements: { selectors: [container], returnDomByDefault: false } }).trim();
    if (text) break;
  }
  if (!text) text = convert(html, BASE_OPTIONS).trim(); // a fragment with no <body>
  const metas = [...html.matchAll(/<meta\b[^>]*>/gi)].map((m) => attributes(m[0]));
  const meta = (...names: string[]) => {
    for (const name of names) {
      const found = metas.find((a) => (a.property ?? a.name ?? a.itemprop)?.toLowerCase() === name && a.content);
      if (found) return found.content!.trim();
    }
    return null;
  };
  const canonical = [...html.matchAll(/<link\b[^>]*>/gi)]
    .map((m) => attributes(m[0]))
    .find((a) => a.rel?.toLowerCase().split(/\s+/).includes("canonical") && a.href);
  const titleTag = /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
  const title = meta("og:title", "twitter:title") ?? (titleTag ? decode(titleTag) : null);
  const timeTag = /<time\b[^>]*\bdatetime\s*=\s*["']([^"']+)["']/i.exec(html)?.[1] ?? null;
  return {
    title: title || null,
    date: meta("article:published_time", "datepublished", "date", "dc.date", "pubdate") ?? timeTag,
    url: canonical?.href?.trim() || meta("og:url"),
    source: meta("og:site_name"),
    text,
  };
}

function attributes(tag: string): Record<string, string | undefined> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
    out[m[1]!.toLowerCase()] = decode(m[2] ?? m[3] ?? m[4] ?? "");
  }
  return out;
}

/** Entity-decodes a snippet of text (html-to-text knows every named entity). */
function decode(s: string): string {
  return /[&<]/.test(s) ? convert(s, { wordwrap: false }).replace(/\s+/g, " ").trim() : s.replace(/\s+/g, " ").trim();
}
