// Kuzu-specific behaviour beyond the shared contract: value encoding traps of the node binding,
// read-only opening, missing databases, and statements checked with prepare() without running them.
import { execFile, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import kuzu, { type QueryResult } from "kuzu";
import { afterAll, describe, expect, it, vi } from "vitest";
import { ENTITY_LABELS } from "../../graph/schema.ts";
import { KuzuStore } from "../../graph/store/kuzu.ts";
import { copyStatement, edgeUpdateStatement, ENTITY_COLUMNS, ENTITY_MERGE_COLUMNS, EVIDENCE_COLUMNS, kuzuSchemaStatements, nodeUpdateStatement, METRIC_COLUMNS } from "../../graph/store/kuzu-schema.ts";
import { StoreError } from "../../ingest/errors.ts";
import type { ExtractRecord } from "../../ingest/types.ts";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kg-kuzu-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
let n = 0;
const fresh = () => KuzuStore.open(path.join(tmp, `g${n++}.kuzu`));

const A = { id: "country:AA", name: "Aland", type: "Country" as const, aliases: [] };
const B = { id: "country:BB", name: "Bland", type: "Country" as const, aliases: ["B", "Bee, the"] };
const rec = (hash: string, confidences: number[]): ExtractRecord => ({
  article: `${hash}.txt`, hash, title: null, date: null, source: null, url: null, entities: [A, B], hedged: [],
  claims: confidences.map((confidence, i) => ({
    type: "CONDEMNS", subject: A.id, object: B.id, rule: "r", confidence, polarity: "positive", modality: "asserted",
    evidence: [{ sentence: `Sentence ${i}.`, start: i * 20, end: i * 20 + 11 }],
  })),
});

describe("Kuzu store", () => {
  it("keeps doubles exact when an integral value comes first (the binding types lists by their first element)", async () => {
    const s = await fresh();
    try {
      await s.load([rec("h1", [1, 0.5, 0.25])]);
      const rows = await s.read("MATCH (e:Evidence) RETURN e.confidence AS c ORDER BY c");
      expect(rows.map((r) => r.c)).toEqual([0.25, 0.5, 1]);
      expect(await s.read("MATCH ()-[r:CONDEMNS]->() RETURN r.maxConfidence AS m, r.evidenceCount AS n")).toEqual([{ m: 1, n: 3 }]);
    } finally {
      await s.close();
    }
  });

  it("stores an empty alias list first and a non-empty one after it, commas included", async () => {
    const s = await fresh();
    try {
      await s.load([rec("h1", [0.5])]);
      const rows = await s.read("MATCH (n:Country) RETURN n.id AS id, n.aliases AS aliases ORDER BY id");
      expect(rows).toEqual([{ id: "country:AA", aliases: [] }, { id: "country:BB", aliases: ["B", "Bee, the"] }]);
    } finally {
      await s.close();
    }
  });

  it("every generated write statement prepares without error", async () => {
    const s = await fresh();
    try {
      const qs = [
        copyStatement("Country", ENTITY_COLUMNS), copyStatement("Evidence", EVIDENCE_COLUMNS),
        edgeUpdateStatement("SUPPLIES", "Country", "Weapon"), nodeUpdateStatement("Person", METRIC_COLUMNS.slice(1)),
        nodeUpdateStatement("Event", ENTITY_MERGE_COLUMNS.slice(1)),
      ];
      for (const q of qs) expect(await s.check(q), q).toBeNull();
    } finally {
      await s.close();
    }
  });

  it("opens read-only for reads and refuses writes there", async () => {
    const file = path.join(tmp, "ro.kuzu");
    const w = await KuzuStore.open(file);
    await w.load([rec("h1", [0.5])]);
    await w.close();
    const r = await KuzuStore.open(file, { readOnly: true });
    try {
      expect((await r.counts()).evidence).toBe(1);
      await expect(r.load([rec("h2", [0.5])])).rejects.toMatchObject({ code: "STORE_READ_ONLY" });
    } finally {
      await r.close();
    }
  });

  it("redoes an article a killed load left unfinished (no loadedAt), giving the same graph", async () => {
    const s = await fresh();
    try {
      const basic = fs.readFileSync(path.join(import.meta.dirname, "../fixtures/records/basic.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
      await s.load(basic);
      const before = await s.counts();
      // What a load killed between its COPYs and the final loadedAt leaves behind:
      await s.read("MATCH (a:Article {id: 'a2.txt'}) SET a.loadedAt = NULL");
      const again = await s.load(basic);
      expect(again).toMatchObject({ articles: 1, skipped: 2 });
      expect(await s.counts()).toEqual(before);
    } finally {
      await s.close();
    }
  });

  it("reports a missing database on a read-only open, without creating it", async () => {
    const file = path.join(tmp, "missing.kuzu");
    const err = await KuzuStore.open(file, { readOnly: true }).catch((e) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect(err).toMatchObject({ code: "STORE_MISSING", hint: "run `kg build <articles>` first" });
    expect(fs.existsSync(file)).toBe(false);
  });
});

// A graph written by kg before entities had a `date` column: real Kuzu files made with that schema (the
// entity tables without `date`, every other table as now) and rows as the old loader wrote them.
describe("Kuzu store over a graph built before entity dates", () => {
  const ROOT = path.resolve(import.meta.dirname, "../..");
  const EVENTS = fs.readFileSync(path.join(ROOT, "tests/fixtures/records/events.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as ExtractRecord);

  const oldSchema = () => kuzuSchemaStatements().map(([name, ddl]) => {
    if (!(ENTITY_LABELS as readonly string[]).includes(name)) return ddl;
    expect(ddl).toContain(", date STRING");
    return ddl.replace(", date STRING", "");
  });

  /** Japan signs the Seoul Declaration in one loaded article, written with the old schema. */
  async function oldGraph(name: string): Promise<string> {
    const file = path.join(tmp, name);
    const db = new kuzu.Database(file, 64 * 1024 * 1024, true, false);
    const conn = new kuzu.Connection(db);
    const run = async (q: string) => {
      const r = await conn.query(q);
      for (const x of Array.isArray(r) ? r : [r]) x.close();
    };
    try {
      for (const q of oldSchema()) await run(q);
      const key = "SIGNS|country:JP|event:seoul-declaration";
      await run("CREATE (:Country {id: 'country:JP', name: 'Japan', aliases: ['Tokyo'], iso: 'JP', degree: 1, pagerank: 0.5, community: 0})");
      await run("CREATE (:Event {id: 'event:seoul-declaration', name: 'Seoul Declaration', aliases: CAST([] AS STRING[]), kind: 'agreement', degree: 1, pagerank: 0.5, community: 0})");
      await run("CREATE (:Article {hash: 'h-old', id: 'old.txt', title: 'Old', date: '2024-05-01', loadedAt: '2024-05-02T00:00:00.000Z'})");
      await run(`CREATE (:Evidence {id: 'ev-old', edgeKey: '${key}', type: 'SIGNS', subject: 'country:JP', object: 'event:seoul-declaration', sentence: 'Japan signed the Seoul Declaration.', start: 0, endOffset: 35, articleHash: 'h-old', articleId: 'old.txt', date: '2024-05-01', rule: 'r', confidence: 0.9, polarity: 'positive', modality: 'asserted'})`);
      await run(`MATCH (a:Country {id: 'country:JP'}), (b:Event {id: 'event:seoul-declaration'}) CREATE (a)-[:SIGNS {key: '${key}', evidenceCount: 1, assertedCount: 1, hedgedCount: 0, articleCount: 1, sourceCount: 1, firstDate: '2024-05-01', lastDate: '2024-05-01', maxConfidence: 0.9, instruments: CAST([] AS STRING[]), roles: CAST([] AS STRING[])}]->(b)`);
      await run("MATCH (e:Evidence {id: 'ev-old'}), (a:Article {hash: 'h-old'}) CREATE (e)-[:FROM_ARTICLE]->(a)");
      await run("MATCH (a:Article {hash: 'h-old'}), (n:Country {id: 'country:JP'}) CREATE (a)-[:MENTIONS]->(n)");
      await run("MATCH (a:Article {hash: 'h-old'}), (n:Event {id: 'event:seoul-declaration'}) CREATE (a)-[:MENTIONS]->(n)");
    } finally {
      await conn.close();
      await db.close();
    }
    return file;
  }

  /** Column names of a table, read without kg's code. */
  async function columnsOf(file: string, table: string): Promise<string[]> {
    const db = new kuzu.Database(file, 0, true, true);
    const conn = new kuzu.Connection(db);
    try {
      const r = (await conn.query(`CALL table_info('${table}') RETURN name`)) as QueryResult;
      const rows = await r.getAll();
      r.close();
      return rows.map((x) => String((x as { name: unknown }).name));
    } finally {
      await conn.close();
      await db.close();
    }
  }

  it("a writer (kg build, kg load) adds the date column last, keeps the old rows, and loads dated events into it", async () => {
    const file = await oldGraph("old-writer.kuzu");
    expect(await columnsOf(file, "Event")).not.toContain("date");
    const s = await KuzuStore.open(file);
    try {
      expect(await s.read("MATCH (e:Event) RETURN e.name AS name, e.date AS date")).toEqual([{ name: "Seoul Declaration", date: null }]);
      await s.load(EVENTS);
      expect(await s.read("MATCH (e:Event) RETURN e.id AS id, e.date AS date, e.aliases AS aliases ORDER BY id")).toEqual([
        { id: "event:seoul-declaration", date: "2024-05-08", aliases: ["the declaration"] },
        { id: "event:statement-h-ev2", date: null, aliases: [] },
      ]);
      // New rows went into the right columns (COPY fills by position): the new Country too.
      expect(await s.read("MATCH (n:Country) RETURN n.id AS id, n.iso AS iso, n.community AS community, n.date AS date ORDER BY id")).toEqual([
        { id: "country:JP", iso: "JP", community: expect.any(Number), date: null },
        { id: "country:KR", iso: "KR", community: expect.any(Number), date: null },
      ]);
      const g = await s.exportGraph();
      expect(g.nodes.find((n) => n.key === "event:seoul-declaration")!.attributes.date).toBe("2024-05-08");
      expect(g.edges.find((e) => e.key === "SIGNS|country:JP|event:seoul-declaration")!.attributes.evidenceCount).toBe(3);
    } finally {
      await s.close();
    }
    for (const l of ENTITY_LABELS) expect((await columnsOf(file, l)).at(-1), l).toBe("date");
  });

  it("a reader (kg query, kg export, kg serve) upgrades it once and reads dates as null", async () => {
    const file = await oldGraph("old-reader.kuzu");
    const r = await KuzuStore.open(file, { readOnly: true });
    try {
      expect(await r.read("MATCH (e:Event) RETURN e.name AS name, e.date AS date")).toEqual([{ name: "Seoul Declaration", date: null }]);
      const g = await r.exportGraph();
      expect(g.nodes.map((n) => [n.key, n.attributes.date])).toEqual([["country:JP", null], ["event:seoul-declaration", null]]);
      await expect(r.load(EVENTS)).rejects.toMatchObject({ code: "STORE_READ_ONLY" });
    } finally {
      await r.close();
    }
    expect(await columnsOf(file, "Event")).toContain("date");
  });

  it("kg cypher reads e.date from it as a user runs it", async () => {
    const file = await oldGraph("old-cli.kuzu");
    const out = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
      execFile(process.execPath, ["bin/kg.mjs", "cypher", "MATCH (e:Event) RETURN e.name, e.date", "--db", file, "--format", "json"],
        { cwd: ROOT, env: { ...process.env, NEO4J_URI: "", KG_DEBUG: "" } },
        (err, stdout, stderr) => resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr })));
    expect(out.code, out.stderr).toBe(0);
    expect(JSON.parse(out.stdout)).toEqual([{ "e.name": "Seoul Declaration", "e.date": null }]);
  });

  it("a reader that cannot have a writer (another process has the graph open) reads on, with dates as null", async () => {
    const file = await oldGraph("old-locked.kuzu");
    // Another reader in another process: Kuzu then refuses any writer, so no upgrade is possible.
    const holder = spawn(process.execPath, ["--input-type=module", "-e", `
      import kuzu from "kuzu";
      const db = new kuzu.Database(${JSON.stringify(file)}, 0, true, true);
      await db.init();
      console.log("open");
      process.stdin.resume();
      process.stdin.on("end", async () => { await db.close(); process.exit(0); });`], { cwd: ROOT, stdio: ["pipe", "pipe", "inherit"] });
    try {
      await new Promise((ok, fail) => {
        holder.stdout!.once("data", ok);
        holder.once("exit", (code) => fail(new Error(`holder exited ${code}`)));
      });
      const warn = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
      let r: KuzuStore;
      try {
        r = await KuzuStore.open(file, { readOnly: true });
        expect(warn.mock.calls.map((c) => String(c[0])).join("")).toMatch(/predates entity dates and cannot be upgraded now \(.*lock.*\): they read as null until `kg build` or `kg load` opens it\n$/);
      } finally {
        warn.mockRestore();
      }
      try {
        const g = await r.exportGraph();
        expect(g.nodes.find((n) => n.key === "event:seoul-declaration")!.attributes).toMatchObject({ kind: "agreement", date: null });
        expect((await r.counts()).edges).toBe(1);
      } finally {
        await r.close();
      }
    } finally {
      holder.stdin!.end();
      await new Promise((ok) => holder.once("exit", ok));
    }
    expect(await columnsOf(file, "Event")).not.toContain("date");
    // Once the other process is gone, the next open upgrades it.
    const r = await KuzuStore.open(file, { readOnly: true });
    await r.close();
    expect(await columnsOf(file, "Event")).toContain("date");
  });
});
