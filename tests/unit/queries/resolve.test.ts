// Actor parameters: any alias, case and punctuation ignored; ambiguous and unknown names fail with hints.
import { describe, expect, it } from "vitest";
import { buildActorIndex, editDistance, normalizeName, resolveActor, type ActorEntry } from "../../../queries/resolve.ts";

const entry = (id: string, name: string, type: string, aliases: string[] = [], iso: string | null = null, degree = 1): ActorEntry =>
  ({ id, name, type, aliases, iso, degree });

// Written for the test: North Korea with its usual aliases, Russia with its capital as metonym, and a
// Location named like that capital.
const index = buildActorIndex([
  entry("country:KP", "North Korea", "Country", ["DPRK", "Pyongyang", "Democratic People's Republic of Korea"], "KP", 9),
  entry("country:KR", "South Korea", "Country", ["ROK", "Seoul"], "KR", 4),
  entry("country:RU", "Russia", "Country", ["Moscow"], "RU", 6),
  entry("loc:moscow", "Moscow", "Location", ["Moskva"]),
  entry("country:US", "United States", "Country", ["U.S.", "Washington"], "US", 4),
  entry("person:a", "John Smith", "Person", ["Smith"]),
  entry("person:b", "Jane Smith", "Person", ["Smith"]),
]);

describe("normalizeName", () => {
  it.each([
    ["U.S.", "us"],
    ["Kim Jong-un", "kimjongun"],
    ["Côte d'Ivoire", "cotedivoire"],
    ["  north   KOREA ", "northkorea"],
  ])("%s → %s", (raw, key) => expect(normalizeName(raw)).toBe(key));
});

describe("resolveActor", () => {
  it.each([
    ["North Korea", "country:KP"],
    ["DPRK", "country:KP"],
    ["dprk", "country:KP"],
    ["Pyongyang", "country:KP"],
    ["north-korea", "country:KP"],
    ["Democratic Peoples Republic of Korea", "country:KP"],
    ["KP", "country:KP"],
    ["country:KP", "country:KP"],
    ["us", "country:US"],
    ["U.S.", "country:US"],
  ])("%s → %s", (raw, id) => expect(resolveActor(index, raw)).toBe(id));

  it("prefers an entity's name over another entity's alias", () => {
    expect(resolveActor(index, "Moscow")).toBe("loc:moscow");
  });

  it("refuses a name shared by two entities, listing their ids (AMBIGUOUS_ACTOR)", () => {
    expect(() => resolveActor(index, "Smith")).toThrow(expect.objectContaining({ code: "AMBIGUOUS_ACTOR" }));
  });

  it("refuses an unknown name with the nearest names (UNKNOWN_ACTOR)", () => {
    try {
      resolveActor(index, "Nort Korea", "actor");
      expect.unreachable();
    } catch (e) {
      const err = e as { code: string; hint: string; line(): string };
      expect(err.code).toBe("UNKNOWN_ACTOR");
      expect(err.hint.split(": ")[1]!.split(", ")[0]).toBe("North Korea");
      expect(err.line()).not.toContain("\n");
    }
  });
});

describe("editDistance", () => {
  it.each([["kitten", "sitting", 3], ["", "abc", 3], ["same", "same", 0]])("%s/%s = %i", (a, b, d) => {
    expect(editDistance(a as string, b as string)).toBe(d);
  });
});
