// Parameter checking and binding, against a fake store that records what it is asked (no database:
// these cases are about the runner, not the Cypher).
import { describe, expect, it } from "vitest";
import { bindParams, coerceParam, getQuery, listQueries, prepareParams, runNamedQuery } from "../../../queries/run.ts";
import type { QueryParam } from "../../../queries/types.ts";

const p = (type: QueryParam["type"], extra: Partial<QueryParam> = {}): QueryParam =>
  ({ name: "x", type, example: "1", description: "", ...extra });

/** Answers the entity look-ups with two countries, and any other read with no rows. */
function fakeStore(kind: "kuzu" | "neo4j" = "kuzu") {
  const calls: { cypher: string; params?: Record<string, unknown> }[] = [];
  return {
    kind,
    calls,
    async read(cypher: string, params?: Record<string, unknown>) {
      calls.push({ cypher, params });
      if (cypher.startsWith("MATCH (n:Country) RETURN n.id AS id")) {
        return [
          { id: "country:KP", name: "North Korea", aliases: ["DPRK"], iso: "KP", degree: 3 },
          { id: "country:RU", name: "Russia", aliases: ["Moscow"], iso: "RU", degree: 2 },
        ];
      }
      return [];
    },
  };
}

describe("coerceParam", () => {
  it.each([
    [p("int"), "5", 5],
    [p("int"), "-2", -2],
    [p("float"), "0.5", 0.5],
    [p("bool"), "true", true],
    [p("bool"), "No", false],
    [p("string"), " North Korea ", " North Korea "],
  ])("%o %s", (param, raw, value) => expect(coerceParam(param, raw)).toBe(value));

  it.each([
    [p("int"), "five"],
    [p("int"), "2.5"],
    [p("float"), "abc"],
    [p("bool"), "maybe"],
    [p("string", { choices: ["pagerank", "degree"] }), "closeness"],
  ])("refuses %o %s with BAD_PARAM naming the parameter and type", (param, raw) => {
    expect(() => coerceParam(param, raw)).toThrow(expect.objectContaining({ code: "BAD_PARAM", message: expect.stringContaining("x=") }));
  });
});

describe("prepareParams", () => {
  it("fills defaults, coerces and resolves actor aliases to ids", async () => {
    const params = await prepareParams(fakeStore(), getQuery("supplies"), { supplier: "dprk", includeHedged: "true" });
    expect(params).toEqual({ supplier: "country:KP", recipient: "", includeHedged: true });
  });
  it("refuses a missing required parameter", async () => {
    await expect(prepareParams(fakeStore(), getQuery("condemnations"), {})).rejects.toMatchObject({ code: "BAD_PARAM" });
  });
  it("refuses a parameter the query does not have", async () => {
    await expect(prepareParams(fakeStore(), getQuery("condemnations"), { actor: "Russia", actr: "x" })).rejects.toMatchObject({ code: "BAD_PARAM" });
  });
  it("refuses an unknown actor (UNKNOWN_ACTOR)", async () => {
    await expect(prepareParams(fakeStore(), getQuery("condemnations"), { actor: "Atlantis" })).rejects.toMatchObject({ code: "UNKNOWN_ACTOR" });
  });
});

describe("runNamedQuery", () => {
  it("refuses an unknown query name, listing the names (UNKNOWN_QUERY)", async () => {
    await expect(runNamedQuery(fakeStore(), "who-condemns", {})).rejects.toMatchObject({ code: "UNKNOWN_QUERY", hint: expect.stringContaining("condemnations") });
  });
  it.each(["kuzu", "neo4j"] as const)("sends the %s dialect with only the parameters the text uses", async (kind) => {
    const store = fakeStore(kind);
    const res = await runNamedQuery(store, "condemnations", { actor: "Moscow" });
    const last = store.calls.at(-1)!;
    expect(last.cypher).toBe(getQuery("condemnations").cypher[kind]);
    expect(last.params).toEqual({ actor: "country:RU", includeHedged: false });
    expect(res.columns).toEqual(getQuery("condemnations").columns);
  });
});

describe("bindParams", () => {
  it("drops parameters the text does not reference (Kuzu refuses them)", () => {
    expect(bindParams("kuzu", "RETURN $a", { a: 1, ab: 2 })).toEqual({ a: 1 });
  });
  it("sends declared ints to Neo4j as Integer (a JS number would be a float)", () => {
    const out = bindParams("neo4j", "RETURN $limit, $f", { limit: 5, f: 2 }, new Set(["limit"]));
    expect(typeof out.limit).toBe("object");
    expect(out.f).toBe(2);
  });
});

describe("listQueries", () => {
  it("lists every query with name, description and typed params", () => {
    const list = listQueries();
    expect(list.length).toBeGreaterThanOrEqual(12);
    for (const q of list) for (const param of q.params) expect(["string", "int", "float", "bool"]).toContain(param.type);
  });
});
