// Labels that never overlap. Sigma's label grid keeps one label per cell by node position, but a long
// label still runs over its neighbours' cells. So sigma's label pass only collects candidates here; after
// the frame they are placed greedily — forced labels (selection, query result) first, then bigger nodes —
// and a label whose box meets an already placed one is skipped.
import type Sigma from "sigma";
import { drawDiscNodeLabel, type NodeLabelDrawingFunction } from "sigma/rendering";

type Candidate = Parameters<NodeLabelDrawingFunction>[1];
type Box = [number, number, number, number];

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

export interface LabelPlacer {
  /** Give this to sigma as `defaultDrawNodeLabel`. */
  collect: NodeLabelDrawingFunction;
  /** Call once sigma exists: draws the collected labels after each frame. */
  attach(sigma: Sigma): void;
}

export function createLabelPlacer(): LabelPlacer {
  let candidates: Candidate[] = [];
  return {
    collect(_ctx, data) {
      if (data.label) candidates.push(data);
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
        candidates.sort((a, b) => Number(Boolean(b.forceLabel)) - Number(Boolean(a.forceLabel)) || b.size - a.size);
        const placed: Box[] = [];
        for (const c of candidates) {
          const w = ctx.measureText(c.label!).width;
          const x = c.x + c.size + 3;
          const box: Box = [x - 2, c.y - settings.labelSize / 2 - 2, x + w + 2, c.y + settings.labelSize / 2 + 2];
          if (!c.forceLabel && placed.some((p) => overlaps(p, box))) continue;
          placed.push(box);
          drawDiscNodeLabel(ctx, c, settings);
        }
        candidates = [];
      });
    },
  };
}
