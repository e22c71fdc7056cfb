// Label placement: labels never overlap, the bigger node wins, a label moves left before it is dropped.
import { describe, expect, it } from "vitest";
import { placeLabels, type LabelCandidate } from "../../../viewer/src/render/labels.ts";

const measure = (s: string) => s.length * 7; // a fixed-width stand-in for canvas measureText
const boxesOverlap = (a: number[], b: number[]) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

describe("placeLabels", () => {
  it("keeps the bigger node's label when two would overlap and the left side is off the canvas", () => {
    const placed = placeLabels([
      { label: "Small", x: 12, y: 100, size: 3 },
      { label: "Big one", x: 10, y: 102, size: 10 },
    ], measure, 1000, 13);
    expect(placed.map((p) => p.label)).toEqual(["Big one"]);
  });
  it("puts a label on the left when the right side is taken", () => {
    const placed = placeLabels([
      { label: "Anchor", x: 200, y: 100, size: 8 },
      { label: "Neighbour", x: 190, y: 102, size: 4 },
    ], measure, 1000, 13);
    const n = placed.find((p) => p.label === "Neighbour")!;
    expect(n.box[2]).toBeLessThanOrEqual(190);
  });
  it("puts a label on the left rather than past the right border", () => {
    const [p] = placeLabels([{ label: "Volodymyr Zelensky", x: 990, y: 50, size: 5 }], measure, 1000, 13);
    expect(p.box[2]).toBeLessThan(990);
  });
  it("always draws a forced label (the selection), and first", () => {
    const placed = placeLabels([
      { label: "Hub", x: 100, y: 100, size: 20 },
      { label: "Selected", x: 101, y: 100, size: 2, forceLabel: true },
    ], measure, 1000, 13);
    expect(placed[0].label).toBe("Selected");
  });
  it("never places overlapping labels in a dense crowd", () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const crowd: LabelCandidate[] = Array.from({ length: 400 }, (_, i) => ({ label: `Entity number ${i}`, x: rand() * 800, y: rand() * 600, size: 2 + rand() * 10 }));
    const placed = placeLabels(crowd, measure, 800, 13);
    expect(placed.length).toBeGreaterThan(20);
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) expect(boxesOverlap(placed[i].box, placed[j].box)).toBe(false);
    }
  });
});
