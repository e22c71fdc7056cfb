// The shape of a named query: declared once, with typed parameters, result columns and one Cypher text per
// store dialect (Kuzu 0.11 and Neo4j 5 differ in label unions, type(), shortest paths and list syntax).

export const PARAM_TYPES = ["string", "int", "float", "bool"] as const;
export type ParamType = (typeof PARAM_TYPES)[number];
export type ParamValue = string | number | boolean;

export interface QueryParam {
  name: string;
  type: ParamType;
  /** Absent: the parameter is required. For actor parameters `""` means "any actor". */
  default?: ParamValue;
  /** A value that works on the sample graph; shown by `kg query --list` and in the README. */
  example: string;
  description: string;
  /** An entity parameter: any name or alias is resolved to the entity id before the query runs. */
  actor?: boolean;
  /** A closed set of accepted values (checked before the query runs). */
  choices?: readonly string[];
}

export type Dialect = "kuzu" | "neo4j";

export interface NamedQuery {
  name: string;
  description: string;
  params: readonly QueryParam[];
  columns: readonly string[];
  cypher: Record<Dialect, string>;
}

/** Rows as the runners return them: plain JSON values (numbers, strings, booleans, null, arrays). */
export type Row = Record<string, unknown>;
export interface QueryResult {
  columns: string[];
  rows: Row[];
}
