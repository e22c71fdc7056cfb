// Load benchmark: a synthetic graph of ≥100k claims over 20k entities, loaded into a fresh Kuzu file
// through the Store (rows/s, peak RSS), then a no-change re-run and a one-article incremental add; the
// baseline, in the same run, is the same rows bulk-copied from CSV files into a fresh file with no logic around it.
// Run: npx tsx bench/load.ts [claims=100000] [entities=20000]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import kuzu from "kuzu";
import { stringify } from "csv-stringify/sync";
import { ENTITY_TYPES, RELATION_TYPES, type Entity, type ExtractRecord } from "../ingest/types.ts";
import { KuzuStore, KUZU_BUFFER_POOL } from "../graph/store/kuzu.ts";
import { mergeRecords } from "../graph/merge.ts";
import { ARTICLE_COLUMNS, EDGE_COLUMNS, ENTITY_COLUMNS, EVIDENCE_COLUMNS, copyCsvStatement, encodeRows, kuzuSchemaStatements, type Columns } from "../graph/store/kuzu-schema.ts";

const CLAIMS = Number(process.argv[2] ?? 100_000);
const ENTITIES = Number(process.argv[3] ?? 20_000);
const CLAIMS_PER_ARTICLE = 20;

/** Deterministic PRNG so every run loads the same graph. */
function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 4294967296;
  };
}

function synthetic(): ExtractRecord[] {
  const rand = rng(7);
  const entities: Entity[] = Array.from({ length: ENTITIES }, (_, i) => ({
    id: `e:${i}`, name: `Entity ${i}`, type: ENTITY_TYPES[i % ENTITY_TYPES.length]!, aliases: [`E${i}`],
  }));
  // Skewed picks (a few hubs, a long tail) so edges repeat across articles, as real coverage does.
  const pick = () => entities[Math.floor(ENTITIES * rand() ** 2)]!;
  const records: ExtractRecord[] = [];
  for (let a = 0; a * CLAIMS_PER_ARTICLE < CLAIMS; a++) {
    const ents = new Map<string, Entity>();
    const claims = [];
    let offset = 0;
    for (let c = 0; c < CLAIMS_PER_ARTICLE; c++) {
      const s = pick();
      let o = pick();
      if (o.id === s.id) o = entities[(Number(s.id.slice(2)) + 1) % ENTITIES]!;
      ents.set(s.id, s).set(o.id, o);
      const sentence = `${s.name} and ${o.name}, "quoted", in sentence ${c} of article ${a}.`;
      claims.push({
        type: RELATION_TYPES[Math.floor(rand() * 8)]!, subject: s.id, object: o.id, rule: "bench", confidence: Math.round(rand() * 100) / 100,
        polarity: "positive" as const, modality: "asserted" as const, evidence: [{ sentence, start: offset, end: offset + sentence.length }],
      });
      offset += sentence.length + 1;
    }
    records.push({
      article: `art-${a}.txt`, hash: `hash-${a}`, title: `Article ${a}`, date: `2024-${String(1 + (a % 12)).padStart(2, "0")}-01`,
      source: `Source ${a % 50}`, url: null, entities: [...ents.values()], claims, hedged: [],
    });
  }
  return records;
}

