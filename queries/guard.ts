// The first wall around user Cypher: an allow-list of read clauses checked on the tokenised query (string
// literals and comments removed, so `'CREATE'` in a string or a comment is harmless and `CREATE` hidden in
// neither passes). The second wall is the store itself: a read-only Kuzu database, Neo4j READ access mode.
// Why both: a read-only Kuzu still runs COPY … TO (writes any file), LOAD FROM (reads any file), EXPORT
// DATABASE and ATTACH, and a read-only CHECKPOINT leaves files that break every later read-only open.
import { QueryError } from "../ingest/errors.ts";

export type TokenKind = "word" | "quoted" | "param" | "number" | "punct";
export interface Token {
  kind: TokenKind;
  /** Words upper-cased; quoted identifiers (`…`) keep their text. */
  text: string;
  /** Offset in the query text. */
  at: number;
}

/** Read clauses (and the words inside them) that the allow-list accepts. */
export const ALLOWED_CLAUSES = ["MATCH", "OPTIONAL", "WHERE", "WITH", "UNWIND", "RETURN", "ORDER", "BY", "SKIP", "LIMIT", "UNION", "CALL", "YIELD"] as const;

/**
 * Every other clause keyword of Kuzu 0.11 and Neo4j 5 that can appear inside a statement: writes, schema
 * changes, file access, extensions, database switching. A bare word from this list anywhere in the query is
 * refused; as a property (`n.set`), parameter (`$load`) or `quoted` identifier it is fine.
 */
export const REFUSED_CLAUSES = [
  "CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "DROP", "ALTER", "RENAME", "COPY", "LOAD", "EXPORT",
  "IMPORT", "ATTACH", "USE", "CHECKPOINT", "INSTALL", "UNINSTALL", "FOREACH", "INSERT",
] as const;

/**
 * Commands that only begin a statement (transactions, administration, plans). Refused there, and allowed
 * elsewhere so that a column may be called `start` or `show`.
 */
export const REFUSED_COMMANDS = [
  "BEGIN", "COMMIT", "ROLLBACK", "SHOW", "GRANT", "DENY", "REVOKE", "TERMINATE", "START", "STOP", "ENABLE",
  "DEALLOCATE", "PROFILE", "EXPLAIN",
] as const;

/**
 * Functions and procedures `CALL` may name: catalogue look-ups only. Kuzu's table functions that write
 * (CREATE_FTS_INDEX, project_graph, …) and session settings (`CALL threads=4`) are not listed.
 */
export const ALLOWED_CALLS = [
  // Kuzu
  "show_tables", "table_info", "show_connection", "db_version", "show_functions", "show_indexes",
  "query_fts_index", "show_warnings",
  // Neo4j
  "db.labels", "db.relationshipTypes", "db.propertyKeys", "db.schema.visualization", "db.schema.nodeTypeProperties",
  "db.schema.relTypeProperties",
] as const;

const REFUSED = new Set<string>(REFUSED_CLAUSES);
const COMMANDS = new Set<string>(REFUSED_COMMANDS);
const CALLS = new Set<string>(ALLOWED_CALLS.map((c) => c.toLowerCase()));

/** Splits Cypher into tokens; string literals and comments are dropped (their offsets still count). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const n = text.length;
  const fail = (what: string, at: number): never => {
    throw new QueryError("BAD_CYPHER", `the query has ${what} starting at offset ${at}`, "close it, or write the query without it");
  };
  while (i < n) {
    const c = text[i]!;
    if (/\s/.test(c)) { i++; continue; }
    if (c === "/" && text[i + 1] === "/") {
      while (i < n && text[i] !== "\n") i++;
      continue;
    }
    if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      if (end < 0) fail("an unterminated comment", i);
      i = end + 2;
      continue;
    }
    if (c === "'" || c === '"') {
      const start = i++;
      while (i < n && text[i] !== c) i += text[i] === "\\" ? 2 : 1;
      if (i >= n) fail("an unterminated string", start);
      i++;
      continue;
    }
    if (c === "`") {
      const start = i++;
      let s = "";
      for (;;) {
        if (i >= n) fail("an unterminated `quoted` name", start);
        if (text[i] === "`" && text[i + 1] === "`") { s += "`"; i += 2; continue; }
        if (text[i] === "`") break;
        s += text[i++];
      }
      i++;
      out.push({ kind: "quoted", text: s, at: start });
      continue;
    }
    if (c === "$") {
      const m = /^\$(?:[A-Za-z_][A-Za-z0-9_]*|\d+|`[^`]*`)/.exec(text.slice(i));
      const len = m ? m[0].length : 1;
      out.push({ kind: "param", text: text.slice(i + 1, i + len), at: i });
      i += len;
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i, i + 256));
    if (word) {
      out.push({ kind: "word", text: word[0].toUpperCase(), at: i });
      i += word[0].length;
      continue;
    }
    const num = /^\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 64));
    if (num) {
      out.push({ kind: "number", text: num[0], at: i });
      i += num[0].length;
      continue;
    }
    out.push({ kind: "punct", text: c, at: i });
    i++;
  }
  return out;
}

const readOnly = (what: string, at: number, hint = "only MATCH, OPTIONAL MATCH, WHERE, WITH, UNWIND, RETURN, ORDER BY, SKIP, LIMIT and UNION are accepted") =>
  new QueryError("READ_ONLY", `refused: ${what} at offset ${at}; queries are read-only`, hint);

/** Throws QueryError READ_ONLY (or BAD_CYPHER) unless the query uses only read clauses and listed calls. */
export function guard(cypher: string): void {
  const toks = tokenize(cypher);
  if (!toks.length) throw new QueryError("BAD_CYPHER", "the query is empty", "write a MATCH … RETURN … query");
  if (toks[0]!.kind === "word" && COMMANDS.has(toks[0]!.text)) throw readOnly(toks[0]!.text, toks[0]!.at);
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.kind === "punct" && t.text === ";" && toks.slice(k + 1).length) {
      throw new QueryError("MULTIPLE_STATEMENTS", `the query has more than one statement (a ';' at offset ${t.at})`, "run one statement at a time");
    }
    if (t.kind !== "word") continue;
    const prev = toks[k - 1];
    // n.set, labels after ':' inside patterns and map keys are names, not clauses
    if (prev && prev.kind === "punct" && prev.text === ".") continue;
    if (REFUSED.has(t.text)) throw readOnly(t.text, t.at);
    if (t.text === "CALL") checkCall(toks, k);
  }
}

/** CALL must name a listed function, then `(`: never `CALL { … }`, `CALL (x) { … }` or `CALL name = value`. */
function checkCall(toks: Token[], k: number): void {
  const at = toks[k]!.at;
  let j = k + 1;
  const parts: string[] = [];
  while (toks[j] && (toks[j]!.kind === "word" || toks[j]!.kind === "quoted")) {
    parts.push(toks[j]!.kind === "word" ? toks[j]!.text : toks[j]!.text.toUpperCase());
    j++;
    if (toks[j]?.kind === "punct" && toks[j]!.text === ".") { j++; continue; }
    break;
  }
  if (!parts.length) throw readOnly("CALL with a subquery", at, "CALL { … } subqueries are refused; use WITH and OPTIONAL MATCH");
  const name = parts.join(".").toLowerCase();
  const next = toks[j];
  if (!CALLS.has(name) || !next || next.kind !== "punct" || next.text !== "(") {
    throw readOnly(`CALL ${parts.join(".")}`, at, `CALL accepts only ${ALLOWED_CALLS.join(", ")}`);
  }
}
