// Kuzu DDL generated from the fixed label and relation lists in graph/schema.ts. `end` is reserved in
// Kuzu, hence `endOffset`. Dates are ISO strings (YYYY-MM-DD) so both stores compare them the same way.
import { ARTICLE_LABEL, ENTITY_LABELS, EVIDENCE_LABEL, FROM_ARTICLE, MENTIONS, RELATION_LABELS } from "../schema.ts";

export const ENTITY_COLUMNS = [
  ["id", "STRING"], ["name", "STRING"], ["aliases", "STRING[]"], ["kind", "STRING"], ["iso", "STRING"],
  ["country", "STRING"], ["role", "STRING"], ["degree", "INT64"], ["pagerank", "DOUBLE"], ["community", "INT64"],
] as const;
export const ARTICLE_COLUMNS = [
  ["hash", "STRING"], ["id", "STRING"], ["title", "STRING"], ["date", "STRING"], ["source", "STRING"], ["url", "STRING"], ["loadedAt", "STRING"],
] as const;
export const EVIDENCE_COLUMNS = [
  ["id", "STRING"], ["edgeKey", "STRING"], ["type", "STRING"], ["subject", "STRING"], ["object", "STRING"], ["sentence", "STRING"],
  ["start", "INT64"], ["endOffset", "INT64"], ["triggerStart", "INT64"], ["triggerEnd", "INT64"], ["articleHash", "STRING"],
  ["articleId", "STRING"], ["date", "STRING"], ["source", "STRING"], ["attribution", "STRING"], ["rule", "STRING"],
  ["confidence", "DOUBLE"], ["polarity", "STRING"], ["modality", "STRING"], ["instrument", "STRING"], ["role", "STRING"],
] as const;
export const EDGE_COLUMNS = [
  ["key", "STRING"], ["evidenceCount", "INT64"], ["assertedCount", "INT64"], ["hedgedCount", "INT64"], ["articleCount", "INT64"],
  ["sourceCount", "INT64"], ["firstDate", "STRING"], ["lastDate", "STRING"], ["maxConfidence", "DOUBLE"],
  ["instruments", "STRING[]"], ["roles", "STRING[]"],
] as const;

type Columns = readonly (readonly [string, string])[];
const colDefs = (cols: Columns) => cols.map(([n, t]) => `${n} ${t}`).join(", ");
const allPairs = () => ENTITY_LABELS.flatMap((a) => ENTITY_LABELS.map((b) => `FROM ${a} TO ${b}`)).join(", ");

export const FTS_INDEX = "evidence_sentence";

/** [table name, CREATE statement] in creation order. */
export function kuzuSchemaStatements(): [string, string][] {
  return [
    ...ENTITY_LABELS.map((l): [string, string] => [l, `CREATE NODE TABLE IF NOT EXISTS ${l}(${colDefs(ENTITY_COLUMNS)}, PRIMARY KEY (id))`]),
    [ARTICLE_LABEL, `CREATE NODE TABLE IF NOT EXISTS ${ARTICLE_LABEL}(${colDefs(ARTICLE_COLUMNS)}, PRIMARY KEY (hash))`],
    [EVIDENCE_LABEL, `CREATE NODE TABLE IF NOT EXISTS ${EVIDENCE_LABEL}(${colDefs(EVIDENCE_COLUMNS)}, PRIMARY KEY (id))`],
    ...RELATION_LABELS.map((t): [string, string] => [t, `CREATE REL TABLE IF NOT EXISTS ${t}(${allPairs()}, ${colDefs(EDGE_COLUMNS)})`]),
    [FROM_ARTICLE, `CREATE REL TABLE IF NOT EXISTS ${FROM_ARTICLE}(FROM ${EVIDENCE_LABEL} TO ${ARTICLE_LABEL})`],
    [MENTIONS, `CREATE REL TABLE IF NOT EXISTS ${MENTIONS}(${ENTITY_LABELS.map((l) => `FROM ${ARTICLE_LABEL} TO ${l}`).join(", ")})`],
  ];
}

/**
 * `COPY <table> FROM (UNWIND $rows AS r RETURN …)`: a bulk insert of parameter rows, which (unlike COPY from
 * a file) runs inside a manual transaction, so an article's rows and its Article node commit together.
 * Every column is cast, so a batch where a column is all null or all integers still gets the declared type.
 */
export function copyStatement(table: string, cols: Columns, rel?: { from: string; to: string }): string {
  const ret = cols.map(([n, t]) => `CAST(r.${n} AS ${t})`);
  const endpoints = rel ? ["r._from", "r._to"] : [];
  const opts = rel ? ` (from='${rel.from}', to='${rel.to}')` : "";
  return `COPY ${table} FROM (UNWIND $rows AS r RETURN ${[...endpoints, ...ret].join(", ")})${opts}`;
}

/** Aggregate update of existing edges, matched through their endpoints' primary keys. */
export function edgeUpdateStatement(type: string, from: string, to: string): string {
  const sets = EDGE_COLUMNS.filter(([n]) => n !== "key").map(([n, t]) => `r.${n} = CAST(row.${n} AS ${t})`).join(", ");
  return `UNWIND $rows AS row MATCH (a:${from} {id: row._from})-[r:${type}]->(b:${to} {id: row._to}) SET ${sets}`;
}
