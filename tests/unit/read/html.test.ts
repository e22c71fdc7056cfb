// HTML pages: the story text, not the page furniture; metadata from the head.
import { describe, expect, it } from "vitest";
import { htmlToArticle } from "../../../ingest/html-to-article.ts";
import { readOne } from "./_lib.ts";

describe("html", () => {
  it("keeps the article text and drops nav, header, footer, aside, script, style and captions", async () => {
    const a = await readOne("html-with-nav.html");
    expect(a.text).toContain("Ukraine and Poland signed an agreement on grain transit on Thursday.");
    expect(a.text).toContain("dispute & reopens");
    for (const noise of ["HOME MENU", "NAV WORLD", "FOOTER", "RELATED STORY", "SCRIPT TEXT", "color: red", "CAPTION TEXT", "ALT TEXT"]) {
      expect(a.text).not.toContain(noise);
    }
  });

  it("takes og:title, article:published_time (as written, no time-zone shift), canonical url and site name", async () => {
    const a = await readOne("html-with-nav.html");
    expect(a).toMatchObject({
      id: "html-with-nav.html", title: "Ukraine and Poland sign grain deal", date: "2024-05-02",
      url: "https://example.org/world/grain-deal", source: "Example News",
    });
  });

  it("falls back to <main>, then <body>, and to <title> for the title", () => {
    const page = htmlToArticle("<html><head><title>Plain &amp; simple</title></head><body><nav>MENU</nav><p>Body text.</p></body></html>");
    expect(page.title).toBe("Plain & simple");
    expect(page.text).toBe("Body text.");
    expect(page.date).toBeNull();
  });
});

describe("htmlToArticle on pages written for each case", () => {
  it("of several <article> elements, the story is the one with the most text", () => {
    const page = htmlToArticle(`<body><main>
      <article><h2>Related: CARD ONE</h2></article>
      <article><p>Chile and Peru agreed on Monday to reopen the border crossing that closed in March.</p></article>
      <article><h2>Related: CARD TWO</h2></article></main></body>`);
    expect(page.text).toBe("Chile and Peru agreed on Monday to reopen the border crossing that closed in March.");
  });

  it("role=navigation and aria-hidden blocks are dropped like <nav>", () => {
    const page = htmlToArticle(`<body><div role="navigation">MENU</div><div aria-hidden="true">HIDDEN</div><p>Story.</p></body>`);
    expect(page.text).toBe("Story.");
  });

  it("a <time datetime> gives the date when there is no meta tag", () => {
    expect(htmlToArticle(`<body><article><time datetime="2024-03-09">9 March</time><p>Story.</p></article></body>`).date).toBe("2024-03-09");
  });
});
