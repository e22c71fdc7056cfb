// The embedded Kuzu store. Load design (issue 7 measurements): decide in TypeScript which keys are new,
// bulk-insert them with COPY-from-parameters inside one transaction per batch, and recompute the aggregates
// of edges that already existed. Close order matters: every QueryResult, then the Connection, then the
// Database — a result left open segfaults the process at exit.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { stringify } from "csv-stringify/sync";
import kuzu, { type Connection, type Database, type KuzuValue, type QueryResult } from "kuzu";
import { StoreError } from "../../ingest/errors.ts";
import type { ExtractRecord } from "../../ingest/types.ts";
import { ARTICLE_LABEL, ENTITY_LABELS, EVIDENCE_LABEL, FROM_ARTICLE, MENTIONS, RELATION_LABELS, type EntityNode, type EvidenceNode, type RelationEdge, type ArticleNode, type GraphJson } from "../schema.ts";
import { aggregateEdges, mergeEntity, mergeRecords } from "../merge.ts";
import { computeMetrics, metricsChanged } from "../metrics.ts";
import { ARTICLE_COLUMNS, EDGE_COLUMNS, EDGE_UPDATE_COLUMNS, ENTITY_COLUMNS, ENTITY_MERGE_COLUMNS, EVIDENCE_COLUMNS, FTS_INDEX, METRIC_COLUMNS, copyCsvStatement, edgeUpdateStatement, encodeRows, kuzuAddColumnStatements, kuzuSchemaStatements, kuzuTableColumns, nodeUpdateStatement, type Columns } from "./kuzu-schema.ts";
import { batchRecords, planLoad } from "./load-plan.ts";
import { buildGraphJson, type StoredEntity } from "./graph-json.ts";
import { plainRow } from "./plain-values.ts";
import type { LoadOptions, LoadSummary, Store, StoreCounts } from "./types.ts";

/** Writer buffer pool: 16 MB overflowed on our probe; Kuzu's default takes ~80% of RAM. */
export const KUZU_BUFFER_POOL = 512 * 1024 * 1024;

type Row = Record<string, unknown>;

function mapKuzuError(err: unknown, dbPath: string): StoreError {
  const msg = (err as Error)?.message ?? String(err);
  if (/lock/i.test(msg)) {
    return new StoreError("STORE_LOCKED", `the graph at ${dbPath} is locked by another process (${msg.split("\n")[0]})`,
      "stop `kg serve` or the other `kg` command using it, or pass another --db");
  }
  return new StoreError("STORE_IO", `cannot open the graph at ${dbPath}: ${msg.split("\n")[0]}`, "check the path, or remove it and run `kg build` again");
}

export class KuzuStore implements Store {
  readonly kind = "kuzu" as const;
  private constructor(
    readonly location: string,
    private readonly readOnly: boolean,
    private db: Database,
    private conn: Connection,
  ) {}

  /** True on a read-only store over an older graph that could not be upgraded: entity dates read as null. */
  private missingEntityDate = false;

  /** `mustExist`: a writer that only changes an existing graph (remove) must not create an empty one. */
  static async open(dbPath: string, opts: { readOnly?: boolean; bufferPool?: number; mustExist?: boolean } = {}): Promise<KuzuStore> {
    const readOnly = !!opts.readOnly;
    if ((readOnly || opts.mustExist) && !fs.existsSync(dbPath)) {
      throw new StoreError("STORE_MISSING", `no graph at ${dbPath}`, "run `kg build <articles>` first");
    }
    if (!readOnly) {
      const dir = path.dirname(path.resolve(dbPath));
      try {
        fs.mkdirSync(dir, { recursive: true });
      } catch (err) {
        throw new StoreError("STORE_IO", `cannot create ${dir} for the graph: ${(err as Error).message}`, "pass a writable --db path");
      }
    }
    const store = await KuzuStore.connect(dbPath, readOnly, opts.bufferPool);
    if (!readOnly) return store;
    // A graph written by an older kg lacks columns added since (entity `date`). A writer adds them; a reader
    // asks for a writer once, briefly, to do the same, and if it cannot have one (another process holds the
    // lock, a read-only file system) reads on with the missing columns as null. A reader looks only at the
    // tables that gained a column (kg serve opens a reader per request; all 26 tables cost ~20 ms).
    let missing: string[];
    try {
      missing = kuzuAddColumnStatements(await store.tableColumns(ENTITY_LABELS));
    } catch (err) {
      await store.close().catch(() => {});
      throw mapKuzuError(err, dbPath);
    }
    if (!missing.length) return store;
    await store.close();
    try {
      await (await KuzuStore.connect(dbPath, false, opts.bufferPool)).close();
    } catch (err) {
      const why = ((err as Error).message ?? String(err)).split("\n")[0];
      process.stderr.write(`kg: the graph at ${dbPath} predates entity dates and cannot be upgraded now (${why}): they read as null until \`kg build\` or \`kg load\` opens it\n`);
    }
    const reopened = await KuzuStore.connect(dbPath, true);
    const cols = await reopened.tableColumns(ENTITY_LABELS);
    reopened.missingEntityDate = ENTITY_LABELS.some((l) => !cols.get(l)?.has("date"));
    return reopened;
  }

