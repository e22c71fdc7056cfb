// Labels that never overlap. Sigma's label grid keeps one label per cell by node position, but a long
// label still runs over its neighbours' cells. So sigma's label pass only collects candidates here; after
// the frame they are placed greedily — forced labels (selection, query result) first, then bigger nodes —
// right of the node, else left of it, and skipped when both sides meet a placed label or the border.
import type Sigma from "sigma";
import type { NodeLabelDrawingFunction } from "sigma/rendering";

export type Box = [number, number, number, number];

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

export interface LabelCandidate {
  label: string;
  x: number;
  y: number;
  size: number;
  forceLabel?: boolean;
}
export interface PlacedLabel {
  label: string;
  box: Box;
}

/**
 * Greedy placement, pure: forced labels first, then bigger nodes; each goes right of its node, else left,
 * else is dropped (a forced one is kept on the right). `measure` gives a label's width in pixels.
 */
export function placeLabels(candidates: LabelCandidate[], measure: (s: string) => number, width: number, labelSize: number): PlacedLabel[] {
  const sorted = [...candidates].sort((a, b) => Number(Boolean(b.forceLabel)) - Number(Boolean(a.forceLabel)) || b.size - a.size);
  const placed: PlacedLabel[] = [];
  const half = labelSize / 2 + 2;
  for (const c of sorted) {
    const w = measure(c.label);
    const boxAt = (x: number): Box => [x - 2, c.y - half, x + w + 2, c.y + half];
    const fits = (x: number): Box | null => {
      const box = boxAt(x);
      if (box[2] > width || box[0] < 0) return null;
      return placed.some((p) => overlaps(p.box, box)) ? null : box;
    };
    const right = c.x + c.size + 3;
    const box = fits(right) ?? fits(c.x - c.size - 3 - w) ?? (c.forceLabel ? boxAt(right) : null);
    if (box) placed.push({ label: c.label, box });
  }
  return placed;
}

export interface LabelPlacer {
  /** Give this to sigma as `defaultDrawNodeLabel`. */
  collect: NodeLabelDrawingFunction;
  /** Call once sigma exists: draws the collected labels after each frame. */
  attach(sigma: Sigma): void;
  /** The labels drawn in the last frame (tests check they never overlap). */
  lastPlaced(): PlacedLabel[];
}

export function createLabelPlacer(): LabelPlacer {
  let candidates: LabelCandidate[] = [];
  let last: PlacedLabel[] = [];
  return {
    collect(_ctx, data) {
      if (data.label) candidates.push({ label: data.label, x: data.x, y: data.y, size: data.size, forceLabel: data.forceLabel });
    },
    attach(sigma) {
      sigma.on("beforeRender", () => {
        candidates = [];
      });
      sigma.on("afterRender", () => {
        const ctx = sigma.getCanvases().labels?.getContext("2d");
        if (!ctx) return;
        const settings = sigma.getSettings();
        ctx.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
        ctx.fillStyle = settings.labelColor.color ?? "#000";
        last = placeLabels(candidates, (t) => ctx.measureText(t).width, sigma.getContainer().clientWidth, settings.labelSize);
        for (const p of last) ctx.fillText(p.label, p.box[0] + 2, (p.box[1] + p.box[3]) / 2 + settings.labelSize / 3);
        candidates = [];
      });
    },
    lastPlaced: () => last,
  };
}
