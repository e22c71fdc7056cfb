// The graph model shared by every store, export and query. Labels and relationship types come only from
// these lists, so no user text ever becomes a label.
//
//   (:Country|:Person|:Organization|:Weapon|:Event|:Location {id, name, aliases, kind, iso, country, role,
//        date, degree, pagerank, community})
//      -[:CONDEMNS|:SUPPLIES|… {key, evidenceCount, assertedCount, hedgedCount, articleCount, sourceCount,
//                                firstDate, lastDate, maxConfidence, instruments, roles}]->  (entity)
//   (:Evidence {id, edgeKey, type, subject, object, sentence, start, endOffset, triggerStart, triggerEnd,
//               articleHash, articleId, date, source, attribution, rule, confidence, polarity, modality,
//               instrument, role})-[:FROM_ARTICLE]->(:Article {hash, id, title, date, source, url, loadedAt})
//   (:Article)-[:MENTIONS]->(entity)
//
// An entity's `date` (ISO YYYY-MM-DD or null) is the date the articles give for it: today only Events carry
// one (a summit's, a statement's, a treaty's). Merged across articles, the earliest wins, so the stored
// value does not depend on the order articles were loaded in.
//
// Evidence is a node table keyed by id (not a list on the edge): both stores index node keys, Kuzu's
// full-text index works only on node tables, and an edge goes to its sentences in one query by its key:
//   MATCH (a)-[r:CONDEMNS]->(b) MATCH (e:Evidence {edgeKey: r.key}) RETURN e.sentence

import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from "../ingest/types.ts";

export const ENTITY_LABELS = ENTITY_TYPES;
export const RELATION_LABELS = RELATION_TYPES;
export const ARTICLE_LABEL = "Article" as const;
export const EVIDENCE_LABEL = "Evidence" as const;
export const FROM_ARTICLE = "FROM_ARTICLE" as const;
export const MENTIONS = "MENTIONS" as const;

/** Stable key of an edge: the same (type, subject, object) always gives the same key. */
export const edgeKey = (type: RelationType, subject: string, object: string): string => `${type}|${subject}|${object}`;

export interface EntityNode {
  id: string;
  label: EntityType;
  name: string;
  aliases: string[];
  kind: string | null;
  iso: string | null;
  country: string | null;
  role: string | null;
  /** ISO `YYYY-MM-DD` the articles give for the entity (Events), the earliest when they differ; else null. */
  date: string | null;
}

export interface EvidenceNode {
  id: string;
  edgeKey: string;
  type: RelationType;
  subject: string;
  object: string;
  sentence: string;
  start: number;
  endOffset: number;
  triggerStart: number | null;
  triggerEnd: number | null;
  articleHash: string;
  articleId: string;
  date: string | null;
  source: string | null;
  attribution: string | null;
  rule: string;
  confidence: number;
  polarity: "positive" | "negated";
  modality: string;
  instrument: string | null;
  role: string | null;
}

export interface RelationEdge {
  key: string;
  type: RelationType;
  source: string;
  target: string;
  evidenceCount: number;
  assertedCount: number;
  hedgedCount: number;
  articleCount: number;
  sourceCount: number;
  firstDate: string | null;
  lastDate: string | null;
  maxConfidence: number;
  instruments: string[];
  roles: string[];
}

export interface ArticleNode {
  hash: string;
  id: string;
  title: string | null;
  date: string | null;
  source: string | null;
  url: string | null;
}

/**
 * `kg export --format json` and the viewer's `/api/graph`: graphology's serialisation (graph.export())
 * with these attributes. Node keys are entity ids; edge keys are edge keys.
 */
export interface GraphJson {
  /**
   * Added by the graph owner: `mentions` lists Article (by hash) -> entity id, so exports can recreate
   * MENTIONS (entities mentioned without a claim included). Always filled by Store.exportGraph().
   */
  attributes: { articles: ArticleNode[]; generatedAt?: string; mentions?: { article: string; entity: string }[] };
  options: { type: "directed"; multi: true; allowSelfLoops: boolean };
  nodes: { key: string; attributes: GraphJsonNode }[];
  edges: { key: string; source: string; target: string; attributes: GraphJsonEdge }[];
}
export interface GraphJsonNode {
  label: string;
  type: EntityType;
  kind: string | null;
  aliases: string[];
  iso: string | null;
  country: string | null;
  role: string | null;
  /** The entity's own date (EntityNode.date), not the span of its relations (firstDate/lastDate). */
  date: string | null;
  degree: number;
  pagerank: number;
  community: number;
  firstDate: string | null;
  lastDate: string | null;
}
export interface GraphJsonEdge extends Omit<RelationEdge, "key" | "source" | "target"> {
  evidence: (EvidenceNode & { articleTitle: string | null; articleUrl: string | null; articleSource: string | null })[];
}
