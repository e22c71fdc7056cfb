// The read-only runners: a named query with validated parameters, or the analyst's own Cypher.
import neo4j from "neo4j-driver";
import { QueryError } from "../ingest/errors.ts";
import type { Store } from "../graph/store/types.ts";
import { CATALOG, findQuery } from "./catalog/index.ts";
import { guard } from "./guard.ts";
import { loadActorIndex, resolveActor, type ActorIndex } from "./resolve.ts";
import type { NamedQuery, ParamType, ParamValue, QueryParam, QueryResult, Row } from "./types.ts";

type ReadStore = Pick<Store, "kind" | "read">;

/** What `kg query --list --format json` prints for each query. */
export interface QueryListing {
  name: string;
  description: string;
  params: { name: string; type: ParamType; default?: ParamValue; example: string; description: string }[];
}

export function listQueries(): QueryListing[] {
  return CATALOG.map((q) => ({
    name: q.name,
    description: q.description,
    params: q.params.map((p) => ({
      name: p.name,
      type: p.type,
      ...(p.default !== undefined ? { default: p.default } : {}),
      example: p.example,
      description: p.description,
    })),
  }));
}

export function getQuery(name: string): NamedQuery {
  const q = findQuery(name);
  if (!q) {
    throw new QueryError("UNKNOWN_QUERY", `no query named "${name}"`, `known: ${CATALOG.map((c) => c.name).join(", ")}`);
  }
  return q;
}

/** Coerces one raw `--param` value to its declared type. */
export function coerceParam(p: QueryParam, raw: string): ParamValue {
  const bad = (expected: string) =>
    new QueryError("BAD_PARAM", `--param ${p.name}=${raw}: expected ${expected}`, `e.g. --param ${p.name}=${p.example || "…"}`);
  const s = raw.trim();
  let v: ParamValue;
  switch (p.type) {
    case "int":
      if (!/^[+-]?\d+$/.test(s) || !Number.isSafeInteger(Number(s))) throw bad("an integer (int)");
      v = Number(s);
      break;
    case "float":
      if (s === "" || !Number.isFinite(Number(s))) throw bad("a number (float)");
      v = Number(s);
      break;
    case "bool": {
      const b = s.toLowerCase();
      if (["true", "yes", "1", "on"].includes(b)) v = true;
      else if (["false", "no", "0", "off"].includes(b)) v = false;
      else throw bad("true or false (bool)");
      break;
    }
    default:
      v = raw;
  }
  if (p.choices && !p.choices.includes(String(v))) {
    throw bad(`one of ${p.choices.map((c) => (c === "" ? '""' : c)).join(", ")}`);
  }
  return v;
}

/** Checks names, fills defaults, coerces types, resolves actors: the parameters the Cypher receives. */
export async function prepareParams(
  store: Pick<Store, "read">,
  query: NamedQuery,
  rawParams: Record<string, string>,
  index?: ActorIndex,
): Promise<Record<string, ParamValue>> {
  const known = new Map(query.params.map((p) => [p.name, p]));
  for (const k of Object.keys(rawParams)) {
    if (!known.has(k)) {
      const names = query.params.map((p) => p.name).join(", ");
      throw new QueryError("BAD_PARAM", `${query.name} has no parameter "${k}"`, names ? `its parameters: ${names}` : "it takes no parameters");
    }
  }
  const out: Record<string, ParamValue> = {};
  for (const p of query.params) {
    const raw = rawParams[p.name];
    if (raw === undefined) {
      if (p.default === undefined) {
        throw new QueryError("BAD_PARAM", `${query.name} needs --param ${p.name}=<${p.type}> (${p.description})`, `e.g. --param ${p.name}=${p.example}`);
      }
      out[p.name] = p.default;
      continue;
    }
    out[p.name] = coerceParam(p, raw);
  }
  const actors = query.params.filter((p) => p.actor && out[p.name] !== "");
  if (actors.length) {
    const idx = index ?? (await loadActorIndex(store));
    for (const p of actors) out[p.name] = resolveActor(idx, String(out[p.name]), p.name);
  }
  return out;
}

/** Runs a named query on either store, in that store's dialect. */
export async function runNamedQuery(store: ReadStore, name: string, rawParams: Record<string, string> = {}): Promise<QueryResult> {
  const query = getQuery(name);
  const params = await prepareParams(store, query, rawParams);
  const cypher = query.cypher[store.kind];
  const ints = new Set(query.params.filter((p) => p.type === "int").map((p) => p.name));
  const rows = await store.read(cypher, bindParams(store.kind, cypher, params, ints));
  return { columns: [...query.columns], rows: rows.map((r) => pick(r, query.columns)) };
}

/** Runs the analyst's own Cypher after the allow-list; the store's read-only mode is the second wall. */
export async function runCypher(store: ReadStore, text: string): Promise<QueryResult> {
  guard(text);
  const rows = await store.read(text);
  const columns = rows.length ? Object.keys(rows[0]!) : [];
  return { columns, rows };
}

/**
 * Only the parameters the text uses (Kuzu refuses a statement given a parameter it does not reference);
 * on Neo4j integers go as Integer, since a JS number is sent as a float and `LIMIT 10.0` is an error.
 */
export function bindParams(
  kind: Store["kind"],
  cypher: string,
  params: Record<string, ParamValue>,
  ints: ReadonlySet<string> = new Set(),
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) {
    if (!new RegExp(`\\$${k}\\b`).test(cypher)) continue;
    out[k] = kind === "neo4j" && ints.has(k) && typeof v === "number" ? neo4j.int(v) : v;
  }
  return out;
}

const pick = (r: Row, columns: readonly string[]): Row => Object.fromEntries(columns.map((c) => [c, r[c] ?? null]));
