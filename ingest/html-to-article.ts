// Turns an HTML page into article fields: the story's text (not navigation, asides or captions),
// and title, date, url and source from the page's metadata. Pure: the caller reads the file.
// The page is parsed once (htmlparser2); the story's container is chosen on the tree, then html-to-text
// renders just that container, so related-story cards and menus elsewhere on the page never get in.
import render from "dom-serializer";
import type { Element } from "domhandler";
import { findAll, findOne, getAttributeValue, removeElement, textContent } from "domutils";
import { convert, type HtmlToTextOptions } from "html-to-text";
import { parseDocument } from "htmlparser2";

export interface HtmlArticle {
  title: string | null;
  /** Raw date as the page gives it (article:published_time, …): the caller normalises it. */
  date: string | null;
  url: string | null;
  source: string | null;
  text: string;
}

/** Page furniture, not the story: removed from the tree before the container is chosen. */
const FURNITURE_TAGS = new Set([
  "nav", "header", "footer", "aside", "script", "style", "noscript", "template", "iframe", "svg", "form",
  "button", "figure", "figcaption", "img", "picture", "video", "audio", "canvas", "select", "dialog",
]);
const FURNITURE_ROLES = new Set(["navigation", "banner", "contentinfo", "complementary", "search"]);

const RENDER_OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  selectors: [
    { selector: "a", options: { ignoreHref: true } },
    { selector: "img", format: "skip" },
    ...["h1", "h2", "h3", "h4", "h5", "h6"].map((selector) => ({ selector, options: { uppercase: false } })),
    { selector: "table", format: "dataTable" },
  ],
};

export function htmlToArticle(html: string): HtmlArticle {
  const doc = parseDocument(html, { decodeEntities: true });
  const all = findAll(() => true, doc.children);
  const tags = (name: string) => all.filter((e) => e.name === name);

  // Metadata first: it lives in <head>, which the furniture removal below does not touch.
  const meta = (...names: string[]) => {
    for (const name of names) {
      for (const m of tags("meta")) {
        const key = (getAttributeValue(m, "property") ?? getAttributeValue(m, "name") ?? getAttributeValue(m, "itemprop"))?.toLowerCase();
        const content = getAttributeValue(m, "content")?.trim();
        if (key === name && content) return content;
      }
    }
    return null;
  };
  const canonical = tags("link").find((l) => getAttributeValue(l, "rel")?.toLowerCase().split(/\s+/).includes("canonical"));
  const titleTag = tags("title")[0];
  const title = meta("og:title", "twitter:title") ?? (titleTag ? squash(textContent(titleTag)) : null);
  const time = findOne((e) => e.name === "time" && !!getAttributeValue(e, "datetime"), doc.children);

  for (const e of all) {
    const role = getAttributeValue(e, "role")?.toLowerCase();
    if (FURNITURE_TAGS.has(e.name) || (role && FURNITURE_ROLES.has(role)) || getAttributeValue(e, "aria-hidden") === "true") {
      removeElement(e);
    }
  }
  const container = pickContainer(tags("article")) ?? pickContainer(tags("main")) ?? tags("body")[0];
  const text = convert(render(container ?? doc, { decodeEntities: false }), RENDER_OPTIONS).trim();
  return {
    title: title || null,
    date: meta("article:published_time", "datepublished", "date", "dc.date", "pubdate") ?? (time ? getAttributeValue(time, "datetime")!.trim() : null),
    url: (canonical && getAttributeValue(canonical, "href")?.trim()) || meta("og:url"),
    source: meta("og:site_name"),
    text,
  };
}

/** Of several candidates (a story plus related-story cards), the story is the one with the most text. */
function pickContainer(candidates: Element[]): Element | undefined {
  let best: Element | undefined;
  let bestLength = 0;
  for (const c of candidates) {
    const length = squash(textContent(c)).length;
    if (length > bestLength) [best, bestLength] = [c, length];
  }
  return best;
}

function squash(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}
