// The allow-list on user Cypher: which forms pass, which are refused, and that strings and comments
// neither hide a write nor trigger a refusal.
import { lintCypherQuery } from "@neo4j-cypher/language-support";
import { describe, expect, it } from "vitest";
import { guard, tokenize } from "../../../queries/guard.ts";

const codeOf = (q: string): string | undefined => {
  try {
    guard(q);
    return undefined;
  } catch (e) {
    return (e as { code?: string }).code;
  }
};

describe("tokenize", () => {
  it("drops string literals and comments", () => {
    const words = tokenize("MATCH (n) /* CREATE */ WHERE n.name = 'DELETE' // SET\nRETURN \"MERGE\"").filter((t) => t.kind === "word").map((t) => t.text);
    expect(words).toEqual(["MATCH", "N", "WHERE", "N", "NAME", "RETURN"]);
  });
  it("keeps an escaped quote inside its string", () => {
    expect(tokenize("RETURN 'it\\'s SET' AS x").map((t) => t.text)).toEqual(["RETURN", "AS", "X"]);
  });
  it("reads `quoted` names as names, not keywords", () => {
    expect(tokenize("RETURN 1 AS `create`")[3]).toMatchObject({ kind: "quoted", text: "create" });
  });
  it.each(["RETURN 'open", "MATCH (n) /* open", "RETURN `open"])("refuses an unterminated token: %s", (q) => {
    expect(codeOf(q)).toBe("BAD_CYPHER");
  });
});

describe("guard: read queries pass", () => {
  it.each([
    "MATCH (a:Country)-[r:CONDEMNS]->(b) WHERE r.assertedCount > 0 RETURN a.name, b.name ORDER BY a.name SKIP 1 LIMIT 5",
    "OPTIONAL MATCH (n:Person) WITH n UNWIND [1, 2] AS x RETURN n.name, x",
    "MATCH (a:Country) RETURN a.name UNION ALL MATCH (b:Organization) RETURN b.name",
    "MATCH (e:Evidence) WHERE e.sentence CONTAINS 'create' RETURN e.sentence // delete later",
    "MATCH (n) RETURN n.set AS s, n.load AS l",
    "MATCH (n) RETURN n.name AS `delete`",
    "CALL show_tables() RETURN *",
    "CALL table_info('Country') RETURN *",
    "CALL db.labels() YIELD label RETURN label",
    "MATCH (n:Country) RETURN n;",
    "MATCH (e:Evidence) RETURN e.start AS start, e.endOffset AS stop",
  ])("%s", (q) => expect(codeOf(q)).toBeUndefined());
});

describe("guard: writes, file access and procedures are refused (READ_ONLY)", () => {
  it.each([
    "CREATE (:Country {id: 'x', name: 'x'})",
    "MERGE (n:Country {id: 'x'})",
    "MATCH (n:Country) SET n.name = 'x'",
    "MATCH (n:Country) DELETE n",
    "MATCH (n:Country) DETACH DELETE n",
    "MATCH (n:Country) REMOVE n.name",
    "DROP TABLE Country",
    "ALTER TABLE Country ADD x INT64",
    "COPY Country FROM '/tmp/x.csv'",
    "COPY (MATCH (n) RETURN n) TO '/tmp/x.csv'",
    "LOAD FROM '/etc/passwd' (file_format='csv') RETURN *",
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    "LOAD EXTENSION fts",
    "EXPORT DATABASE '/tmp/dump'",
    "IMPORT DATABASE '/tmp/dump'",
    "ATTACH '/tmp/other.kuzu' AS other (dbtype kuzu)",
    "DETACH other",
    "CHECKPOINT",
    "INSTALL fts",
    "USE other",
    "FOREACH (x IN [1] | CREATE (:Country {id: 'x'}))",
    "CALL { CREATE (:Country {id: 'x'}) } RETURN 1",
    "CALL () { MATCH (n) DELETE n } RETURN 1",
    "MATCH (n) CALL { WITH n SET n.x = 1 } RETURN n",
    "CALL CREATE_FTS_INDEX('Evidence', 'idx', ['sentence'])",
    "CALL project_graph('g', ['Country'], ['CONDEMNS'])",
    "CALL threads = 1",
    "CALL dbms.components() YIELD name RETURN name",
    "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DELETE n', {})",
    "BEGIN TRANSACTION",
    "SHOW DATABASES",
    "START DATABASE neo4j",
    "INSERT (:Country {id: 'x'})",
    "MATCH (n) RETURN n /* hide */ ; create (:Country {id: 'y'})",
    "match (n) set n.name = 'lower case'",
  ])("%s", (q) => expect(["READ_ONLY", "MULTIPLE_STATEMENTS"]).toContain(codeOf(q)));

  it("refuses a second statement even when it reads", () => {
    expect(codeOf("MATCH (n) RETURN n; MATCH (m) RETURN m")).toBe("MULTIPLE_STATEMENTS");
  });

  // Kuzu has no CALL { } (its parser refuses it), so that form is checked against Neo4j's parser: the
  // queries the guard refuses here are ones Neo4j would accept and run.
  it.each([
    "CALL { CREATE (:Country {id: 'x'}) } RETURN 1",
    "MATCH (n) CALL (n) { SET n.x = 1 } RETURN n",
    "UNWIND [1] AS x CALL { WITH x MERGE (:Country {id: toString(x)}) } RETURN x",
  ])("a CALL { } write that Neo4j's parser accepts is refused: %s", (q) => {
    const errors = lintCypherQuery(q, {}).diagnostics.filter((d) => d.severity === 1);
    expect(errors).toEqual([]);
    expect(codeOf(q)).toBe("READ_ONLY");
  });
});
