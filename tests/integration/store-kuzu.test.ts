// Kuzu-specific behaviour beyond the shared contract: value encoding traps of the node binding,
// read-only opening, missing databases, and statements checked with prepare() without running them.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { KuzuStore } from "../../graph/store/kuzu.ts";
import { copyStatement, edgeUpdateStatement, ENTITY_COLUMNS, EVIDENCE_COLUMNS, nodeUpdateStatement, METRIC_COLUMNS } from "../../graph/store/kuzu-schema.ts";
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
