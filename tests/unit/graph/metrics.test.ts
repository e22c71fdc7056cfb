import { describe, expect, it } from "vitest";
import { computeMetrics } from "../../../graph/metrics.ts";

describe("computeMetrics", () => {
  const nodes = ["a", "b", "c", "x", "y", "lonely"];
  const edges = [
    { source: "a", target: "b" }, { source: "b", target: "c" }, { source: "c", target: "a" }, { source: "a", target: "b" },
    { source: "x", target: "y" },
  ];

  it("counts distinct neighbours as degree, whatever the direction or multiplicity", () => {
    const m = computeMetrics(nodes, edges);
    expect(m.get("a")!.degree).toBe(2);
    expect(m.get("lonely")!.degree).toBe(0);
  });

  it("puts a connected triangle in one community, numbered by size", () => {
    const m = computeMetrics(nodes, edges);
    expect(new Set(["a", "b", "c"].map((n) => m.get(n)!.community))).toEqual(new Set([0]));
    expect(m.get("x")!.community).toBe(m.get("y")!.community);
    expect(m.get("x")!.community).not.toBe(0);
  });

  it("gives the same numbers on every run", () => {
    expect([...computeMetrics(nodes, edges)]).toEqual([...computeMetrics([...nodes].reverse(), [...edges].reverse())]);
  });
});
