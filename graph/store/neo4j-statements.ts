// Every Cypher statement the Neo4j store sends, generated once from the fixed label and type lists:
// no user text ever becomes a label, values always go in as $parameters. Tests parse each of them
// with Neo4j's own parser (tests/unit/graph/neo4j-statements.test.ts).
//
// Neo4j-only addition to graph/schema.ts: every entity node also carries the label `:Entity`, with a
// uniqueness constraint on Entity.id, so edges and mentions match their endpoints through one index.
import { ARTICLE_LABEL, ENTITY_LABELS, EVIDENCE_LABEL, FROM_ARTICLE, MENTIONS, RELATION_LABELS } from "../schema.ts";

export const ENTITY_SUPER_LABEL = "Entity" as const;
type Label = (typeof ENTITY_LABELS)[number];
type RelType = (typeof RELATION_LABELS)[number];

const byLabel = <T>(f: (l: Label) => T) => Object.fromEntries(ENTITY_LABELS.map((l) => [l, f(l)])) as Record<Label, T>;
const byType = <T>(f: (t: RelType) => T) => Object.fromEntries(RELATION_LABELS.map((t) => [t, f(t)])) as Record<RelType, T>;

export const NEO4J = {
  schema: [
    `CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:${ENTITY_SUPER_LABEL}) REQUIRE n.id IS UNIQUE`,
    ...ENTITY_LABELS.map((l) => `CREATE CONSTRAINT ${l.toLowerCase()}_id IF NOT EXISTS FOR (n:${l}) REQUIRE n.id IS UNIQUE`),
    `CREATE CONSTRAINT article_hash IF NOT EXISTS FOR (a:${ARTICLE_LABEL}) REQUIRE a.hash IS UNIQUE`,
    `CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (e:${EVIDENCE_LABEL}) REQUIRE e.id IS UNIQUE`,
    `CREATE INDEX article_id IF NOT EXISTS FOR (a:${ARTICLE_LABEL}) ON (a.id)`,
    `CREATE INDEX evidence_edge_key IF NOT EXISTS FOR (e:${EVIDENCE_LABEL}) ON (e.edgeKey)`,
    `CREATE INDEX evidence_article_hash IF NOT EXISTS FOR (e:${EVIDENCE_LABEL}) ON (e.articleHash)`,
    ...RELATION_LABELS.map((t) => `CREATE INDEX rel_${t.toLowerCase()}_key IF NOT EXISTS FOR ()-[r:${t}]-() ON (r.key)`),
    `CREATE FULLTEXT INDEX evidence_sentence IF NOT EXISTS FOR (e:${EVIDENCE_LABEL}) ON EACH [e.sentence]`,
  ],
  loadedArticles: `MATCH (a:${ARTICLE_LABEL}) RETURN a.hash AS hash, a.id AS id`,
  entityIndex: `MATCH (n:${ENTITY_SUPER_LABEL}) RETURN n.id AS id, [l IN labels(n) WHERE l <> '${ENTITY_SUPER_LABEL}'][0] AS label, n.name AS name, n.aliases AS aliases, n.kind AS kind, n.iso AS iso, n.country AS country, n.role AS role, n.date AS date`,
  edgeKeys: byType((t) => `MATCH ()-[r:${t}]->() RETURN r.key AS key`),
  evidenceForKeys: `UNWIND $keys AS k MATCH (e:${EVIDENCE_LABEL} {edgeKey: k}) RETURN e.edgeKey AS edgeKey, e.type AS type, e.subject AS subject, e.object AS object, e.articleHash AS articleHash, e.source AS source, e.date AS date, e.confidence AS confidence, e.polarity AS polarity, e.modality AS modality, e.instrument AS instrument, e.role AS role`,
  createEntities: byLabel((l) => `UNWIND $rows AS row MERGE (n:${l} {id: row.id}) SET n:${ENTITY_SUPER_LABEL}, n.name = row.name, n.aliases = row.aliases, n.kind = row.kind, n.iso = row.iso, n.country = row.country, n.role = row.role, n.date = row.date, n.degree = coalesce(n.degree, 0), n.pagerank = coalesce(n.pagerank, 0.0), n.community = coalesce(n.community, 0)`),
  /** What a later article changes on a known entity: aliases unioned, the earlier date (graph/merge.ts). */
  mergeEntityFields: `UNWIND $rows AS row MATCH (n:${ENTITY_SUPER_LABEL} {id: row.id}) SET n.aliases = row.aliases, n.date = row.date`,
  setMetrics: `UNWIND $rows AS row MATCH (n:${ENTITY_SUPER_LABEL} {id: row.id}) SET n.degree = row.degree, n.pagerank = row.pagerank, n.community = row.community`,
  mergeEvidence: `UNWIND $rows AS row MERGE (e:${EVIDENCE_LABEL} {id: row.id}) SET e += row`,
  mergeEdges: byType((t) => `UNWIND $rows AS row MATCH (a:${ENTITY_SUPER_LABEL} {id: row.source}) MATCH (b:${ENTITY_SUPER_LABEL} {id: row.target}) MERGE (a)-[r:${t} {key: row.key}]->(b) SET r += row.props`),
  mergeArticles: `UNWIND $rows AS row MERGE (a:${ARTICLE_LABEL} {hash: row.hash}) SET a += row`,
  mergeFromArticle: `UNWIND $rows AS row MATCH (e:${EVIDENCE_LABEL} {id: row.evidence}) MATCH (a:${ARTICLE_LABEL} {hash: row.article}) MERGE (e)-[:${FROM_ARTICLE}]->(a)`,
  mergeMentions: `UNWIND $rows AS row MATCH (a:${ARTICLE_LABEL} {hash: row.article}) MATCH (n:${ENTITY_SUPER_LABEL} {id: row.entity}) MERGE (a)-[:${MENTIONS}]->(n)`,
  findArticle: `MATCH (a:${ARTICLE_LABEL}) WHERE a.hash = $x OR a.id = $x RETURN a.hash AS hash`,
  touchedByArticle: `MATCH (e:${EVIDENCE_LABEL} {articleHash: $h}) RETURN DISTINCT e.edgeKey AS key, e.type AS type`,
  mentionedByArticle: `MATCH (:${ARTICLE_LABEL} {hash: $h})-[:${MENTIONS}]->(n:${ENTITY_SUPER_LABEL}) RETURN n.id AS id`,
  deleteEvidence: `MATCH (e:${EVIDENCE_LABEL} {articleHash: $h}) DETACH DELETE e`,
  deleteArticle: `MATCH (a:${ARTICLE_LABEL} {hash: $h}) DETACH DELETE a`,
  deleteEdges: byType((t) => `UNWIND $keys AS k MATCH ()-[r:${t} {key: k}]->() DELETE r`),
  deleteUnmentioned: `MATCH (n:${ENTITY_SUPER_LABEL}) WHERE n.id IN $ids AND NOT EXISTS { MATCH (:${ARTICLE_LABEL})-[:${MENTIONS}]->(n) } DETACH DELETE n`,
  countLabel: byLabel((l) => `MATCH (n:${l}) RETURN count(n) AS c`),
  countType: byType((t) => `MATCH ()-[r:${t}]->() RETURN count(r) AS c`),
  countEvidence: `MATCH (e:${EVIDENCE_LABEL}) RETURN count(e) AS c`,
  countArticles: `MATCH (a:${ARTICLE_LABEL}) RETURN count(a) AS c`,
  metricsNodes: `MATCH (n:${ENTITY_SUPER_LABEL}) RETURN n.id AS id, n.degree AS degree, n.pagerank AS pagerank, n.community AS community`,
  metricsEdges: `MATCH (a:${ENTITY_SUPER_LABEL})-[r]->(b:${ENTITY_SUPER_LABEL}) WHERE r.key IS NOT NULL RETURN a.id AS s, b.id AS t, r.assertedCount AS w`,
  exportNodes: `MATCH (n:${ENTITY_SUPER_LABEL}) RETURN n {.*} AS n, [l IN labels(n) WHERE l <> '${ENTITY_SUPER_LABEL}'][0] AS label`,
  exportEdges: `MATCH (a:${ENTITY_SUPER_LABEL})-[r]->(b:${ENTITY_SUPER_LABEL}) WHERE r.key IS NOT NULL RETURN a.id AS source, b.id AS target, type(r) AS type, r {.*} AS r`,
  exportEvidence: `MATCH (e:${EVIDENCE_LABEL}) RETURN e {.*} AS e`,
  exportMentions: `MATCH (a:${ARTICLE_LABEL})-[:${MENTIONS}]->(n:${ENTITY_SUPER_LABEL}) RETURN a.hash AS article, n.id AS entity`,
  wipe: `MATCH (n) DETACH DELETE n`,
  exportArticles: `MATCH (a:${ARTICLE_LABEL}) RETURN a.hash AS hash, a.id AS id, a.title AS title, a.date AS date, a.source AS source, a.url AS url`,
};

/** Every statement text the Neo4j store can send. */
export function neo4jStatements(): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === "string") out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  walk(NEO4J);
  return out;
}