  /** Opens the database and a connection; a writer also creates or upgrades the schema. */
  private static async connect(dbPath: string, readOnly: boolean, bufferPool?: number): Promise<KuzuStore> {
    let db: Database | undefined;
    try {
      db = readOnly ? new kuzu.Database(dbPath, 0, true, true) : new kuzu.Database(dbPath, bufferPool ?? KUZU_BUFFER_POOL, true, false);
      await db.init();
      const conn = new kuzu.Connection(db);
      await conn.init();
      const store = new KuzuStore(dbPath, readOnly, db, conn);
      if (!readOnly) await store.ensureSchema();
      return store;
    } catch (err) {
      if (db) await db.close().catch(() => {});
      if (err instanceof StoreError) throw err;
      throw mapKuzuError(err, dbPath);
    }
  }

  /** Runs one statement, returns its rows, and always closes its results. */
  private async run(q: string, params?: Row): Promise<Row[]> {
    let res: QueryResult | QueryResult[] | undefined;
    try {
      if (params && Object.keys(params).length) {
        const ps = await this.conn.prepare(q);
        if (!ps.isSuccess()) throw new Error(ps.getErrorMessage());
        res = await this.conn.execute(ps, params as Record<string, KuzuValue>);
      } else {
        res = await this.conn.query(q);
      }
      const all: Row[] = [];
      for (const r of Array.isArray(res) ? res : [res]) all.push(...((await r.getAll()) as Row[]));
      return all;
    } catch (err) {
      // Name the statement (never its values): "which write failed" is the first question when a load breaks.
      if (err instanceof Error && !err.message.includes(" [in: ")) err.message = `${err.message} [in: ${q.slice(0, 90)}]`;
      throw err;
    } finally {
      if (res) for (const r of Array.isArray(res) ? res : [res]) r.close();
    }
  }

  private async tx<T>(fn: () => Promise<T>): Promise<T> {
    await this.run("BEGIN TRANSACTION");
    try {
      const out = await fn();
      await this.run("COMMIT");
      return out;
    } catch (err) {
      await this.run("ROLLBACK").catch(() => {});
      throw err;
    }
  }

  private assertWritable(op: string): void {
    if (this.readOnly) throw new StoreError("STORE_READ_ONLY", `${op}: the graph at ${this.location} is open read-only`, "open it without readOnly");
  }

  /** Creates missing tables, and adds to existing ones the columns a graph built by an older kg lacks. */
  async ensureSchema(): Promise<void> {
    this.assertWritable("ensureSchema");
    const existing = await this.tableColumns();
    for (const [name, ddl] of kuzuSchemaStatements()) if (!existing.has(name)) await this.run(ddl);
    for (const q of kuzuAddColumnStatements(existing)) await this.run(q);
  }

