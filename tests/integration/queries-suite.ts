// The analyst's expected answers on the fixture graph (tests/fixtures/queries/analyst-graph.jsonl), written
// once and run on every store: Kuzu always, Neo4j when NEO4J_TEST_URI is set.
import { describe, expect, it } from "vitest";
import type { Store } from "../../graph/store/types.ts";
import { CATALOG } from "../../queries/catalog/index.ts";
import { runNamedQuery } from "../../queries/run.ts";
import type { Row } from "../../queries/types.ts";

const col = (rows: Row[], c: string) => rows.map((r) => r[c]);

export function analystQueries(label: string, getStore: () => Store): void {
  describe(`named queries answer the analyst's questions (${label})`, () => {
    const q = async (name: string, params: Record<string, string> = {}) => (await runNamedQuery(getStore(), name, params)).rows;

    it("condemnations: the G7, South Korea, Ukraine and the United States condemn North Korea (by any alias)", async () => {
      for (const alias of ["North Korea", "DPRK", "pyongyang", "N. Korea"]) {
        const rows = await q("condemnations", { actor: alias });
        expect(rows.every((r) => r.direction === "condemned by")).toBe(true);
        expect(col(rows, "actor").sort()).toEqual(["Group of Seven", "South Korea", "Ukraine", "United States"]);
      }
    });
    it("condemnations: the G7 condemns North Korea, Russia and Iran, and is condemned by Russia, with dates", async () => {
      const rows = await q("condemnations", { actor: "G7" });
      expect(rows.filter((r) => r.direction === "condemns").map((r) => r.actor).sort()).toEqual(["Iran", "North Korea", "Russia"]);
      expect(rows.filter((r) => r.direction === "condemned by")).toMatchObject([{ actor: "Russia", asserted: 1, firstDate: "2024-11-29" }]);
    });
    it("co-condemners: the EU shares two targets with the G7 (Russia and Iran)", async () => {
      const rows = await q("co-condemners", { actor: "Group of Seven" });
      expect(rows[0]).toMatchObject({ coCondemner: "European Union", sharedTargets: 2 });
      expect((rows[0]!.targets as string[]).sort()).toEqual(["Iran", "Russia"]);
    });
    it("supplies: North Korea supplies Russia with ballistic missiles; the artillery shells are only hypothetical", async () => {
      const rows = await q("supplies", { supplier: "DPRK" });
      expect(rows).toMatchObject([{ supplier: "North Korea", recipient: "Russia", weapons: ["ballistic missiles"], asserted: 2, hedged: 2 }]);
      const hedged = await q("supplies", { supplier: "DPRK", includeHedged: "true" });
      expect((hedged[0]!.weapons as string[]).sort()).toEqual(["artillery shells", "ballistic missiles"]);
    });
    it("supplies: every asserted supplier, recipient and weapon", async () => {
      const rows = await q("supplies");
      expect(rows.map((r) => `${r.supplier}>${r.recipient}:${(r.weapons as string[]).join("+")}`).sort()).toEqual([
        "Iran>Russia:attack drones", "North Korea>Russia:ballistic missiles", "Russia>Belarus:Iskander missiles",
      ]);
    });
    it("supply-chains: Iran → Russia → Belarus and North Korea → Russia → Belarus", async () => {
      expect(col(await q("supply-chains"), "chain").sort()).toEqual(["Iran -> Russia -> Belarus", "North Korea -> Russia -> Belarus"]);
      expect(col(await q("supply-chains", { actor: "Tehran" }), "chain")).toEqual(["Iran -> Russia -> Belarus"]);
    });
    it("deployments: North Korea deploys to Russia and to Kursk, a place in Russia", async () => {
      const rows = await q("deployments", { place: "Russia" });
      expect(rows.map((r) => `${r.deployer}>${r.destination}`).sort()).toEqual(["North Korea>Kursk", "North Korea>Russia"]);
    });
    it("deployments: the denied deployment to Belarus appears only with includeHedged", async () => {
      expect(await q("deployments", { place: "Belarus" })).toEqual([]);
      expect(await q("deployments", { place: "Minsk", includeHedged: "true" })).toMatchObject([{ deployer: "North Korea", asserted: 0, hedged: 1 }]);
    });
    it("signatories: Japan, South Korea and the United States sign the joint statement", async () => {
      const rows = await q("signatories", { document: "joint statement" });
      expect(col(rows, "signatory")).toEqual(["Japan", "South Korea", "United States"]);
      expect(col(rows, "firstDate")).toEqual(["2024-10-25", "2024-10-25", "2024-10-25"]);
      expect(col(rows, "date")).toEqual(["2024-10-25", "2024-10-25", "2024-10-25"]); // the statement's own date
    });
    it("actor-profile: an event's date; null for an actor without one", async () => {
      expect((await q("actor-profile", { actor: "joint statement" }))[0]).toMatchObject({ type: "Event", kind: "statement", date: "2024-10-25" });
      expect((await q("actor-profile", { actor: "Pyongyang" }))[0]!.date).toBeNull();
    });
    it("actor-profile: North Korea, seen from 2024-06-14 to 2024-11-29, with its relations by type", async () => {
      const [row] = await q("actor-profile", { actor: "Pyongyang" });
      expect(row).toMatchObject({ name: "North Korea", type: "Country", firstSeen: "2024-06-14", lastSeen: "2024-11-29" });
      expect(row!.relationsOut as string[]).toEqual(expect.arrayContaining(["DEPLOYS 2", "SUPPLIES 1"]));
      expect(row!.relationsIn as string[]).toEqual(expect.arrayContaining(["CONDEMNS 4"]));
      expect(row!.aliases as string[]).toContain("DPRK");
      expect(row!.memberOf).toEqual([]); // an empty list on both stores, not null
    });
    it("actor-profile: a person's role and country, a member's organisation", async () => {
      expect((await q("actor-profile", { actor: "Kim Jong-un" }))[0]).toMatchObject({ role: "leader", country: "North Korea", type: "Person" });
      expect((await q("actor-profile", { actor: "Tokyo" }))[0]!.memberOf).toEqual(["Group of Seven"]);
    });
    it("neighbourhood: Russia's suppliers, what it supplies and whom it condemns", async () => {
      const rows = await q("neighbourhood", { actor: "Moscow" });
      const lines = rows.map((r) => `${r.relation} ${r.direction} ${r.neighbour}`);
      expect(lines).toEqual(expect.arrayContaining(["SUPPLIES in North Korea", "SUPPLIES in Iran", "SUPPLIES out Belarus", "CONDEMNS out Group of Seven"]));
    });
    it("timeline: Russia's relations in date order; hedged statements only with includeHedged", async () => {
      const rows = await q("timeline", { actor: "Russia" });
      const dates = col(rows, "date") as string[];
      expect(dates).toEqual([...dates].sort());
      expect(rows[0]).toMatchObject({ date: "2024-06-14" });
      expect(rows.every((r) => r.status === "asserted")).toBe(true);
      const hedged = await q("timeline", { actor: "Russia", includeHedged: "true" });
      expect(hedged.filter((r) => r.status !== "asserted").map((r) => r.status).sort()).toEqual(["hypothetical", "negated"]);
    });
    it("shortest-path: the G7 reaches Kim Jong Un through North Korea", async () => {
      const rows = await q("shortest-path", { from: "G7", to: "Kim Jong Un" });
      expect(rows).toEqual([
        { step: 1, fromActor: "Group of Seven", relation: "CONDEMNS", direction: "->", toActor: "North Korea" },
        { step: 2, fromActor: "North Korea", relation: "HOLDS_ROLE", direction: "<-", toActor: "Kim Jong Un" },
      ]);
    });
    it("shortest-path: an edge known only from a denial is used only with includeHedged", async () => {
      const asserted = await q("shortest-path", { from: "Kursk", to: "Belarus" });
      const hedged = await q("shortest-path", { from: "Kursk", to: "Belarus", includeHedged: "true" });
      // asserted: Kursk <-DEPLOYS- North Korea -SUPPLIES-> Russia -SUPPLIES-> Belarus; the denied
      // deployment North Korea -> Belarus makes it two steps
      expect(asserted.map((r) => r.relation)).toEqual(["DEPLOYS", "SUPPLIES", "SUPPLIES"]);
      expect(hedged.map((r) => `${r.fromActor} ${r.relation} ${r.direction} ${r.toActor}`)).toEqual([
        "Kursk DEPLOYS <- North Korea", "North Korea DEPLOYS -> Belarus",
      ]);
    });
    it("evidence: the sentences behind North Korea SUPPLIES Russia, with sources and dates", async () => {
      const rows = await q("evidence", { subject: "DPRK", object: "Russia", relation: "SUPPLIES" });
      expect(rows.map((r) => [r.date, r.source, r.status, r.instrument])).toEqual([
        ["2024-06-14", "Kyodo", "asserted", "ballistic missiles"],
        ["2024-11-29", "AP", "asserted", "ballistic missiles"],
      ]);
      expect(rows[0]!.sentence).toBe("North Korea has transferred ballistic missiles to Russia for use in the war in Ukraine.");
      const all = await q("evidence", { subject: "DPRK", object: "Russia", relation: "SUPPLIES", includeHedged: "true" });
      expect(col(all, "status").sort()).toEqual(["asserted", "asserted", "hypothetical", "negated"]);
    });
    it("contested-claims: North Korea supplying Russia is asserted twice and denied once", async () => {
      const rows = await q("contested-claims");
      expect(rows).toMatchObject([{ subject: "North Korea", relation: "SUPPLIES", object: "Russia", asserted: 2, negated: 1, hedged: 1,
        contrarySentence: "Pyongyang denied supplying any weapons to Moscow." }]);
    });
    it("central-actors: ranked by stored degree or PageRank, filtered by type, limited", async () => {
      const byDegree = await q("central-actors", { by: "degree", limit: "3" });
      expect(byDegree).toHaveLength(3);
      expect(byDegree[0]).toMatchObject({ actor: "North Korea", type: "Country" });
      const degrees = col(byDegree, "degree") as number[];
      expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
      const pr = col(await q("central-actors"), "pagerank") as number[];
      expect(pr).toEqual([...pr].sort((a, b) => b - a));
      expect(col(await q("central-actors", { type: "Person" }), "type")).toEqual(["Person", "Person"]);
    });
    it("members: Japan and the United States in the G7; the Korean People's Army part of North Korea", async () => {
      expect(col(await q("members", { organization: "G-7" }), "member")).toEqual(["Japan", "United States"]);
      expect(await q("members", { organization: "DPRK" })).toMatchObject([{ member: "Korean People's Army", relation: "PART_OF" }]);
    });
    it("mentions: the articles naming Kim Jong Un, the undated one last", async () => {
      expect(await q("mentions", { actor: "Kim" })).toMatchObject([
        { date: "2024-11-29", article: "kim-shoigu.txt", source: "AP" },
        { date: null, article: "undated-brief.txt" },
      ]);
    });
    it("relation-types: nine CONDEMNS edges, all asserted", async () => {
      expect((await q("relation-types")).find((r) => r.relation === "CONDEMNS")).toMatchObject({ edges: 9, asserted: 9, hedged: 0 });
    });
    it("every catalogue query runs with its example parameters", async () => {
      for (const query of CATALOG) {
        const params = Object.fromEntries(query.params.filter((p) => p.example !== "").map((p) => [p.name, p.example]));
        const res = await runNamedQuery(getStore(), query.name, params);
        expect(res.columns, query.name).toEqual([...query.columns]);
      }
    });
  });
}
