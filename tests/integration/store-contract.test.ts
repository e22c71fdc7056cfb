// The store contract, written once as a function of a store factory (as graphology's spec suite takes a
// Graph class) and run on every backend: Kuzu always, Neo4j when NEO4J_TEST_URI is set. Never NEO4J_URI:
// the suite wipes its database, and that variable may name an analyst's.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ExtractRecord } from "../../ingest/types.ts";
import type { Store } from "../../graph/store/types.ts";
import type { GraphJson } from "../../graph/schema.ts";
import { KuzuStore } from "../../graph/store/kuzu.ts";
import { Neo4jStore } from "../../graph/store/neo4j.ts";
import { CATALOG } from "../../queries/catalog/index.ts";
import { runNamedQuery } from "../../queries/run.ts";

const FIXTURES = path.join(import.meta.dirname, "../fixtures/records");
export const records = (name: string): ExtractRecord[] =>
  fs.readFileSync(path.join(FIXTURES, name), "utf8").trim().split("\n").map((l) => JSON.parse(l));

/** exportGraph without the parts that legitimately differ between two builds of the same graph. */
const stable = (g: GraphJson) => ({ ...g, attributes: { ...g.attributes, generatedAt: undefined } });

export interface StoreFactory {
  /** A fresh, empty store. */
  create(): Promise<Store>;
  /** Removes whatever create() made. */
  destroy?(): Promise<void>;
  /**
   * The store as `kg query` opens it, for the named queries (Kuzu: the same file reopened read-only, with the
   * default buffer pool; the writer's 512 MB is too small for shortest paths over every relation table).
   */
  reopenForQueries?(store: Store): Promise<Store>;
}

