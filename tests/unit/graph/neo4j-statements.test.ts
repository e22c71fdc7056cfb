// Every statement the Neo4j store can send is parsed by Neo4j's own Cypher parser, so a syntax error
// cannot ship even when no Neo4j server is at hand.
import { lintCypherQuery } from "@neo4j-cypher/language-support";
import { describe, expect, it } from "vitest";
import { neo4jStatements } from "../../../graph/store/neo4j.ts";

/** Parameters are declared by the driver call, not in the text: the linter's "not defined" notes are not errors. */
const isNotParamError = (d: { message?: unknown }) => !/^Parameter \$\w+ is not defined/.test(String(d.message));
export const cypherErrors = (q: string) => lintCypherQuery(q, {}).diagnostics.filter(isNotParamError).map((d) => d.message);

describe("Neo4j statements", () => {
  it("the parser check reports an error for broken Cypher", () => {
    expect(cypherErrors("MATCH (n RETURN n")).not.toEqual([]);
  });

  it("lists every statement, schema first", () => {
    const all = neo4jStatements();
    expect(all.length).toBeGreaterThan(100);
    expect(all[0]).toMatch(/^CREATE CONSTRAINT/);
  });

  it.each(neo4jStatements().map((q) => [q]))("parses: %s", (q) => {
    expect(cypherErrors(q)).toEqual([]);
  });

  it("takes labels and types only from the fixed lists (no backticks, no string building from values)", () => {
    for (const q of neo4jStatements()) expect(q).not.toMatch(/`/);
  });
});
