// `kg extract` as a user runs it: `node bin/kg.mjs extract …` in a child process, on the input fixtures.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const INPUTS = "tests/fixtures/inputs";
const tmp = mkdtempSync(join(tmpdir(), "kg-extract-cli-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function kg(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ["bin/kg.mjs", ...args], { cwd: ROOT, maxBuffer: 64 << 20, env: { ...process.env, KG_DEBUG: "" } },
      (err, stdout, stderr) => resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }));
  });
}

const records = (jsonl: string) => jsonl.split("\n").filter(Boolean).map((l) => JSON.parse(l) as { article: string });
const noStack = (stderr: string) => expect(stderr).not.toMatch(/^\s+at /m);

describe("kg extract", () => {
  it("exit 0 and one record per article when every input is fine", async () => {
    const r = await kg("extract", `${INPUTS}/front-matter.txt`, `${INPUTS}/feed.jsonl`, `${INPUTS}/html-with-nav.html`);
    expect(r.code).toBe(0);
    expect(records(r.stdout).map((x) => x.article)).toEqual(["front-matter.txt", "wire-1", "feed.jsonl#3", "html-with-nav.html"]);
    expect(r.stderr.trim()).toBe("kg: read 4, skipped 0, failed 0");
  });

  it("exit 1 when some inputs fail: the rest are written, each failure is one line, no stack trace", async () => {
    const r = await kg("extract", INPUTS);
    expect(r.code).toBe(1);
    expect(records(r.stdout)).toHaveLength(13);
    const lines = r.stderr.trim().split("\n");
    expect(lines.at(-1)).toBe("kg: read 13, skipped 2, failed 4");
    const failures = lines.slice(0, -1);
    expect(failures).toHaveLength(4);
    for (const line of failures) expect(line).toMatch(/^kg: tests\/fixtures\/inputs\/\S+: .+/);
    expect(failures.some((l) => l.includes("malformed-line.jsonl:2"))).toBe(true);
    noStack(r.stderr);
  });

  it("-o writes the file whole (no temp file left) and --workers 2 keeps the input order", async () => {
    const one = join(tmp, "one.jsonl");
    const two = join(tmp, "two.jsonl");
    expect((await kg("extract", INPUTS, "-o", one, "--workers", "1")).code).toBe(1);
    expect((await kg("extract", INPUTS, "-o", two, "--workers", "2")).code).toBe(1);
    expect(readFileSync(two, "utf8")).toBe(readFileSync(one, "utf8"));
    expect(records(readFileSync(one, "utf8"))).toHaveLength(13);
    expect(readdirSync(tmp).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("-o inside an input folder: a re-run does not read its own output", async () => {
    const { copyFileSync, mkdirSync } = await import("node:fs");
    const dir = join(tmp, "corpus");
    mkdirSync(dir);
    for (const f of ["front-matter.txt", "feed.jsonl"]) copyFileSync(join(ROOT, INPUTS, f), join(dir, f));
    const out = join(dir, "out.jsonl");
    const first = await kg("extract", dir, "-o", out);
    const second = await kg("extract", dir, "-o", out);
    expect([first.code, second.code]).toEqual([0, 0]);
    expect(second.stderr.trim()).toBe("kg: read 3, skipped 1, failed 0");
    expect(records(readFileSync(out, "utf8"))).toHaveLength(3);
  });

  it("--max-bytes lowers the size limit: a larger file fails with TOO_LARGE, exit 1", async () => {
    const r = await kg("extract", `${INPUTS}/front-matter.txt`, `${INPUTS}/no-front-matter.txt`, "--max-bytes", "150");
    expect(r.code).toBe(1);
    expect(records(r.stdout).map((x) => x.article)).toEqual(["no-front-matter.txt"]);
    expect(r.stderr).toMatch(/^kg: tests\/fixtures\/inputs\/front-matter\.txt: .*--max-bytes/m);
  });

  it("exit 2 with no paths", async () => {
    const r = await kg("extract");
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
  });

  it("exit 2 and nothing written when -o cannot be written (a path under a plain file)", async () => {
    const out = `${INPUTS}/front-matter.txt/out.jsonl`;
    const r = await kg("extract", INPUTS, "-o", out);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/^kg: extract: cannot write .*out\.jsonl/);
    noStack(r.stderr);
    expect(existsSync(join(ROOT, out))).toBe(false);
  });

  it("exit 2 for a bad --workers value", async () => {
    const r = await kg("extract", INPUTS, "--workers", "zero");
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });
});
