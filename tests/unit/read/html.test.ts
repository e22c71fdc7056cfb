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
