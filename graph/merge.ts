// Pure step: extract records -> graph rows. Entities merge by id across articles, one edge per
// (type, subject, object), one Evidence row per evidence sentence with an id stable across runs.
import { createHash } from "node:crypto";
import type { Claim, Entity, ExtractRecord } from "../ingest/types.ts";
import { edgeKey, type ArticleNode, type EntityNode, type EvidenceNode, type RelationEdge } from "./schema.ts";

export interface MergedRows {
  entities: EntityNode[];
  evidence: EvidenceNode[];
  edges: RelationEdge[];
  articles: ArticleNode[];
  /** Article (by hash) -> entity it mentions. */
  mentions: { article: string; entity: string }[];
}

/** The aggregate columns of an edge, recomputed from its evidence. */
export type EdgeAggregate = Omit<RelationEdge, "key" | "type" | "source" | "target">;

export const evidenceId = (articleHash: string, key: string, start: number, polarity: string, modality: string): string =>
  createHash("sha256").update(`${articleHash}\u0000${key}\u0000${start}\u0000${polarity}\u0000${modality}`).digest("hex").slice(0, 32);

/** A `YYYY-MM-DD` string, else null: a malformed or missing date is never stored (nor compared as text). */
const isoDate = (d: unknown): string | null => (typeof d === "string" && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : null);

export function entityNode(e: Entity): EntityNode {
  return {
    id: e.id, label: e.type, name: e.name, aliases: [...new Set(e.aliases ?? [])].sort(),
    kind: e.kind ?? null, iso: e.iso ?? null, country: e.country ?? null, role: e.role ?? null, date: isoDate(e.date),
  };
}

/** The earlier of two ISO dates, either of which may be missing: commutative, so merge order does not matter. */
export const earlierDate = (a: string | null, b: string | null): string | null => (a && b ? (b < a ? b : a) : a ?? b);

/**
 * Unions aliases of `b` into `a` (first-seen label, name and fields win, missing ones are filled); `date`
 * is the earlier of the two, whichever article came first.
 */
export function mergeEntity(a: EntityNode, b: EntityNode): EntityNode {
  const aliases = new Set(a.aliases);
  for (const x of b.aliases) aliases.add(x);
  if (b.name !== a.name) aliases.add(b.name);
  aliases.delete(a.name);
  return {
    ...a, aliases: [...aliases].sort(),
    kind: a.kind ?? b.kind, iso: a.iso ?? b.iso, country: a.country ?? b.country, role: a.role ?? b.role,
    date: earlierDate(a.date, b.date),
  };
}

export function articleNode(r: ExtractRecord): ArticleNode {
  return { hash: r.hash, id: r.article, title: r.title ?? null, date: r.date ?? null, source: r.source ?? null, url: r.url ?? null };
}

/** The Evidence rows of one record: its claims (asserted) and its hedged items, with their polarity/modality. */
export function recordEvidence(r: ExtractRecord): EvidenceNode[] {
  const known = new Set(r.entities.map((e) => e.id));
  const out = new Map<string, EvidenceNode>();
  const add = (c: Claim, hedged: boolean) => {
    // An edge needs both endpoints as nodes: a claim naming an entity the record does not list is dropped.
    if (!known.has(c.subject) || !known.has(c.object)) return;
    const polarity = c.polarity ?? "positive";
    const modality = c.modality ?? (hedged ? "hypothetical" : "asserted");
    const key = edgeKey(c.type, c.subject, c.object);
    for (const ev of c.evidence ?? []) {
      const id = evidenceId(r.hash, key, ev.start, polarity, modality);
      if (out.has(id)) continue; // the same sentence found by two rules counts once
      out.set(id, {
        id, edgeKey: key, type: c.type, subject: c.subject, object: c.object,
        sentence: ev.sentence, start: ev.start, endOffset: ev.end,
        triggerStart: ev.trigger?.[0] ?? null, triggerEnd: ev.trigger?.[1] ?? null,
        articleHash: r.hash, articleId: r.article, date: r.date ?? null, source: r.source ?? null,
        attribution: ev.attribution ?? null, rule: c.rule, confidence: c.confidence, polarity, modality,
        instrument: c.instrument && known.has(c.instrument) ? c.instrument : null, role: c.role ?? null,
      });
    }
  };
  for (const c of r.claims ?? []) add(c, false);
  for (const c of r.hedged ?? []) add(c, true);
  return [...out.values()];
}

export const isAsserted = (e: Pick<EvidenceNode, "polarity" | "modality">): boolean =>
  e.polarity === "positive" && e.modality === "asserted";

type AggInput = Pick<EvidenceNode, "edgeKey" | "type" | "subject" | "object" | "articleHash" | "source" | "date" | "confidence" | "polarity" | "modality" | "instrument" | "role">;

/** Recomputes every edge from its evidence: used at first load, on later loads for touched edges, and on remove. */
export function aggregateEdges(evidence: Iterable<AggInput>): RelationEdge[] {
  const groups = new Map<string, AggInput[]>();
  for (const e of evidence) {
    const g = groups.get(e.edgeKey);
    if (g) g.push(e);
    else groups.set(e.edgeKey, [e]);
  }
  const edges: RelationEdge[] = [];
  for (const [key, evs] of groups) {
    const first = evs[0]!;
    const dates = evs.map((e) => e.date).filter((d): d is string => !!d).sort();
    const asserted = evs.filter(isAsserted).length;
    edges.push({
      key, type: first.type, source: first.subject, target: first.object,
      evidenceCount: evs.length,
      assertedCount: asserted,
      hedgedCount: evs.length - asserted,
      articleCount: new Set(evs.map((e) => e.articleHash)).size,
      // An article without a named source counts as its own source.
      sourceCount: new Set(evs.map((e) => e.source ?? `article:${e.articleHash}`)).size,
      firstDate: dates[0] ?? null,
      lastDate: dates.at(-1) ?? null,
      maxConfidence: Math.max(...evs.map((e) => Number(e.confidence) || 0)),
      instruments: [...new Set(evs.map((e) => e.instrument).filter((x): x is string => !!x))].sort(),
      roles: [...new Set(evs.map((e) => e.role).filter((x): x is string => !!x))].sort(),
    });
  }
  return edges.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** records -> rows. Records repeating an already-seen content hash are ignored (the same text under another name). */
export function mergeRecords(records: Iterable<ExtractRecord>): MergedRows {
  const entities = new Map<string, EntityNode>();
  const evidence: EvidenceNode[] = [];
  const articles = new Map<string, ArticleNode>();
  const mentions: { article: string; entity: string }[] = [];
  for (const r of records) {
    if (articles.has(r.hash)) continue;
    articles.set(r.hash, articleNode(r));
    const seen = new Set<string>();
    for (const e of r.entities ?? []) {
      const node = entityNode(e);
      const prev = entities.get(e.id);
      entities.set(e.id, prev ? mergeEntity(prev, node) : node);
      if (!seen.has(e.id)) {
        seen.add(e.id);
        mentions.push({ article: r.hash, entity: e.id });
      }
    }
    evidence.push(...recordEvidence(r));
  }
  return { entities: [...entities.values()], evidence, edges: aggregateEdges(evidence), articles: [...articles.values()], mentions };
}