const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
const rate = (rows: number, ms: number) => `${Math.round(rows / (ms / 1000)).toLocaleString("en")} rows/s`;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kg-bench-load-"));
try {
  const records = synthetic();
  const m = mergeRecords(records);
  const rows = m.entities.length + m.evidence.length + m.edges.length + m.articles.length + m.mentions.length + m.evidence.length;
  console.log(`synthetic: ${records.length} articles, ${CLAIMS} claims, ${m.entities.length} entities, ${m.edges.length} edges, ${m.evidence.length} evidence, ${m.mentions.length} mentions (${rows} rows incl. FROM_ARTICLE)`);

  const store = await KuzuStore.open(path.join(dir, "graph.kuzu"));
  const first = await store.load(records);
  console.log(`kg load (Store, fresh):  ${first.ms} ms, ${first.batches} batches, ${rate(rows, first.ms)} (all tables), ${rate(m.evidence.length, first.ms)} (evidence)`);
  const again = await store.load(records);
  console.log(`kg load (no change):     ${again.ms} ms, ${again.skipped} skipped, ${again.articles} written`);
  const extra = synthetic().slice(0, 1).map((r) => ({ ...r, article: "extra.txt", hash: "hash-extra" }));
  const inc = await store.load(extra);
  console.log(`kg load (+1 article):    ${inc.ms} ms (edges touched: ${inc.edges}, incl. metrics and FTS rebuild)`);
  const c = await store.counts();
  console.log(`graph: ${c.nodes} nodes, ${c.edges} edges, ${c.evidence} evidence, ${c.articles} articles`);
  await store.close();

  // Baseline: the same rows bulk-copied from CSV files written beforehand (only the COPY statements are
  // timed: no planning, no aggregates, no metrics, no full-text index), one COPY per table and label pair.
  const db = new kuzu.Database(path.join(dir, "baseline.kuzu"), KUZU_BUFFER_POOL);
  const conn = new kuzu.Connection(db);
  const q = async (s: string) => {
    const r = await conn.query(s);
    for (const x of Array.isArray(r) ? r : [r]) x.close();
  };
  try {
    for (const [, ddl] of kuzuSchemaStatements()) await q(ddl);
    const jobs: { table: string; cols: Columns; file: string; rel?: { from: string; to: string }; multiline: boolean }[] = [];
    let f = 0;
    const job = (table: string, cols: Columns, rows: Record<string, unknown>[], rel?: { from: string; to: string }) => {
      if (!rows.length) return;
      const all: Columns = [...(rel ? ([["_from", "STRING"], ["_to", "STRING"]] as const) : []), ...cols];
      const enc = encodeRows(all, rows);
      const file = path.join(dir, `b${f++}.csv`);
      fs.writeFileSync(file, stringify([all.map((_, i) => `c${i}`), ...enc.map((r) => all.map(([n]) => r[n] ?? ""))]));
      jobs.push({ table, cols, file, rel, multiline: table === "Evidence" });
    };
    const labelOf = new Map(m.entities.map((e) => [e.id, e.label as string]));
    for (const t of ENTITY_TYPES) job(t, ENTITY_COLUMNS, m.entities.filter((e) => e.label === t).map((e) => ({ ...e, degree: 0, pagerank: 0, community: 0 })));
    job("Evidence", EVIDENCE_COLUMNS, m.evidence as unknown as Record<string, unknown>[]);
    job("Article", ARTICLE_COLUMNS, m.articles.map((a) => ({ ...a, loadedAt: "x" })));
    const groups = new Map<string, Record<string, unknown>[]>();
    for (const e of m.edges) {
      const k = `${e.type}|${labelOf.get(e.source)}|${labelOf.get(e.target)}`;
      groups.set(k, [...(groups.get(k) ?? []), { _from: e.source, _to: e.target, ...e }]);
    }
    for (const [k, rows] of groups) {
      const [type, from, to] = k.split("|") as [string, string, string];
      job(type, EDGE_COLUMNS, rows, { from, to });
    }
    job("FROM_ARTICLE", [], m.evidence.map((e) => ({ _from: e.id, _to: e.articleHash })), { from: "Evidence", to: "Article" });
    for (const t of ENTITY_TYPES) job("MENTIONS", [], m.mentions.filter((x) => labelOf.get(x.entity) === t).map((x) => ({ _from: x.article, _to: x.entity })), { from: "Article", to: t });
    const t0 = Date.now();
    for (const j of jobs) await q(copyCsvStatement(j.table, j.cols, j.file, j.rel, j.multiline));
    const ms = Date.now() - t0;
    console.log(`baseline raw COPY:       ${ms} ms, ${jobs.length} COPY statements, ${rate(rows, ms)} (same rows, CSV written beforehand)`);
  } finally {
    await conn.close();
    await db.close();
  }
  console.log(`peak RSS: ${mb(process.resourceUsage().maxRSS)}`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
