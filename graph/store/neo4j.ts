// The Neo4j store (server, cluster or Aura via NEO4J_URI). Same load plan as Kuzu: new articles by content
// hash, one write transaction per batch through executeWrite (transient errors retried, so every statement
// is an idempotent MERGE), relationship batches sent one after another, aggregates recomputed in TypeScript.
import neo4j, { type Driver, type ManagedTransaction } from "neo4j-driver";
import { StoreError } from "../../ingest/errors.ts";
import type { ExtractRecord } from "../../ingest/types.ts";
import { ENTITY_LABELS, RELATION_LABELS, type ArticleNode, type EntityNode, type EvidenceNode, type GraphJson, type RelationEdge } from "../schema.ts";
import { aggregateEdges, mergeEntity, mergeRecords } from "../merge.ts";
import { computeMetrics, metricsChanged } from "../metrics.ts";
import { buildGraphJson, type StoredEntity } from "./graph-json.ts";
import { batchRecords, planLoad } from "./load-plan.ts";
import { NEO4J } from "./neo4j-statements.ts";
import { plainRow } from "./plain-values.ts";
import type { LoadOptions, LoadSummary, Store, StoreCounts } from "./types.ts";

export { neo4jStatements } from "./neo4j-statements.ts";

type Row = Record<string, unknown>;

export function mapNeo4jError(err: unknown, uri: string): StoreError {
  if (err instanceof StoreError) return err;
  const e = err as { code?: string; message?: string };
  const msg = (e.message ?? String(err)).split("\n")[0];
  if (e.code === "ServiceUnavailable" || e.code === "SessionExpired") {
    return new StoreError("STORE_UNREACHABLE", `cannot reach Neo4j at ${uri}: ${msg}`, "check NEO4J_URI and that the server is running");
  }
  if (e.code === "Neo.ClientError.Security.Unauthorized" || e.code === "Neo.ClientError.Security.AuthenticationRateLimit") {
    return new StoreError("STORE_AUTH", `Neo4j at ${uri} refused the credentials`, "check NEO4J_USERNAME and NEO4J_PASSWORD");
  }
  if (e.code === "Neo.ClientError.Database.DatabaseNotFound") {
    return new StoreError("STORE_MISSING", `Neo4j at ${uri} has no such database: ${msg}`, "check NEO4J_DATABASE");
  }
  return new StoreError("STORE_ERROR", `Neo4j at ${uri}: ${msg}${e.code ? ` (${e.code})` : ""}`, "set KG_DEBUG=1 for details");
}

// Neo4j stores JS numbers as floats: integer columns are sent as Integers so they stay integers.
const int = (v: unknown) => (v === null || v === undefined ? null : neo4j.int(Math.round(Number(v))));
const EVIDENCE_INTS = ["start", "endOffset", "triggerStart", "triggerEnd"] as const;
const EDGE_INTS = ["evidenceCount", "assertedCount", "hedgedCount", "articleCount", "sourceCount"] as const;
function withInts(row: Row, fields: readonly string[]): Row {
  const out = { ...row };
  for (const f of fields) out[f] = int(row[f]);
  return out;
}

/** JS numbers reach Neo4j as floats, and `LIMIT $n` or `range()` refuse a float: send integral numbers as Integers. */
function intParams(params: Row): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(params)) out[k] = typeof v === "number" && Number.isInteger(v) ? neo4j.int(v) : v;
  return out;
}

export interface Neo4jOptions {
  uri: string;
  username: string;
  password: string;
  database?: string;
  readOnly?: boolean;
}

export class Neo4jStore implements Store {
  readonly kind = "neo4j" as const;
  private constructor(
    readonly location: string,
    private readonly driver: Driver,
    private readonly database: string | undefined,
    private readonly readOnly: boolean,
  ) {}

  static async open(o: Neo4jOptions): Promise<Neo4jStore> {
    let driver: Driver;
    try {
      driver = neo4j.driver(o.uri, neo4j.auth.basic(o.username, o.password), { disableLosslessIntegers: true });
    } catch (err) {
      throw new StoreError("STORE_CONFIG", `NEO4J_URI ${o.uri} is not usable: ${(err as Error).message}`, "use neo4j://host:7687 or neo4j+s://… for Aura");
    }
    try {
      await driver.getServerInfo({ database: o.database });
    } catch (err) {
      await driver.close();
      throw mapNeo4jError(err, o.uri);
    }
    const store = new Neo4jStore(o.database ? `${o.uri} (${o.database})` : o.uri, driver, o.database, !!o.readOnly);
    if (!o.readOnly) await store.ensureSchema();
    return store;
  }

