// JSON Lines: one article per record; a bad record is one failure and the others still come through.
import { describe, expect, it } from "vitest";
import { splitLines } from "../../../ingest/read.ts";
import { fixture, readAll } from "./_lib.ts";

describe("jsonl", () => {
  it("uses the record id, else <file>#<line>, and normalises dates and line endings", async () => {
    const results = await readAll([fixture("feed.jsonl")]);
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    const [a, b] = results.map((r) => (r.ok ? r.article : null));
    expect(a).toMatchObject({ id: "wire-1", title: "Chile condemns strike", date: "2024-04-12", source: "Wire", url: "https://example.org/1" });
    expect(b).toMatchObject({ id: "feed.jsonl#3", date: "2024-04-13", source: null });
    expect(b!.text).toBe("Kenya deployed observers to the border.\nThey arrived on Tuesday.");
  });

  it("a malformed line is one MALFORMED_JSON failure naming file:line; the other lines still yield", async () => {
    const results = await readAll([fixture("malformed-line.jsonl")]);
    expect(results.map((r) => (r.ok ? r.article.id : r.error.code))).toEqual(["good-1", "MALFORMED_JSON", "good-3"]);
    const bad = results[1]!;
    expect(bad.file.endsWith("malformed-line.jsonl:2")).toBe(true);
    expect(bad.ok ? "" : bad.error.message).toContain("malformed-line.jsonl:2");
  });

  it("a record over maxBytes is TOO_LARGE on its own; the smaller records still yield", async () => {
    const results = await readAll([fixture("feed.jsonl")], { maxBytes: 150 });
    expect(results.map((r) => (r.ok ? r.article.id : r.error.code))).toEqual(["TOO_LARGE", "feed.jsonl#3"]);
  });

  it.each([
    ['["an array"]', "MALFORMED_JSON"],
    ['{"id": "x"}', "MALFORMED_JSON"],
    ['{"id": "x", "text": "   "}', "NO_TEXT"],
  ])("%s → %s", async (line, code) => {
    // The file exists (listing stats it); the injected readFile supplies the record written for the case.
    const results = await readAll([fixture("feed.jsonl")], { readFile: async () => Buffer.from(line) });
    expect(results.map((r) => (r.ok ? "ok" : r.error.code))).toEqual([code]);
  });

  it("splitLines cuts on LF across chunk boundaries and counts lines from 1", async () => {
    const chunks = [Buffer.from('{"a":'), Buffer.from('1}\n\n{"b"'), Buffer.from(":2}")];
    const lines = [];
    for await (const l of splitLines(chunks, 100)) lines.push([l.line, l.bytes?.toString()]);
    expect(lines).toEqual([[1, '{"a":1}'], [2, ""], [3, '{"b":2}']]);
  });
});
