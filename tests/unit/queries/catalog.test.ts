// The catalogue itself: declarations agree with their Cypher, both dialects look like their dialect, every
// Neo4j variant parses with Neo4j's own parser, and every text passes the read-only guard.
import fs from "node:fs";
import path from "node:path";
import { lintCypherQuery, testData, type DbSchema } from "@neo4j-cypher/language-support";
import { ARTICLE_LABEL, ENTITY_LABELS, EVIDENCE_LABEL, FROM_ARTICLE, MENTIONS, RELATION_LABELS } from "../../../graph/schema.ts";
import { ARTICLE_COLUMNS, EDGE_COLUMNS, ENTITY_COLUMNS, EVIDENCE_COLUMNS } from "../../../graph/store/kuzu-schema.ts";
import { describe, expect, it } from "vitest";
import { CATALOG } from "../../../queries/catalog/index.ts";
import { guard } from "../../../queries/guard.ts";

/**
 * Our graph as Neo4j's linter sees it: the built-in functions of its mock schema (Neo4j 5's function list),
 * our labels, relationship types and property keys, so an unknown function (`label(r)`), label or property
 * is reported, not only syntax errors.
 */
const mock = (testData as unknown as { mockSchema: DbSchema }).mockSchema;
const GRAPH_SCHEMA: DbSchema = {
  functions: mock.functions,
  procedures: {},
  labels: [...ENTITY_LABELS, ARTICLE_LABEL, EVIDENCE_LABEL, "Entity"],
  relationshipTypes: [...RELATION_LABELS, FROM_ARTICLE, MENTIONS],
  propertyKeys: [...new Set([...ENTITY_COLUMNS, ...ARTICLE_COLUMNS, ...EVIDENCE_COLUMNS, ...EDGE_COLUMNS].map(([n]) => n))],
};
const isParamDiagnostic = (message: unknown) => typeof message === "string" && /^Parameter \$\w+ is not defined/.test(message);

describe("catalogue", () => {
  it("has at least 12 queries with unique names", () => {
    expect(CATALOG.length).toBeGreaterThanOrEqual(12);
    expect(new Set(CATALOG.map((q) => q.name)).size).toBe(CATALOG.length);
  });

  describe.each(CATALOG.map((q) => [q.name, q] as const))("%s", (_, q) => {
    it("declares every parameter its Cypher uses, and uses every one it declares", () => {
      for (const text of [q.cypher.kuzu, q.cypher.neo4j]) {
        const used = new Set([...text.matchAll(/\$(\w+)/g)].map((m) => m[1]));
        expect([...used].sort()).toEqual(q.params.map((p) => p.name).sort());
      }
    });
    it("returns its declared columns, in order", () => {
      for (const text of [q.cypher.kuzu, q.cypher.neo4j]) {
        const ret = text.slice(text.lastIndexOf("RETURN ") + 7).split(/\bORDER BY\b/)[0]!;
        const names = splitTopLevel(ret).map((item) => /\bAS (\w+)\s*$/.exec(item.trim())?.[1] ?? item.trim());
        expect(names).toEqual([...q.columns]);
      }
    });
    it("gives every parameter an example and a description", () => {
      for (const p of q.params) {
        expect(p.description).not.toBe("");
        if (p.default === undefined) expect(p.example).not.toBe("");
      }
    });
    it("Neo4j variant parses with Neo4j's parser (no diagnostics but undeclared parameters)", () => {
      const diagnostics = lintCypherQuery(q.cypher.neo4j, {}).diagnostics.filter((d) => !isParamDiagnostic(d.message));
      expect(diagnostics.map((d) => d.message)).toEqual([]);
    });
    it("Neo4j variant uses only Neo4j functions and our labels, types and properties", () => {
      const diagnostics = lintCypherQuery(q.cypher.neo4j, GRAPH_SCHEMA).diagnostics.filter((d) => !isParamDiagnostic(d.message));
      expect(diagnostics.map((d) => d.message)).toEqual([]);
    });
    it("uses each dialect's own words", () => {
      expect(q.cypher.kuzu).not.toMatch(/\btype\(|shortestPath|labels\(|toString\(|\[\w+ IN [^\]]*\|/);
      expect(q.cypher.neo4j).not.toMatch(/\blabel\(|SHORTEST|list_transform|CAST\(/);
    });
    it("passes the read-only guard in both dialects", () => {
      expect(() => guard(q.cypher.kuzu)).not.toThrow();
      expect(() => guard(q.cypher.neo4j)).not.toThrow();
    });
  });
});

/** Splits a RETURN list on commas outside brackets and CASE … END. */
function splitTopLevel(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = "";
  const tokens = s.split(/(\bCASE\b|\bEND\b|[()[\]{},])/);
  for (const t of tokens) {
    if (t === "(" || t === "[" || t === "{" || t === "CASE") depth++;
    if (t === ")" || t === "]" || t === "}" || t === "END") depth--;
    if (t === "," && depth === 0) {
      out.push(cur);
      cur = "";
      continue;
    }
    cur += t;
  }
  if (cur.trim()) out.push(cur);
  return out;
}

describe("queries/README-snippet.md", () => {
  const snippet = fs.readFileSync(path.join(import.meta.dirname, "../../../queries/README-snippet.md"), "utf8");
  const commands = [...snippet.matchAll(/^\$ npx kg query (.+)$/gm)].map((m) => splitArgs(m[1]!));

  it("shows every query", () => {
    expect(new Set(commands.map((c) => c[0]))).toEqual(new Set(CATALOG.map((q) => q.name)));
  });
  it.each(commands.map((c) => [c.join(" "), c] as const))("names real parameters of a real query: %s", (_, args) => {
    const q = CATALOG.find((x) => x.name === args[0])!;
    expect(q).toBeDefined();
    const params = args.flatMap((a, i) => (args[i - 1] === "--param" ? [a.split("=")[0]] : []));
    for (const p of params) expect(q.params.map((x) => x.name)).toContain(p);
    for (const p of q.params) if (p.default === undefined) expect(params).toContain(p.name);
  });
});

/** Shell-like split: double-quoted words keep their spaces. */
function splitArgs(s: string): string[] {
  return [...s.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}
