// Failures: each is one result with an InputError code and a one-line message naming the file.
import { describe, expect, it } from "vitest";
import { InputError } from "../../../ingest/errors.ts";
import { FIXTURES, fixture, readAll, readErrorCode } from "./_lib.ts";

describe("input errors", () => {
  it.each([
    ["binary.txt", "BINARY"],
    ["invalid-utf8.txt", "INVALID_UTF8"],
    ["no-text.txt", "NO_TEXT"],
    ["missing-file.txt", "NOT_FOUND"],
    ["nested/ignored.pdf", "UNSUPPORTED"],
    ["front-matter.txt/under-a-file.txt", "UNREADABLE"],
  ])("%s → %s", async (name, code) => {
    const f = await readErrorCode(name);
    expect(f.error).toBeInstanceOf(InputError);
    expect(f.error.code).toBe(code);
    expect(f.file).toBe(fixture(name));
    expect(f.error.line()).toContain(fixture(name));
    expect(f.error.line()).not.toMatch(/\n/);
  });

  it("a file over maxBytes is TOO_LARGE and the message says how to raise the limit", async () => {
    const f = await readErrorCode("front-matter.txt", { maxBytes: 50 });
    expect(f.error.code).toBe("TOO_LARGE");
    expect(f.error.line()).toContain("--max-bytes");
  });

  it("a read error at the reader's boundary is UNREADABLE (we run as root: chmod cannot make one)", async () => {
    const readFile = async () => {
      throw Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
    };
    const f = await readErrorCode("front-matter.txt", { readFile });
    expect(f.error.code).toBe("UNREADABLE");
    expect(f.error.line()).toContain("permission denied");
  });

  it("the same injected failure on a .jsonl file is one UNREADABLE result", async () => {
    const readFile = async () => {
      throw Object.assign(new Error("EIO: i/o error"), { code: "EIO" });
    };
    const results = await readAll([fixture("feed.jsonl")], { readFile });
    expect(results.map((r) => (r.ok ? "ok" : r.error.code))).toEqual(["UNREADABLE"]);
  });

  it("the invalid UTF-8 message gives the offset of the bad byte", async () => {
    const f = await readErrorCode("invalid-utf8.txt");
    expect(f.error.message).toContain("offset 3");
  });

  it("one bad file does not stop the folder: every other input still yields, in sorted order", async () => {
    const skipped: string[] = [];
    const results = await readAll([FIXTURES], { onSkip: (f) => skipped.push(f) });
    const failed = results.filter((r) => !r.ok).map((r) => (r.ok ? "" : r.error.code));
    expect(failed.sort()).toEqual(["BINARY", "INVALID_UTF8", "MALFORMED_JSON", "NO_TEXT"]);
    expect(results.filter((r) => r.ok)).toHaveLength(13);
    const files = results.map((r) => r.file.slice(FIXTURES.length));
    expect(files[0]).toBe("approx-date.txt");
    expect(skipped.map((f) => f.slice(FIXTURES.length)).sort()).toEqual(["CASES.tsv", "nested/ignored.pdf"]);
  });

  it("a path given twice is read once", async () => {
    const results = await readAll([fixture("front-matter.txt"), fixture("front-matter.txt")]);
    expect(results).toHaveLength(1);
  });
});

describe("folder walking", () => {
  it("a symlink loop is walked once, not for ever", async () => {
    const { mkdtempSync, writeFileSync, symlinkSync, rmSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const dir = mkdtempSync(`${tmpdir()}/kg-loop-`);
    try {
      writeFileSync(`${dir}/one.txt`, "Austria hosted the talks.\n");
      symlinkSync(dir, `${dir}/loop`);
      const results = await readAll([dir]);
      expect(results.map((r) => (r.ok ? r.article.id : r.error.code))).toEqual(["one.txt"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("an excluded path inside a folder is skipped, not read", async () => {
    const skipped: string[] = [];
    const results = await readAll([fixture("nested")], { exclude: [fixture("nested/markdown-article.md")], onSkip: (f) => skipped.push(f) });
    expect(results).toEqual([]);
    expect(skipped.map((f) => f.slice(FIXTURES.length)).sort()).toEqual(["nested/ignored.pdf", "nested/markdown-article.md"]);
  });
});
