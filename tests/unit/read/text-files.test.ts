// .txt/.md reading: front matter, dates, line endings, BOM, and the article id and hash.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fixture, readOne } from "./_lib.ts";

const sha256 = (s: string) => createHash("sha256").update(s, "utf8").digest("hex");

describe("text files", () => {
  it("front matter gives title, source, url and a normalised date; the body is the text after ---", async () => {
    const a = await readOne("front-matter.txt");
    expect(a).toMatchObject({
      id: "front-matter.txt", title: "Ministers meet in Vienna", source: "Example Wire",
      url: "https://example.org/news/ministers-meet", date: "2024-04-12",
    });
    expect(a.dateApprox).toBeUndefined();
    expect(a.text.startsWith("The foreign ministers of Austria")).toBe(true);
    expect(a.hash).toBe(sha256(a.text));
  });

  it("without front matter every field is null and the body is the whole file", async () => {
    const a = await readOne("no-front-matter.txt");
    expect(a).toMatchObject({ id: "no-front-matter.txt", title: null, date: null, source: null, url: null });
    expect(a.text).toBe(readFileSync(fixture("no-front-matter.txt"), "utf8"));
  });

  it("a date marked approx keeps the date and sets dateApprox", async () => {
    const a = await readOne("approx-date.txt");
    expect(a.date).toBe("2024-04-12");
    expect(a.dateApprox).toBe(true);
  });

  it("a date it cannot read gives null, never a made-up date", async () => {
    const a = await readOne("unparseable-date.txt");
    expect(a.title).toBe("A date we cannot read");
    expect(a.date).toBeNull();
  });

  it("a --- rule below prose is not front matter", async () => {
    const a = await readOne("dash-rule-not-front-matter.txt");
    expect(a.title).toBeNull();
    expect(a.text).toBe(readFileSync(fixture("dash-rule-not-front-matter.txt"), "utf8"));
  });

  it("CRLF line endings become LF before hashing", async () => {
    const a = await readOne("crlf.txt");
    expect(a.title).toBe("Windows line endings");
    expect(a.date).toBe("2024-04-03");
    expect(a.text).toBe("First line of the body.\nSecond line of the body.\n");
    expect(a.hash).toBe(sha256("First line of the body.\nSecond line of the body.\n"));
  });

  it("a byte-order mark is stripped, so offsets start at the first letter", async () => {
    const a = await readOne("bom.txt");
    expect(a.text.startsWith("A file saved")).toBe(true);
    expect(a.hash).toBe(sha256(a.text));
  });

  it("markdown files in sub-folders are read as text", async () => {
    const a = await readOne("nested/markdown-article.md");
    expect(a.id).toBe("markdown-article.md");
  });
  it("Markdown's emphasis, images and links are markup, not words; list leaders and table rows stay", async () => {
    const a = await readOne("../markdown/markup-article.md");
    expect(a.text).toContain("- Lead nation. Ottawa keeps about 2,000 soldiers in Latvia.");
    expect(a.text).not.toMatch(/\*\*|!\[|\]\(|img\/tanks/);
    expect(a.text).toContain("| North | Chile, Peru |");
  });
});
