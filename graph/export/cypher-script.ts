// A parameter-free Cypher script that recreates the graph with cypher-shell
// (`cypher-shell -u neo4j -p … -f graph.cypher`). Values are written as escaped literals; labels and
// types come only from the fixed lists. Idempotent: MERGE on each key, so re-running it changes nothing.
import { ARTICLE_LABEL, EVIDENCE_LABEL, FROM_ARTICLE, MENTIONS, type GraphJson } from "../schema.ts";
import { ENTITY_SUPER_LABEL, NEO4J } from "../store/neo4j-statements.ts";

/** A Cypher string literal: backslash, quote and control characters escaped. */
export function cypherString(s: string): string {
  return `'${s.replace(/[\\'\u0000-\u001f\u2028\u2029]/g, (c) => {
    switch (c) {
      case "\\": return "\\\\";
      case "'": return "\\'";
      case "\n": return "\\n";
      case "\r": return "\\r";
      case "\t": return "\\t";
      default: return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
    }
  })}'`;
}

export function cypherValue(v: unknown, asFloat = false): string {
  if (v === null || v === undefined) return "null";
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return "null";
    return asFloat && Number.isInteger(v) ? `${v}.0` : String(v);
  }
  if (typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return `[${v.map((x) => cypherValue(x)).join(", ")}]`;
  return cypherString(String(v));
}

const FLOATS = new Set(["pagerank", "confidence", "maxConfidence"]);
const props = (o: Record<string, unknown>) =>
  `{${Object.entries(o).filter(([, v]) => v !== null && v !== undefined).map(([k, v]) => `${k}: ${cypherValue(v, FLOATS.has(k))}`).join(", ")}}`;

export function cypherScriptStatements(g: GraphJson): string[] {
  const out: string[] = [...NEO4J.schema];
  for (const n of g.nodes) {
    const a = n.attributes;
    out.push(`MERGE (n:${a.type} {id: ${cypherString(n.key)}}) SET n:${ENTITY_SUPER_LABEL}, n += ${props({
      name: a.label, aliases: a.aliases, kind: a.kind, iso: a.iso, country: a.country, role: a.role, date: a.date, degree: a.degree, pagerank: a.pagerank, community: a.community,
    })}`);
  }
  for (const a of g.attributes.articles) {
    out.push(`MERGE (a:${ARTICLE_LABEL} {hash: ${cypherString(a.hash)}}) SET a += ${props({ id: a.id, title: a.title, date: a.date, source: a.source, url: a.url })}`);
  }
  for (const e of g.edges) {
    const { evidence, type, ...agg } = e.attributes;
    out.push(`MATCH (a:${ENTITY_SUPER_LABEL} {id: ${cypherString(e.source)}}) MATCH (b:${ENTITY_SUPER_LABEL} {id: ${cypherString(e.target)}}) MERGE (a)-[r:${type} {key: ${cypherString(e.key)}}]->(b) SET r += ${props(agg)}`);
    for (const ev of evidence) {
      const { articleTitle: _t, articleUrl: _u, articleSource: _s, id, ...rest } = ev;
      out.push(`MERGE (e:${EVIDENCE_LABEL} {id: ${cypherString(id)}}) SET e += ${props(rest)}`);
      out.push(`MATCH (e:${EVIDENCE_LABEL} {id: ${cypherString(id)}}) MATCH (a:${ARTICLE_LABEL} {hash: ${cypherString(ev.articleHash)}}) MERGE (e)-[:${FROM_ARTICLE}]->(a)`);
    }
  }
  for (const m of g.attributes.mentions ?? []) {
    out.push(`MATCH (a:${ARTICLE_LABEL} {hash: ${cypherString(m.article)}}) MATCH (n:${ENTITY_SUPER_LABEL} {id: ${cypherString(m.entity)}}) MERGE (a)-[:${MENTIONS}]->(n)`);
  }
  return out;
}

export const cypherScript = (g: GraphJson): string =>
  `// kg export --format cypher: recreates the graph. Run: cypher-shell -u neo4j -p <password> -f <this file>\n${cypherScriptStatements(g).map((s) => `${s};`).join("\n")}\n`;
