// `kg build`, `kg load` and `kg remove` as a user runs them: child processes, real Kuzu files in a temp dir.
// The exit code matters: Kuzu's node binding segfaults at exit when a query result outlives its connection.
import { execFile, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), "kg-build-cli-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function kg(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const e = { ...process.env, KG_DEBUG: "", NEO4J_URI: "", ...env };
    execFile(process.execPath, ["bin/kg.mjs", ...args], { cwd: ROOT, maxBuffer: 64 << 20, env: e },
      (err, stdout, stderr) => resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }));
  });
}

/** The totals the summary line ends with. */
function graphCounts(stderr: string) {
  const m = /graph: (\d+) nodes, (\d+) edges, (\d+) evidence, (\d+) articles/.exec(stderr);
  expect(m, stderr).not.toBeNull();
  return { nodes: +m![1]!, edges: +m![2]!, evidence: +m![3]!, articles: +m![4]! };
}

describe("kg build", () => {
  const db = join(tmp, "samples.kuzu");

  it("exits 0 and gives the same counts when run twice on the same articles", async () => {
    const first = await kg(["build", "data/articles", "--db", db]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/kg build: 5 read, 0 skipped \(unchanged\), 0 failed/);
    const second = await kg(["build", "data/articles", "--db", db]);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toMatch(/5 read, 5 skipped \(unchanged\), 0 failed; wrote 0 articles/);
    expect(graphCounts(second.stderr)).toEqual(graphCounts(first.stderr));
    expect(graphCounts(first.stderr).articles).toBe(5);
  });

  it("exits 1 when some inputs fail, after loading the rest", async () => {
    const r = await kg(["build", "tests/fixtures/inputs/front-matter.txt", "tests/fixtures/inputs/invalid-utf8.txt", "--db", join(tmp, "partial.kuzu")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/invalid-utf8\.txt/);
    expect(graphCounts(r.stderr).articles).toBe(1);
  });

  it("exits 2 with one line naming the lock when another process holds the database", async () => {
    const locked = join(tmp, "locked.kuzu");
    expect((await kg(["load", "tests/fixtures/records/basic.jsonl", "--db", locked])).code).toBe(0);
    const holder = spawn(process.execPath, ["-e", `
      const kuzu = require("kuzu");
      const db = new kuzu.Database(${JSON.stringify(locked)}, 64 * 1024 * 1024);
      db.init().then(() => { process.stdout.write("ready\\n"); setInterval(() => {}, 1000); });
    `], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
    try {
      await new Promise<void>((resolve) => holder.stdout!.once("data", () => resolve()));
      const r = await kg(["build", "data/articles", "--db", locked]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).toMatch(/locked by another process.*kg serve.*--db/);
    } finally {
      holder.kill();
    }
  });

  it("switches to Neo4j when NEO4J_URI is set: warns that --db is ignored, exits 2 on an unreachable server", async () => {
    const r = await kg(["build", "data/articles", "--db", join(tmp, "unused.kuzu")], { NEO4J_URI: "neo4j://127.0.0.1:9", NEO4J_PASSWORD: "x" });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--db .* is ignored/);
    expect(r.stderr).toMatch(/cannot reach Neo4j at neo4j:\/\/127\.0\.0\.1:9/);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });
});

describe("kg load and kg remove", () => {
  const db = join(tmp, "records.kuzu");

  it("loads JSON Lines records, reporting a malformed line by file:line and loading the rest (exit 1)", async () => {
    const r = await kg(["load", "tests/fixtures/records/malformed.jsonl", "--db", db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/malformed\.jsonl:2: not JSON/);
    expect(graphCounts(r.stderr)).toMatchObject({ articles: 2 });
  });

  it("loads more records incrementally and retracts one article", async () => {
    const r = await kg(["load", "tests/fixtures/records/basic.jsonl", "--db", db]);
    expect(r.code, r.stderr).toBe(0);
    expect(graphCounts(r.stderr)).toEqual({ nodes: 8, edges: 6, evidence: 9, articles: 4 });
    const rm = await kg(["remove", "a3.txt", "--db", db]);
    expect(rm.code, rm.stderr).toBe(0);
    expect(rm.stderr).toMatch(/graph: 8 nodes, 5 edges, 7 evidence, 3 articles/);
  });

  it("exits 1 when the article to remove is not in the graph", async () => {
    const r = await kg(["remove", "never-loaded.txt", "--db", db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no article never-loaded\.txt/);
  });
});
