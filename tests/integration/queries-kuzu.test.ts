// Every named query on a real Kuzu graph built by the store from the analyst fixture
// (tests/fixtures/queries/analyst-graph.jsonl, described in its README), asserting what an analyst expects;
// then the read-only walls, the Kuzu dialect compiled by Kuzu itself, and the CLI.
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import kuzu, { type Connection, type Database } from "kuzu";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCypherCommand, runQueryCommand } from "../../bin/commands/query.ts";
import type { Store } from "../../graph/store/types.ts";
import { CATALOG } from "../../queries/catalog/index.ts";
import { runCypher, runNamedQuery } from "../../queries/run.ts";
import { buildKuzuGraph, openReadOnly, readFixture } from "./queries-graph.ts";
import { analystQueries } from "./queries-suite.ts";

let graph: Awaited<ReturnType<typeof buildKuzuGraph>>;
beforeAll(async () => {
  graph = await buildKuzuGraph(readFixture());
});
afterAll(() => graph?.cleanup());

describe("queries on Kuzu", () => {
  let store: Store;
  beforeAll(async () => {
    store = await openReadOnly(graph.db);
  });
  afterAll(async () => {
    await store?.close();
  });
  analystQueries("Kuzu", () => store);

  it("an unknown actor fails with UNKNOWN_ACTOR naming the nearest entities", async () => {
    await expect(runNamedQuery(store, "condemnations", { actor: "Nort Korea" })).rejects.toMatchObject({ code: "UNKNOWN_ACTOR", hint: expect.stringContaining("North Korea") });
  });

  describe("read-only: the guard refuses, and the read-only database refuses what gets past", () => {
    const target = () => path.join(graph.dir, "leak.csv");
    it.each([
      ["COPY … TO writes a file", () => `COPY (MATCH (n:Country) RETURN n.name) TO '${target()}'`],
      ["LOAD FROM reads a file", () => "LOAD FROM '/etc/passwd' (file_format='csv', header=false, delim=':') RETURN *"],
      ["EXPORT DATABASE", () => `EXPORT DATABASE '${path.join(graph.dir, "dump")}'`],
      ["ATTACH", () => `ATTACH '${graph.db}' AS other (dbtype kuzu)`],
      ["CHECKPOINT", () => "CHECKPOINT"],
      ["INSTALL", () => "INSTALL fts"],
      ["LOAD EXTENSION", () => "LOAD EXTENSION fts"],
    ])("%s is refused before it reaches Kuzu", async (_, text) => {
      await expect(runCypher(store, text())).rejects.toMatchObject({ code: "READ_ONLY" });
      expect(fs.existsSync(target())).toBe(false);
      expect(fs.existsSync(path.join(graph.dir, "dump"))).toBe(false);
    });
    const writes = [
      "CREATE (:Country {id: 'country:XX', name: 'Nowhere'})",
      "MERGE (:Country {id: 'country:XX', name: 'Nowhere'})",
      "MATCH (n:Country) SET n.name = 'x'",
      "MATCH (n:Country) DETACH DELETE n",
      "MATCH (n:Country) REMOVE n.name",
      "DROP TABLE MENTIONS",
      "ALTER TABLE Country ADD x INT64",
      "COPY Country FROM '/etc/hostname'",
      "CALL CREATE_FTS_INDEX('Evidence', 'leak', ['sentence'])",
      "CALL project_graph('g', ['Country'], ['CONDEMNS'])",
    ];
    it.each(writes)("refused by the guard (READ_ONLY): %s", async (text) => {
      await expect(runCypher(store, text)).rejects.toMatchObject({ code: "READ_ONLY" });
    });
    it.each(writes)("refused by the read-only database too: %s", async (text) => {
      await expect(store.read(text)).rejects.toThrow();
    });
    it("leaves the graph as it was", async () => {
      expect((await runCypher(store, "MATCH (n:Country) RETURN count(n) AS n")).rows).toEqual([{ n: 8 }]);
    });
  });
});

describe("every Kuzu variant compiles on a real Kuzu database (prepare().isSuccess())", () => {
  let db: Database;
  let conn: Connection;
  beforeAll(() => {
    db = new kuzu.Database(graph.db, 0, true, true);
    conn = new kuzu.Connection(db);
  });
  afterAll(async () => {
    await conn?.close();
    await db?.close();
  });
  it.each(CATALOG.map((q) => [q.name, q.cypher.kuzu]))("%s", async (_, text) => {
    const ps = await conn.prepare(text);
    expect(ps.isSuccess() ? "" : ps.getErrorMessage()).toBe("");
  });
});

describe("kg query / kg cypher", () => {
  const sink = () => {
    let out = "";
    return { stdout: { write: (s: string) => ((out += s), true) } as unknown as NodeJS.WritableStream, text: () => out };
  };
  it("--list --format json prints [{name, description, params: [{name, type, default, example}]}]", async () => {
    const s = sink();
    expect(await runQueryCommand(undefined, { list: true, format: "json" }, { stdout: s.stdout as never })).toBe(0);
    const list = JSON.parse(s.text());
    expect(list.length).toBe(CATALOG.length);
    expect(list.find((q: { name: string }) => q.name === "supplies")).toEqual({
      name: "supplies",
      description: expect.any(String),
      params: [
        { name: "supplier", type: "string", default: "", example: "DPRK" },
        { name: "recipient", type: "string", default: "", example: "Russia" },
        { name: "includeHedged", type: "bool", default: false, example: "true" },
      ],
    });
  });
  it("runs a named query with --param and --format csv", async () => {
    const s = sink();
    await runQueryCommand("supplies", { param: ["supplier=DPRK"], format: "csv", db: graph.db }, { stdout: s.stdout as never, env: {} });
    expect(s.text().split("\n")[1]).toBe("North Korea,Russia,ballistic missiles,2,2,2024-06-14,2024-11-29");
  });
  it("runs the analyst's Cypher and refuses a write", async () => {
    const s = sink();
    await runCypherCommand("MATCH (c:Country) WHERE c.iso = 'KP' RETURN c.name AS name", { format: "json", db: graph.db }, { stdout: s.stdout as never, env: {} });
    expect(JSON.parse(s.text())).toEqual([{ name: "North Korea" }]);
    await expect(runCypherCommand("MATCH (c:Country) SET c.name = 'x'", { db: graph.db }, { stdout: s.stdout as never, env: {} })).rejects.toMatchObject({ code: "READ_ONLY" });
  });
  it("as a process: exit 0 with a table; exit 2 and one stderr line for an unknown actor", async () => {
    const kg = path.join(import.meta.dirname, "../../bin/kg.mjs");
    const run = promisify(execFile);
    const ok = await run(process.execPath, [kg, "query", "condemnations", "--param", "actor=DPRK", "--db", graph.db], { env: { ...process.env, NEO4J_URI: "" } });
    expect(ok.stdout.split("\n")[0]).toMatch(/^direction\s+actor\s+type\s+asserted/);
    const bad = await run(process.execPath, [kg, "query", "condemnations", "--param", "actor=Atlantis", "--db", graph.db], { env: { ...process.env, NEO4J_URI: "" } })
      .then(() => ({ code: 0, stderr: "" }), (e: { code: number; stderr: string }) => e);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
    expect(bad.stderr).toMatch(/^kg: .*Atlantis/);
  });
});
