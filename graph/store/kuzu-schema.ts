// Kuzu DDL generated from the fixed label and relation lists in graph/schema.ts. `end` is reserved in
// Kuzu, hence `endOffset`. Dates are ISO strings (YYYY-MM-DD) so both stores compare them the same way.
import { ARTICLE_LABEL, ENTITY_LABELS, EVIDENCE_LABEL, FROM_ARTICLE, MENTIONS, RELATION_LABELS } from "../schema.ts";

// COPY fills a table's columns by position and ALTER TABLE … ADD appends: a column added after the first
// release goes at the END of its list, so a table created now and an older one upgraded by
// kuzuAddColumnStatements() have their columns in the same order.
export const ENTITY_COLUMNS = [
  ["id", "STRING"], ["name", "STRING"], ["aliases", "STRING[]"], ["kind", "STRING"], ["iso", "STRING"],
  ["country", "STRING"], ["role", "STRING"], ["degree", "INT64"], ["pagerank", "DOUBLE"], ["community", "INT64"],
  ["date", "STRING"],
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

/** Every table with its declared columns (FROM_ARTICLE and MENTIONS have none). */
export function kuzuTableColumns(): [string, Columns][] {
  return [
    ...ENTITY_LABELS.map((l): [string, Columns] => [l, ENTITY_COLUMNS]),
    [ARTICLE_LABEL, ARTICLE_COLUMNS],
    [EVIDENCE_LABEL, EVIDENCE_COLUMNS],
    ...RELATION_LABELS.map((t): [string, Columns] => [t, EDGE_COLUMNS]),
  ];
}

/**
 * `ALTER TABLE t ADD col TYPE` for each declared column an existing table lacks (a graph built before the
 * column was added: entity `date`). `existing`: table name -> its column names (CALL table_info).
 * The new column is null on every row already there.
 */
export function kuzuAddColumnStatements(existing: Map<string, Set<string>>): string[] {
  const out: string[] = [];
  for (const [table, cols] of kuzuTableColumns()) {
    const have = existing.get(table);
    if (!have) continue; // created whole by kuzuSchemaStatements()
    for (const [n, t] of cols) if (!have.has(n)) out.push(`ALTER TABLE ${table} ADD ${n} ${t}`);
  }
  return out;
}

/**
 * Kuzu's node binding types a parameter list from its FIRST element and reinterprets the rest: a 1 before
 * a 0.5 stores 0.5's bits as an integer (4602678819172647000), and a null or [] first fails with "vector
 * with ANY type". Strings are immune, so every value is sent as a string (or null) and cast back in
 * Cypher; lists travel joined with U+001F and are split again. See tests/integration/store-kuzu.test.ts.
 */
export const LIST_SEP = "\u001f";
export type Columns = readonly (readonly [string, string])[];

export function valueExpr(src: string, name: string, type: string): string {
  if (type === "STRING[]") return `CASE WHEN ${src}.${name} IS NULL THEN CAST([] AS STRING[]) ELSE string_split(${src}.${name}, '${LIST_SEP}') END`;
  return `CAST(${src}.${name} AS ${type})`;
}

export function encodeValue(v: unknown, type: string): string | null {
  if (v === null || v === undefined) return null;
  if (type === "STRING[]") {
    const xs = (v as unknown[]).map((x) => String(x).replaceAll(LIST_SEP, " "));
    return xs.length ? xs.join(LIST_SEP) : null;
  }
  if (type === "INT64") return String(Math.trunc(Number(v)));
  if (type === "DOUBLE") return Number.isFinite(Number(v)) ? String(Number(v)) : null;
  return String(v);
}

/** Rows as the statements below expect them: declared columns encoded, `_from`/`_to` endpoint keys kept. */
export function encodeRows(cols: Columns, rows: readonly Record<string, unknown>[]): Record<string, string | null>[] {
  return rows.map((row) => {
    const out: Record<string, string | null> = {};
    if ("_from" in row) out._from = String(row._from);
    if ("_to" in row) out._to = String(row._to);
    for (const [n, t] of cols) out[n] = encodeValue(row[n], t);
    return out;
  });
}

/**
 * `COPY <table> FROM (UNWIND $rows AS r RETURN …)`: a bulk insert of parameter rows, which (unlike COPY from
 * a file) runs inside a manual transaction, so an article's rows and its Article node commit together.
 */
export function copyStatement(table: string, cols: Columns, rel?: { from: string; to: string }): string {
  const ret = cols.map(([n, t]) => valueExpr("r", n, t));
  const endpoints = rel ? ["r._from", "r._to"] : [];
  const opts = rel ? ` (from='${rel.from}', to='${rel.to}')` : "";
  return `COPY ${table} FROM (UNWIND $rows AS r RETURN ${[...endpoints, ...ret].join(", ")})${opts}`;
}

/**
 * Bulk insert from a CSV file we wrote: `COPY t FROM (LOAD WITH HEADERS (…typed…) FROM file …)`.
 * Measured against COPY-from-parameters on 20k Evidence rows: ~0.4 s vs ~7 s. Columns are typed in the
 * LOAD (no sniffing: an id "007" stays a string), lists go through string_split, and parallel=false
 * lets quoted fields hold newlines. Column names are c0…cN so no column name can be a reserved word.
 */
export function copyCsvStatement(table: string, cols: Columns, file: string, rel?: { from: string; to: string }, multiline = true): string {
  const all: [string, string][] = [...(rel ? [["_from", "STRING"], ["_to", "STRING"]] as [string, string][] : []), ...cols.map(([n, t]) => [n, t] as [string, string])];
  const decl = all.map(([, t], i) => `c${i} ${t === "STRING[]" ? "STRING" : t}`).join(", ");
  const ret = all.map(([, t], i) => (t === "STRING[]" ? `CASE WHEN c${i} IS NULL THEN CAST([] AS STRING[]) ELSE string_split(c${i}, '${LIST_SEP}') END` : `c${i}`)).join(", ");
  const opts = rel ? ` (from='${rel.from}', to='${rel.to}')` : "";
  return `COPY ${table} FROM (LOAD WITH HEADERS (${decl}) FROM '${file.replace(/'/g, "\\'")}' (header=true, parallel=${!multiline}) RETURN ${ret})${opts}`;
}

/** `UNWIND $rows … MATCH (n:Label {id}) SET n.col = …` for the given columns (rows from encodeRows). */
export function nodeUpdateStatement(label: string, cols: Columns): string {
  return `UNWIND $rows AS row MATCH (n:${label} {id: row.id}) SET ${cols.map(([n, t]) => `n.${n} = ${valueExpr("row", n, t)}`).join(", ")}`;
}

export const EDGE_UPDATE_COLUMNS = EDGE_COLUMNS.filter(([n]) => n !== "key");
/** What a later article can change on an entity already stored: its aliases (unioned) and date (the earliest). */
export const ENTITY_MERGE_COLUMNS = [["id", "STRING"], ["aliases", "STRING[]"], ["date", "STRING"]] as const;
export const METRIC_COLUMNS = [["id", "STRING"], ["degree", "INT64"], ["pagerank", "DOUBLE"], ["community", "INT64"]] as const;

/** Aggregate update of existing edges, matched through their endpoints' primary keys. */
export function edgeUpdateStatement(type: string, from: string, to: string): string {
  const sets = EDGE_UPDATE_COLUMNS.map(([n, t]) => `r.${n} = ${valueExpr("row", n, t)}`).join(", ");
  return `UNWIND $rows AS row MATCH (a:${from} {id: row._from})-[r:${type}]->(b:${to} {id: row._to}) SET ${sets}`;
}
