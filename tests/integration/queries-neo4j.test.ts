// The Neo4j dialect of every named query, run on a real Neo4j: only when NEO4J_TEST_URI is set (never
// NEO4J_URI, which may name an analyst's database: this test wipes the test database first).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Neo4jStore } from "../../graph/store/neo4j.ts";
import type { Store } from "../../graph/store/types.ts";
import { runCypher } from "../../queries/run.ts";
import { readFixture } from "./queries-graph.ts";
import { analystQueries } from "./queries-suite.ts";

const uri = process.env.NEO4J_TEST_URI;
const options = () => ({
  uri: uri!,
  username: process.env.NEO4J_TEST_USERNAME ?? "neo4j",
  password: process.env.NEO4J_TEST_PASSWORD ?? "",
  database: process.env.NEO4J_TEST_DATABASE || undefined,
});

if (uri) {
  describe("queries on Neo4j", () => {
    let store: Store;
    beforeAll(async () => {
      const writer = await Neo4jStore.open(options());
      try {
        await writer.wipe();
        await writer.load(readFixture());
      } finally {
        await writer.close();
      }
      store = await Neo4jStore.open({ ...options(), readOnly: true });
    });
    afterAll(async () => {
      await store?.close();
    });
    analystQueries("Neo4j", () => store);

    it.each([
      "CREATE (:Country {id: 'country:XX', name: 'Nowhere'})",
      "MATCH (n:Country) SET n.name = 'x'",
      "MATCH (n:Country) DETACH DELETE n",
      "CALL { CREATE (:Country {id: 'country:XX'}) } RETURN 1",
    ])("READ access mode refuses a write that bypasses the guard: %s", async (text) => {
      await expect(store.read(text)).rejects.toThrow();
      await expect(runCypher(store, text)).rejects.toMatchObject({ code: "READ_ONLY" });
    });
    it("LOAD CSV is refused before it reaches Neo4j", async () => {
      await expect(runCypher(store, "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line")).rejects.toMatchObject({ code: "READ_ONLY" });
    });
  });
} else {
  describe.skip("queries on Neo4j — skipped: NEO4J_TEST_URI is not set (never NEO4J_URI, which may name an analyst's database)", () => {
    it("runs every named query on Neo4j", () => {});
  });
}