  /** Table name -> its column names, for the tables of our schema that exist (or those of `only`). */
  private async tableColumns(only?: readonly string[]): Promise<Map<string, Set<string>>> {
    const tables = new Set((await this.run("CALL show_tables() RETURN name")).map((r) => String(r.name)));
    const declared = new Map(kuzuTableColumns());
    const out = new Map<string, Set<string>>();
    for (const [name] of kuzuSchemaStatements()) {
      if (!tables.has(name) || (only && !only.includes(name))) continue;
      out.set(name, declared.has(name) ? new Set((await this.run(`CALL table_info('${name}') RETURN name`)).map((r) => String(r.name))) : new Set());
    }
    return out;
  }

  // ---- state read at the start of a load ----

  private async loadedArticles(): Promise<Map<string, string>> {
    const rows = await this.run(`MATCH (a:${ARTICLE_LABEL}) WHERE a.loadedAt IS NOT NULL RETURN a.hash AS hash, a.id AS id`);
    return new Map(rows.map((r) => [String(r.hash), String(r.id)]));
  }

  private async entityIndex(): Promise<Map<string, EntityNode>> {
    const out = new Map<string, EntityNode>();
    for (const label of ENTITY_LABELS) {
      const rows = await this.run(`MATCH (n:${label}) RETURN n.id AS id, n.name AS name, n.aliases AS aliases, n.kind AS kind, n.iso AS iso, n.country AS country, n.role AS role, n.date AS date`);
      for (const r of rows) out.set(String(r.id), { ...(r as unknown as EntityNode), label, aliases: (r.aliases as string[]) ?? [] });
    }
    return out;
  }

  private async edgeKeys(): Promise<Set<string>> {
    const keys = new Set<string>();
    for (const t of RELATION_LABELS) for (const r of await this.run(`MATCH ()-[r:${t}]->() RETURN r.key AS key`)) keys.add(String(r.key));
    return keys;
  }

  private async evidenceForKeys(keys: string[]): Promise<EvidenceNode[]> {
    if (!keys.length) return [];
    const cols = "e.edgeKey AS edgeKey, e.type AS type, e.subject AS subject, e.object AS object, e.articleHash AS articleHash, e.source AS source, e.date AS date, e.confidence AS confidence, e.polarity AS polarity, e.modality AS modality, e.instrument AS instrument, e.role AS role";
    // `edgeKey IN $keys` compares every row with every key (no index on edgeKey): past a few hundred keys one
    // scan filtered here is far cheaper.
    if (keys.length > 200) {
      const want = new Set(keys);
      return (await this.run(`MATCH (e:${EVIDENCE_LABEL}) RETURN ${cols}`)).filter((r) => want.has(String(r.edgeKey))).map(plainRow) as unknown as EvidenceNode[];
    }
    return (await this.run(`MATCH (e:${EVIDENCE_LABEL}) WHERE e.edgeKey IN $keys RETURN ${cols}`, { keys })).map(plainRow) as unknown as EvidenceNode[];
  }

  // ---- writes ----