export function storeContract(name: string, factory: StoreFactory): void {
  describe(`store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await factory.create();
    });
    afterEach(async () => {
      await store.close();
      await factory.destroy?.();
    });

    it("creates its schema idempotently and starts empty", async () => {
      await store.ensureSchema();
      await store.ensureSchema();
      const c = await store.counts();
      expect(c).toMatchObject({ nodes: 0, edges: 0, evidence: 0, articles: 0 });
      expect(Object.keys(c.byLabel)).toEqual(["Country", "Person", "Organization", "Weapon", "Event", "Location"]);
      expect(Object.keys(c.byType)).toContain("SUPPLIES");
    });

    it("loads records into merged entities, one edge per (type, subject, object) and one Evidence per sentence", async () => {
      const s = await store.load(records("basic.jsonl"));
      expect(s).toMatchObject({ articles: 3, skipped: 0, nodes: 8, evidence: 7 });
      const c = await store.counts();
      expect(c).toMatchObject({ nodes: 8, edges: 5, evidence: 7, articles: 3 });
      expect(c.byLabel).toMatchObject({ Country: 5, Person: 1, Organization: 1, Weapon: 1, Event: 0 });
      expect(c.byType).toMatchObject({ CONDEMNS: 2, SUPPLIES: 1, DEPLOYS: 1, SIGNS: 1 });
    });

    it("aggregates an edge over its evidence from several articles and sources", async () => {
      await store.load(records("basic.jsonl"));
      const g = await store.exportGraph();
      const e = g.edges.find((x) => x.key === "CONDEMNS|country:US|country:KP")!;
      expect(e.attributes).toMatchObject({
        evidenceCount: 2, assertedCount: 2, hedgedCount: 0, articleCount: 2, sourceCount: 2,
        firstDate: "2024-03-01", lastDate: "2024-03-02", maxConfidence: 0.9,
      });
      expect(e.attributes.evidence.map((x) => x.articleId).sort()).toEqual(["a1.txt", "a2.txt"]);
    });

    it("keeps hedged items as evidence with their polarity and modality", async () => {
      await store.load(records("basic.jsonl"));
      const g = await store.exportGraph();
      const fr = g.edges.find((x) => x.key === "CONDEMNS|country:FR|country:KP")!;
      expect(fr.attributes).toMatchObject({ evidenceCount: 2, assertedCount: 1, hedgedCount: 1 });
      expect(fr.attributes.evidence.find((x) => x.polarity === "negated")?.sentence).toMatch(/did not condemn/);
      const dep = g.edges.find((x) => x.key === "DEPLOYS|country:RU|country:UA")!;
      expect(dep.attributes).toMatchObject({ assertedCount: 0, hedgedCount: 1 });
      expect(dep.attributes.evidence[0]!.modality).toBe("hypothetical");
    });

    it("stores the supplied weapon as the SUPPLIES edge's instrument, the recipient as its target", async () => {
      await store.load(records("basic.jsonl"));
      const g = await store.exportGraph();
      const e = g.edges.find((x) => x.attributes.type === "SUPPLIES")!;
      expect(e.target).toBe("country:UA");
      expect(e.attributes.instruments).toEqual(["weapon:himars"]);
    });

    it("drops a claim whose endpoint is not among the record's entities", async () => {
      await store.load(records("basic.jsonl"));
      const g = await store.exportGraph();
      expect(g.nodes.some((n) => n.key === "country:ZZ")).toBe(false);
      expect(g.edges.some((e) => e.target === "country:ZZ")).toBe(false);
    });

    it("unions an entity's aliases across articles", async () => {
      await store.load(records("basic.jsonl"));
      const g = await store.exportGraph();
      expect(g.nodes.find((n) => n.key === "country:KP")!.attributes.aliases).toEqual(["DPRK", "Pyongyang"]);
    });

    it("stores an Event's date and reads it back, by export and by Cypher; null where no article gives one", async () => {
      await store.load(records("events.jsonl"));
      const g = await store.exportGraph();
      const attrs = (id: string) => g.nodes.find((n) => n.key === id)!.attributes;
      expect(attrs("event:seoul-declaration")).toMatchObject({ type: "Event", kind: "agreement", date: "2024-05-08" });
      expect(attrs("event:statement-h-ev2").date).toBeNull();
      expect(attrs("country:JP").date).toBeNull();
      expect(await store.read("MATCH (e:Event) RETURN e.name AS name, e.date AS date ORDER BY name")).toEqual([
        { name: "Seoul Declaration", date: "2024-05-08" },
        { name: "statement on maritime security", date: null },
      ]);
    });

    it("keeps an entity's earliest date whatever order its articles are loaded in, and reloading changes nothing", async () => {
      const [ev1, ev2] = records("events.jsonl");
      const dateOf = async () => (await store.read("MATCH (e:Event {id: $id}) RETURN e.date AS date", { id: "event:seoul-declaration" }))[0]!.date;
      await store.load([ev1!]);
      expect(await dateOf()).toBe("2024-05-09");
      await store.load([ev2!]); // a later article giving an earlier date moves it back
      expect(await dateOf()).toBe("2024-05-08");
      const forward = stable(await store.exportGraph());
      expect(await store.load([ev1!, ev2!])).toMatchObject({ articles: 0, skipped: 2 });
      expect(stable(await store.exportGraph())).toEqual(forward);

      await store.close();
      await factory.destroy?.();
      store = await factory.create();
      await store.load([ev2!]);
      await store.load([ev1!]); // a later article giving a later date leaves it
      expect(await dateOf()).toBe("2024-05-08");
      expect(stable(await store.exportGraph())).toEqual(forward);
    });

    it("stores degree, pagerank and community on every entity", async () => {
      await store.load(records("basic.jsonl"));
      const g = await store.exportGraph();
      const kp = g.nodes.find((n) => n.key === "country:KP")!.attributes;
      expect(kp.degree).toBe(2);
      expect(kp.pagerank).toBeGreaterThan(0);
      expect(Number.isInteger(kp.community)).toBe(true);
    });

    it("changes nothing when the same records are loaded again", async () => {
      await store.load(records("basic.jsonl"));
      const before = { counts: await store.counts(), graph: stable(await store.exportGraph()) };
      const s = await store.load(records("basic.jsonl"));
      expect(s).toMatchObject({ articles: 0, skipped: 3, evidence: 0, batches: 0 });
      expect(await store.counts()).toEqual(before.counts);
      expect(stable(await store.exportGraph())).toEqual(before.graph);
    });

    it("adds a new article incrementally, giving the same graph as loading everything at once", async () => {
      await store.load(records("basic.jsonl"));
      const s = await store.load(records("addition.jsonl"));
      expect(s).toMatchObject({ articles: 1, skipped: 0, nodes: 0, evidence: 2 });
      expect(await store.counts()).toMatchObject({ nodes: 8, edges: 6, evidence: 9, articles: 4 });
      const incremental = stable(await store.exportGraph());
      const e = incremental.edges.find((x) => x.key === "CONDEMNS|country:US|country:KP")!;
      expect(e.attributes).toMatchObject({ evidenceCount: 3, articleCount: 3, sourceCount: 2, lastDate: "2024-03-05", maxConfidence: 0.95 });

      await store.close();
      await factory.destroy?.();
      store = await factory.create();
      await store.load([...records("basic.jsonl"), ...records("addition.jsonl")]);
      expect(stable(await store.exportGraph())).toEqual(incremental);
    });

    it("gives the same graph whatever the batch size", async () => {
      await store.load(records("basic.jsonl"), { batchEvidence: 2 });
      const small = stable(await store.exportGraph());
      await store.close();
      await factory.destroy?.();
      store = await factory.create();
      const progress: number[] = [];
      await store.load(records("basic.jsonl"), { onProgress: (p) => progress.push(p.batches) });
      expect(progress).toEqual([1]);
      expect(stable(await store.exportGraph())).toEqual(small);
    });

    it("removes one article's contribution: its evidence, edges left bare, entities left unmentioned", async () => {
      await store.load(records("basic.jsonl"));
      const basic = stable(await store.exportGraph());
      await store.load(records("addition.jsonl"));
      expect(await store.remove("a3.txt")).toEqual({ removed: true });
      expect(stable(await store.exportGraph())).toEqual(basic);

      expect(await store.remove("h-a1")).toEqual({ removed: true }); // by hash
      const c = await store.counts();
      expect(c).toMatchObject({ nodes: 5, edges: 3, evidence: 4, articles: 2 });
      const g = await store.exportGraph();
      expect(g.nodes.map((n) => n.key).sort()).toEqual(["country:FR", "country:KP", "country:US", "org:UN", "person:jane-doe"]);
      expect(g.edges.find((x) => x.key === "SUPPLIES|country:US|country:UA")).toBeUndefined();
      expect(g.edges.find((x) => x.key === "CONDEMNS|country:US|country:KP")!.attributes).toMatchObject({ evidenceCount: 1, articleCount: 1, firstDate: "2024-03-02" });
    });

    it("reports an unknown article as not removed", async () => {
      await store.load(records("basic.jsonl"));
      expect(await store.remove("nope.txt")).toEqual({ removed: false });
      expect((await store.counts()).articles).toBe(3);
    });

    it("replaces an edited article's old contribution (same id, new hash)", async () => {
      await store.load(records("basic.jsonl"));
      const s = await store.load(records("edited.jsonl"));
      expect(s).toMatchObject({ articles: 1, skipped: 0 });
      expect(await store.counts()).toMatchObject({ nodes: 5, edges: 3, evidence: 5, articles: 3 });
      const g = await store.exportGraph();
      expect(g.attributes.articles.map((a) => a.hash).sort()).toEqual(["h-a1-edited", "h-a2", "h-empty"]);
    });

    it("reads with plain JS values", async () => {
      await store.load(records("basic.jsonl"));
      const rows = await store.read(
        "MATCH (a:Country)-[r:CONDEMNS]->(b:Country) WHERE b.id = $id RETURN a.id AS id, r.evidenceCount AS n, a.aliases AS aliases ORDER BY id",
        { id: "country:KP" },
      );
      expect(rows).toEqual([
        { id: "country:FR", n: 2, aliases: ["Paris"] },
        { id: "country:US", n: 2, aliases: ["US", "Washington"] },
      ]);
    });

    it("goes from an edge to its evidence sentences in one query", async () => {
      await store.load(records("basic.jsonl"));
      const rows = await store.read(
        "MATCH (:Country {id: $s})-[r:SUPPLIES]->(:Country) MATCH (e:Evidence {edgeKey: r.key})-[:FROM_ARTICLE]->(a:Article) RETURN e.sentence AS sentence, a.id AS article",
        { s: "country:US" },
      );
      expect(rows).toEqual([{ sentence: "Washington will supply HIMARS launchers to Ukraine, officials said.", article: "a1.txt" }]);
    });

    it.each(CATALOG.map((q) => [q.name]))("answers the named query %s", async (name) => {
      await store.load([...records("basic.jsonl"), ...records("addition.jsonl")]);
      const q = CATALOG.find((x) => x.name === name)!;
      // Required parameters take their example; actors are named from the fixture graph.
      const params: Record<string, string> = {};
      for (const p of q.params) if (p.default === undefined) params[p.name] = p.actor ? "North Korea" : p.example;
      if (q.params.filter((p) => p.actor && p.default === undefined).length > 1) params[q.params.filter((p) => p.actor)[1]!.name] = "United States";
      if (factory.reopenForQueries) store = await factory.reopenForQueries(store);
      const result = await runNamedQuery(store, name, params);
      expect(result.columns).toEqual([...q.columns]);
    });

    it("keeps an article with no entities or claims as an Article node", async () => {
      await store.load(records("basic.jsonl"));
      const rows = await store.read("MATCH (a:Article {id: $id}) RETURN a.hash AS hash", { id: "empty.txt" });
      expect(rows).toEqual([{ hash: "h-empty" }]);
    });
  });
}

let tmp: string | undefined;
storeContract("kuzu", {
  async create() {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kg-store-"));
    return KuzuStore.open(path.join(tmp, "graph.kuzu"));
  },
  async reopenForQueries(store) {
    await store.close();
    return KuzuStore.open(store.location, { readOnly: true });
  },
  async destroy() {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  },
});

const neo4jUri = process.env.NEO4J_TEST_URI;
if (neo4jUri) {
  storeContract("neo4j", {
    async create() {
      const s = await Neo4jStore.open({
        uri: neo4jUri, username: process.env.NEO4J_TEST_USERNAME ?? "neo4j", password: process.env.NEO4J_TEST_PASSWORD ?? "",
        database: process.env.NEO4J_TEST_DATABASE || undefined,
      });
      await s.wipe();
      return s;
    },
  });
} else {
  describe.skip("store contract: neo4j — skipped: NEO4J_TEST_URI is not set (never NEO4J_URI, which may name an analyst's database)", () => {
    it("runs the contract on Neo4j", () => {});
  });
}