  private async write<T>(fn: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    if (this.readOnly) throw new StoreError("STORE_READ_ONLY", `the Neo4j store ${this.location} is open read-only`, "open it without readOnly");
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(fn);
    } catch (err) {
      throw mapNeo4jError(err, this.location);
    } finally {
      await session.close();
    }
  }

  private async readRows(q: string, params: Row = {}): Promise<Row[]> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      const res = await session.executeRead((tx) => tx.run(q, intParams(params)));
      return res.records.map((r) => plainRow(r.toObject()));
    } catch (err) {
      throw mapNeo4jError(err, this.location);
    } finally {
      await session.close();
    }
  }

  async ensureSchema(): Promise<void> {
    // Schema statements cannot share a transaction with each other in Neo4j: one auto-commit each.
    const session = this.driver.session({ database: this.database });
    try {
      for (const q of NEO4J.schema) await session.run(q);
    } catch (err) {
      throw mapNeo4jError(err, this.location);
    } finally {
      await session.close();
    }
  }

  async load(records: AsyncIterable<ExtractRecord> | Iterable<ExtractRecord>, opts: LoadOptions = {}): Promise<LoadSummary> {
    const t0 = Date.now();
    const loaded = new Map((await this.readRows(NEO4J.loadedArticles)).map((r) => [String(r.hash), String(r.id)]));
    const plan = await planLoad(records, loaded);
    for (const h of plan.replaced) await this.removeHash(h);
    const summary: LoadSummary = { articles: 0, skipped: plan.skipped, nodes: 0, edges: 0, evidence: 0, batches: 0, ms: 0 };
    if (plan.fresh.length) {
      const entities = new Map<string, EntityNode>();
      for (const r of await this.readRows(NEO4J.entityIndex)) entities.set(String(r.id), { ...(r as unknown as EntityNode), aliases: (r.aliases as string[]) ?? [] });
      const keys = new Set<string>();
      for (const t of RELATION_LABELS) for (const r of await this.readRows(NEO4J.edgeKeys[t])) keys.add(String(r.key));
      for (const batch of batchRecords(plan.fresh, opts.batchEvidence)) {
        const m = mergeRecords(batch);
        const fresh = new Map<string, EntityNode[]>();
        const mergeRows: Row[] = [];
        const updated = new Map<string, EntityNode>();
        for (const e of m.entities) {
          const prev = entities.get(e.id);
          if (!prev) {
            fresh.set(e.label, [...(fresh.get(e.label) ?? []), e]);
            updated.set(e.id, e);
          } else {
            const merged = mergeEntity(prev, e);
            if (merged.aliases.join("\u0000") !== prev.aliases.join("\u0000") || merged.date !== prev.date) {
              mergeRows.push({ id: e.id, aliases: merged.aliases, date: merged.date });
              updated.set(e.id, merged);
            }
          }
        }
        const oldKeys = [...new Set(m.evidence.map((e) => e.edgeKey))].filter((k) => keys.has(k));
        const oldSet = new Set(oldKeys);
        const loadedAt = new Date().toISOString();
        await this.write(async (tx) => {
          for (const [label, rows] of fresh) await tx.run(NEO4J.createEntities[label as (typeof ENTITY_LABELS)[number]], { rows });
          if (mergeRows.length) await tx.run(NEO4J.mergeEntityFields, { rows: mergeRows });
          for (let i = 0; i < m.evidence.length; i += 5000) {
            await tx.run(NEO4J.mergeEvidence, { rows: m.evidence.slice(i, i + 5000).map((e) => withInts(e as unknown as Row, EVIDENCE_INTS)) });
          }
          const oldAgg = aggregateEdges((await tx.run(NEO4J.evidenceForKeys, { keys: oldKeys })).records.map((r) => plainRow(r.toObject()) as unknown as EvidenceNode));
          await this.mergeEdges(tx, [...m.edges.filter((e) => !oldSet.has(e.key)), ...oldAgg]);
          // Article nodes last: an article counts as loaded only once all of its evidence is.
          await tx.run(NEO4J.mergeArticles, { rows: m.articles.map((a) => ({ ...a, loadedAt })) });
          await tx.run(NEO4J.mergeFromArticle, { rows: m.evidence.map((e) => ({ evidence: e.id, article: e.articleHash })) });
          await tx.run(NEO4J.mergeMentions, { rows: m.mentions });
        });
        for (const [id, e] of updated) entities.set(id, e);
        for (const e of m.edges) keys.add(e.key);
        summary.articles += batch.length;
        summary.nodes += [...fresh.values()].reduce((n, l) => n + l.length, 0);
        summary.edges += m.edges.length;
        summary.evidence += m.evidence.length;
        summary.batches++;
        opts.onProgress?.({ articles: summary.articles, evidence: summary.evidence, batches: summary.batches });
      }
    }
    if (plan.fresh.length || plan.replaced.length) await this.updateMetrics();
    summary.ms = Date.now() - t0;
    return summary;
  }

  /** Relationship writes go one type after another in the caller's transaction (never in parallel: lock contention). */
  private async mergeEdges(tx: ManagedTransaction, edges: RelationEdge[]): Promise<void> {
    for (const t of RELATION_LABELS) {
      const rows = edges.filter((e) => e.type === t).map(({ key, source, target, type: _t, ...props }) => ({ key, source, target, props: { key, ...withInts(props, EDGE_INTS) } }));
      for (let i = 0; i < rows.length; i += 5000) await tx.run(NEO4J.mergeEdges[t], { rows: rows.slice(i, i + 5000) });
    }
  }

  private async updateMetrics(): Promise<void> {
    const current = new Map((await this.readRows(NEO4J.metricsNodes)).map((r) => [String(r.id), r]));
    const edges = (await this.readRows(NEO4J.metricsEdges)).map((r) => ({ source: String(r.s), target: String(r.t), weight: Math.max(1, Number(r.w)) }));
    const rows: Row[] = [];
    for (const [id, m] of computeMetrics(current.keys(), edges)) {
      const c = current.get(id)!;
      if (!metricsChanged({ degree: Number(c.degree), pagerank: Number(c.pagerank), community: Number(c.community) }, m)) continue;
      rows.push({ id, degree: int(m.degree), pagerank: m.pagerank, community: int(m.community) });
    }
    if (rows.length) await this.write((tx) => tx.run(NEO4J.setMetrics, { rows }));
  }

  async remove(article: string): Promise<{ removed: boolean }> {
    const rows = await this.readRows(NEO4J.findArticle, { x: article });
    if (!rows.length) return { removed: false };
    for (const r of rows) await this.removeHash(String(r.hash));
    await this.updateMetrics();
    return { removed: true };
  }

  private async removeHash(h: string): Promise<void> {
    await this.write(async (tx) => {
      const touched = (await tx.run(NEO4J.touchedByArticle, { h })).records.map((r) => ({ key: String(r.get("key")), type: String(r.get("type")) }));
      const mentioned = (await tx.run(NEO4J.mentionedByArticle, { h })).records.map((r) => String(r.get("id")));
      await tx.run(NEO4J.deleteEvidence, { h });
      await tx.run(NEO4J.deleteArticle, { h });
      const remaining = aggregateEdges((await tx.run(NEO4J.evidenceForKeys, { keys: touched.map((t) => t.key) })).records.map((r) => plainRow(r.toObject()) as unknown as EvidenceNode));
      const kept = new Set(remaining.map((e) => e.key));
      for (const t of RELATION_LABELS) {
        const keys = touched.filter((x) => x.type === t && !kept.has(x.key)).map((x) => x.key);
        if (keys.length) await tx.run(NEO4J.deleteEdges[t], { keys });
      }
      await this.mergeEdges(tx, remaining);
      if (mentioned.length) await tx.run(NEO4J.deleteUnmentioned, { ids: mentioned });
    });
  }

  async counts(): Promise<StoreCounts> {
    const one = async (q: string) => Number((await this.readRows(q))[0]?.c ?? 0);
    const byLabel: Record<string, number> = {};
    const byType: Record<string, number> = {};
    for (const l of ENTITY_LABELS) byLabel[l] = await one(NEO4J.countLabel[l]);
    for (const t of RELATION_LABELS) byType[t] = await one(NEO4J.countType[t]);
    const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
    return { nodes: sum(byLabel), edges: sum(byType), evidence: await one(NEO4J.countEvidence), articles: await one(NEO4J.countArticles), byLabel, byType };
  }

  read(cypher: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
    return this.readRows(cypher, params);
  }

  async exportGraph(): Promise<GraphJson> {
    const entities = (await this.readRows(NEO4J.exportNodes)).map((r) => {
      const n = r.n as Row;
      return { degree: 0, pagerank: 0, community: 0, kind: null, iso: null, country: null, role: null, date: null, ...n, label: r.label, aliases: (n.aliases as string[]) ?? [] } as unknown as StoredEntity;
    });
    const nullable = ["firstDate", "lastDate"];
    const edges = (await this.readRows(NEO4J.exportEdges)).map((r) => {
      const p = r.r as Row;
      for (const f of nullable) p[f] ??= null;
      return { ...p, source: r.source, target: r.target, type: r.type, instruments: (p.instruments as string[]) ?? [], roles: (p.roles as string[]) ?? [] } as unknown as RelationEdge;
    });
    const evFields = ["triggerStart", "triggerEnd", "date", "source", "attribution", "instrument", "role"];
    const evidence = (await this.readRows(NEO4J.exportEvidence)).map((r) => {
      const e = r.e as Row;
      for (const f of evFields) e[f] ??= null;
      return e as unknown as EvidenceNode;
    });
    const articles = (await this.readRows(NEO4J.exportArticles)) as unknown as ArticleNode[];
    const mentions = (await this.readRows(NEO4J.exportMentions)) as { article: string; entity: string }[];
    return buildGraphJson(entities, edges, evidence, articles, mentions);
  }

  /** Deletes every node and relationship: for the contract tests' scratch database only. */
  async wipe(): Promise<void> {
    await this.write((tx) => tx.run(NEO4J.wipe));
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