  /** Bulk insert through a temporary CSV file (see copyCsvStatement for why not parameters). */
  private async copy(table: string, cols: Columns, rows: Row[], rel?: { from: string; to: string }): Promise<void> {
    if (!rows.length) return;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kg-copy-"));
    const file = path.join(dir, `${table}.csv`);
    try {
      const all: Columns = [...(rel ? ([["_from", "STRING"], ["_to", "STRING"]] as const) : []), ...cols];
      const encoded = encodeRows(all, rows);
      const text = stringify([all.map((_, i) => `c${i}`), ...encoded.map((r) => all.map(([n]) => r[n] ?? ""))]);
      fs.writeFileSync(file, text);
      // Kuzu's parallel CSV reader cannot take a newline inside a quoted field: read serially only when one is there.
      const multiline = encoded.some((r) => Object.values(r).some((v) => v !== null && /[\r\n]/.test(v)));
      await this.run(copyCsvStatement(table, cols, file, rel, multiline));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  /** Writes edges: new ones by COPY, existing ones by an aggregate update; grouped by endpoint labels. */
  private async writeEdges(edges: RelationEdge[], existing: Set<string>, labelOf: (id: string) => string): Promise<void> {
    const groups = new Map<string, { type: string; from: string; to: string; fresh: Row[]; update: Row[] }>();
    for (const e of edges) {
      const from = labelOf(e.source);
      const to = labelOf(e.target);
      const g = groups.get(`${e.type}|${from}|${to}`) ?? { type: e.type, from, to, fresh: [], update: [] };
      groups.set(`${e.type}|${from}|${to}`, g);
      const { source, target, type: _t, ...cols } = e;
      (existing.has(e.key) ? g.update : g.fresh).push({ _from: source, _to: target, ...cols });
    }
    for (const g of groups.values()) {
      if (g.fresh.length) await this.copy(g.type, EDGE_COLUMNS, g.fresh, { from: g.from, to: g.to });
      if (g.update.length) await this.run(edgeUpdateStatement(g.type, g.from, g.to), { rows: encodeRows(EDGE_UPDATE_COLUMNS, g.update) });
    }
  }

  /**
   * Writes one batch of new articles without a manual transaction (bulk COPY inside one is slow to commit
   * and holds everything in memory): entities, evidence and edges first, then Article nodes and their links,
   * and last `loadedAt` on the Article. An article without `loadedAt` is unfinished: the next load retracts
   * it (cleanupUnfinished) and does it again.
   */
  private async writeBatch(batch: ExtractRecord[], entities: Map<string, EntityNode>, edgeKeys: Set<string>): Promise<{ nodes: number; edges: number; evidence: number }> {
    const m = mergeRecords(batch);
    const labelOf = (id: string) => entities.get(id)?.label ?? "Country";
    let nodes = 0;
    // entities: new ones are bulk-inserted; known ones only get their aliases unioned and the earlier date
    const fresh = new Map<string, Row[]>();
    const mergeUpdates = new Map<string, Row[]>();
    for (const e of m.entities) {
      const prev = entities.get(e.id);
      if (!prev) {
        entities.set(e.id, e);
        const list = fresh.get(e.label) ?? [];
        list.push({ ...e, degree: 0, pagerank: 0, community: 0 });
        fresh.set(e.label, list);
        continue;
      }
      const merged = mergeEntity(prev, e);
      if (merged.aliases.join("\u0000") !== prev.aliases.join("\u0000") || merged.date !== prev.date) {
        entities.set(e.id, merged);
        const list = mergeUpdates.get(prev.label) ?? [];
        list.push({ id: e.id, aliases: merged.aliases, date: merged.date });
        mergeUpdates.set(prev.label, list);
      }
    }
    for (const [label, rows] of fresh) {
      await this.copy(label, ENTITY_COLUMNS, rows);
      nodes += rows.length;
    }
    for (const [label, rows] of mergeUpdates) {
      await this.run(nodeUpdateStatement(label, ENTITY_MERGE_COLUMNS.slice(1)), { rows: encodeRows(ENTITY_MERGE_COLUMNS, rows) });
    }
    // evidence of a new article is new by construction (its id includes the article hash)
    await this.copy(EVIDENCE_LABEL, EVIDENCE_COLUMNS, m.evidence as unknown as Row[]);
    // edges that existed get their aggregates recomputed from all their evidence, now including this batch's
    const touchedOld = [...new Set(m.evidence.map((e) => e.edgeKey))].filter((k) => edgeKeys.has(k));
    const oldAgg = aggregateEdges(await this.evidenceForKeys(touchedOld));
    const oldSet = new Set(touchedOld);
    const edges = [...m.edges.filter((e) => !oldSet.has(e.key)), ...oldAgg];
    await this.writeEdges(edges, edgeKeys, labelOf);
    for (const e of edges) edgeKeys.add(e.key);
    // Article nodes and their links, then loadedAt: an article counts as loaded only when all its evidence is
    await this.copy(ARTICLE_LABEL, ARTICLE_COLUMNS, m.articles.map((a) => ({ ...a, loadedAt: null })));
    await this.copy(FROM_ARTICLE, [], m.evidence.map((e) => ({ _from: e.id, _to: e.articleHash })), { from: EVIDENCE_LABEL, to: ARTICLE_LABEL });
    const mentionsByLabel = new Map<string, Row[]>();
    for (const x of m.mentions) {
      const l = labelOf(x.entity);
      const list = mentionsByLabel.get(l) ?? [];
      list.push({ _from: x.article, _to: x.entity });
      mentionsByLabel.set(l, list);
    }
    for (const [l, rows] of mentionsByLabel) await this.copy(MENTIONS, [], rows, { from: ARTICLE_LABEL, to: l });
    await this.run(`UNWIND $hashes AS h MATCH (a:${ARTICLE_LABEL} {hash: h}) SET a.loadedAt = $at`, { hashes: m.articles.map((a) => a.hash), at: new Date().toISOString() });
    return { nodes, edges: m.edges.length, evidence: m.evidence.length };
  }

  /** Retracts what a killed load left: articles without loadedAt, evidence without an article, entities without mentions. */
  private async cleanupUnfinished(loaded: Map<string, string>): Promise<boolean> {
    const unfinished = new Set((await this.run(`MATCH (a:${ARTICLE_LABEL}) WHERE a.loadedAt IS NULL RETURN a.hash AS h`)).map((r) => String(r.h)));
    for (const r of await this.run(`MATCH (e:${EVIDENCE_LABEL}) RETURN DISTINCT e.articleHash AS h`)) if (!loaded.has(String(r.h))) unfinished.add(String(r.h));
    for (const h of unfinished) {
      await this.removeHash(h, false);
      loaded.delete(h);
    }
    let strays = 0;
    for (const label of ENTITY_LABELS) {
      const rows = await this.run(`MATCH (n:${label}) WHERE NOT EXISTS { MATCH (:${ARTICLE_LABEL})-[:${MENTIONS}]->(n) } RETURN n.id AS id`);
      if (rows.length) {
        strays += rows.length;
        await this.run(`MATCH (n:${label}) WHERE n.id IN $ids DETACH DELETE n`, { ids: rows.map((r) => String(r.id)) });
      }
    }
    return unfinished.size > 0 || strays > 0;
  }

  async load(records: AsyncIterable<ExtractRecord> | Iterable<ExtractRecord>, opts: LoadOptions = {}): Promise<LoadSummary> {
    this.assertWritable("load");
    const t0 = Date.now();
    const loaded = await this.loadedArticles();
    const plan = await planLoad(records, loaded);
    const cleaned = plan.fresh.length ? await this.cleanupUnfinished(loaded) : false;
    for (const h of plan.replaced) await this.removeHash(h, false);
    const summary: LoadSummary = { articles: 0, skipped: plan.skipped, nodes: 0, edges: 0, evidence: 0, batches: 0, ms: 0 };
    if (plan.fresh.length) {
      const entities = await this.entityIndex();
      const keys = await this.edgeKeys();
      for (const batch of batchRecords(plan.fresh, opts.batchEvidence ?? 250_000)) {
        const r = await this.writeBatch(batch, entities, keys);
        summary.articles += batch.length;
        summary.nodes += r.nodes;
        summary.edges += r.edges;
        summary.evidence += r.evidence;
        summary.batches++;
        opts.onProgress?.({ articles: summary.articles, evidence: summary.evidence, batches: summary.batches });
      }
    }
    if (plan.fresh.length || plan.replaced.length || cleaned) {
      await this.updateMetrics();
      await this.ensureFtsIndex();
    }
    summary.ms = Date.now() - t0;
    return summary;
  }

  /** Degree, PageRank and community over the whole graph, written only where they changed. */
  private async updateMetrics(): Promise<void> {
    const current = new Map<string, { label: string; degree: number; pagerank: number; community: number }>();
    for (const label of ENTITY_LABELS) {
      for (const r of await this.run(`MATCH (n:${label}) RETURN n.id AS id, n.degree AS degree, n.pagerank AS pagerank, n.community AS community`)) {
        current.set(String(r.id), { label, degree: Number(r.degree), pagerank: Number(r.pagerank), community: Number(r.community) });
      }
    }
    const edges: { source: string; target: string; weight: number }[] = [];
    for (const t of RELATION_LABELS) {
      for (const r of await this.run(`MATCH (a)-[r:${t}]->(b) RETURN a.id AS s, b.id AS t, r.assertedCount AS w`)) {
        edges.push({ source: String(r.s), target: String(r.t), weight: Math.max(1, Number(r.w)) });
      }
    }
    const metrics = computeMetrics(current.keys(), edges);
    const byLabel = new Map<string, Row[]>();
    for (const [id, m] of metrics) {
      const c = current.get(id)!;
      if (!metricsChanged(c, m)) continue;
      const list = byLabel.get(c.label) ?? [];
      list.push({ id, ...m });
      byLabel.set(c.label, list);
    }
    if (!byLabel.size) return;
    await this.tx(async () => {
      for (const [label, rows] of byLabel) {
        await this.run(nodeUpdateStatement(label, METRIC_COLUMNS.slice(1)), { rows: encodeRows(METRIC_COLUMNS, rows) });
      }
    });
  }

  /**
   * Kuzu's full-text index on Evidence.sentence, created after the first load (a bulk COPY is faster into an
   * unindexed table); Kuzu keeps it up to date on later inserts and deletes, and a read-only database can
   * query it: CALL QUERY_FTS_INDEX('Evidence', 'evidence_sentence', 'words') RETURN node, score.
   * Best effort: search can fall back to CONTAINS.
   */
  private async ensureFtsIndex(): Promise<void> {
    try {
      const idx = await this.run("CALL SHOW_INDEXES() RETURN index_name");
      if (!idx.some((r) => r.index_name === FTS_INDEX)) await this.run(`CALL CREATE_FTS_INDEX('${EVIDENCE_LABEL}', '${FTS_INDEX}', ['sentence'])`);
    } catch (err) {
      if (process.env.KG_DEBUG) process.stderr.write(`kg: full-text index not built: ${(err as Error).message}\n`);
    }
  }

  async remove(article: string): Promise<{ removed: boolean }> {
    this.assertWritable("remove");
    const rows = await this.run(`MATCH (a:${ARTICLE_LABEL}) WHERE a.hash = $x OR a.id = $x RETURN a.hash AS hash`, { x: article });
    if (!rows.length) return { removed: false };
    for (const r of rows) await this.removeHash(String(r.hash), false);
    await this.updateMetrics();
    await this.ensureFtsIndex();
    return { removed: true };
  }

  /** Retracts one article: its evidence, edges left without evidence, entities left without mentions. */
  private async removeHash(hash: string, metrics = true): Promise<void> {
    await this.tx(async () => {
      const touched = (await this.run(`MATCH (e:${EVIDENCE_LABEL}) WHERE e.articleHash = $h RETURN DISTINCT e.edgeKey AS key, e.type AS type, e.subject AS s, e.object AS o`, { h: hash }))
        .map((r) => ({ key: String(r.key), type: String(r.type), s: String(r.s), o: String(r.o) }));
      const mentioned = (await this.run(`MATCH (a:${ARTICLE_LABEL} {hash: $h})-[:${MENTIONS}]->(n) RETURN n.id AS id, label(n) AS label`, { h: hash }))
        .map((r) => ({ id: String(r.id), label: String(r.label) }));
      await this.run(`MATCH (e:${EVIDENCE_LABEL}) WHERE e.articleHash = $h DETACH DELETE e`, { h: hash });
      await this.run(`MATCH (a:${ARTICLE_LABEL} {hash: $h}) DETACH DELETE a`, { h: hash });
      const remaining = aggregateEdges(await this.evidenceForKeys(touched.map((t) => t.key)));
      const kept = new Set(remaining.map((e) => e.key));
      const gone = touched.filter((t) => !kept.has(t.key));
      for (const t of RELATION_LABELS) {
        const keys = gone.filter((g) => g.type === t).map((g) => g.key);
        if (keys.length) await this.run(`MATCH ()-[r:${t}]->() WHERE r.key IN $keys DELETE r`, { keys });
      }
      if (remaining.length) {
        const labels = new Map<string, string>();
        for (const label of ENTITY_LABELS) {
          const ids = [...new Set(remaining.flatMap((e) => [e.source, e.target]))];
          for (const r of await this.run(`MATCH (n:${label}) WHERE n.id IN $ids RETURN n.id AS id`, { ids })) labels.set(String(r.id), label);
        }
        await this.writeEdges(remaining, new Set(remaining.map((e) => e.key)), (id) => labels.get(id) ?? "Country");
      }
      for (const label of ENTITY_LABELS) {
        const ids = mentioned.filter((m) => m.label === label).map((m) => m.id);
        if (ids.length) {
          await this.run(`MATCH (n:${label}) WHERE n.id IN $ids AND NOT EXISTS { MATCH (:${ARTICLE_LABEL})-[:${MENTIONS}]->(n) } DETACH DELETE n`, { ids });
        }
      }
    });
    if (metrics) await this.updateMetrics();
  }

  async counts(): Promise<StoreCounts> {
    const byLabel: Record<string, number> = {};
    const byType: Record<string, number> = {};
    let nodes = 0;
    let edges = 0;
    for (const l of ENTITY_LABELS) nodes += byLabel[l] = Number((await this.run(`MATCH (n:${l}) RETURN count(n) AS c`))[0]?.c ?? 0);
    for (const t of RELATION_LABELS) edges += byType[t] = Number((await this.run(`MATCH ()-[r:${t}]->() RETURN count(r) AS c`))[0]?.c ?? 0);
    const evidence = Number((await this.run(`MATCH (e:${EVIDENCE_LABEL}) RETURN count(e) AS c`))[0]?.c ?? 0);
    const articles = Number((await this.run(`MATCH (a:${ARTICLE_LABEL}) RETURN count(a) AS c`))[0]?.c ?? 0);
    return { nodes, edges, evidence, articles, byLabel, byType };
  }

  async read(cypher: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
    return (await this.run(cypher, params)).map(plainRow);
  }

  /** Checks a statement without running it. */
  async check(cypher: string): Promise<string | null> {
    const ps = await this.conn.prepare(cypher);
    return ps.isSuccess() ? null : ps.getErrorMessage();
  }

  async exportGraph(): Promise<GraphJson> {
    const entities: StoredEntity[] = [];
    for (const label of ENTITY_LABELS) {
      const date = this.missingEntityDate ? "CAST(NULL AS STRING)" : "n.date";
      for (const r of await this.run(`MATCH (n:${label}) RETURN n.id AS id, n.name AS name, n.aliases AS aliases, n.kind AS kind, n.iso AS iso, n.country AS country, n.role AS role, ${date} AS date, n.degree AS degree, n.pagerank AS pagerank, n.community AS community`)) {
        const p = plainRow(r);
        entities.push({ ...(p as unknown as StoredEntity), label, aliases: (p.aliases as string[]) ?? [] });
      }
    }
    const edges: RelationEdge[] = [];
    const cols = EDGE_COLUMNS.map(([n]) => `r.${n} AS ${n}`).join(", ");
    for (const t of RELATION_LABELS) {
      for (const r of await this.run(`MATCH (a)-[r:${t}]->(b) RETURN a.id AS source, b.id AS target, ${cols}`)) {
        const p = plainRow(r);
        edges.push({ ...(p as unknown as RelationEdge), type: t, instruments: (p.instruments as string[]) ?? [], roles: (p.roles as string[]) ?? [] });
      }
    }
    const evidence = (await this.run(`MATCH (e:${EVIDENCE_LABEL}) RETURN ${EVIDENCE_COLUMNS.map(([n]) => `e.${n} AS ${n}`).join(", ")}`)).map(plainRow) as unknown as EvidenceNode[];
    const articles = (await this.run(`MATCH (a:${ARTICLE_LABEL}) RETURN a.hash AS hash, a.id AS id, a.title AS title, a.date AS date, a.source AS source, a.url AS url`)).map(plainRow) as unknown as ArticleNode[];
    const mentions = (await this.run(`MATCH (a:${ARTICLE_LABEL})-[:${MENTIONS}]->(n) RETURN a.hash AS article, n.id AS entity`)) as { article: string; entity: string }[];
    return buildGraphJson(entities, edges, evidence, articles, mentions);
  }

  async close(): Promise<void> {
    // Results are closed by run(); then the connection, then the database.
    await this.conn.close();
    await this.db.close();
  }
}
