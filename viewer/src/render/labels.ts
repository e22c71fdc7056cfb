// Labels that never overlap. Sigma's label grid keeps one label per cell by node position, but a long
// label still runs over its neighbours' cells. So sigma's label pass only collects candidates here; after
// the frame they are placed greedily — forced labels (selection, query result) first, then bigger nodes —
// right of the node, else left of it, and skipped when both sides meet a placed label or the border.
import type Sigma from "sigma";
import type { NodeLabelDrawingFunction } from "sigma/rendering";

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
        ctx.fillStyle = settings.labelColor.color ?? "#000";
        candidates.sort((a, b) => Number(Boolean(b.forceLabel)) - Number(Boolean(a.forceLabel)) || b.size - a.size);
        const placed: Box[] = [];
        const width = sigma.getContainer().clientWidth;
        const half = settings.labelSize / 2 + 2;
        for (const c of candidates) {
          const w = ctx.measureText(c.label!).width;
          const boxAt = (x: number): Box => [x - 2, c.y - half, x + w + 2, c.y + half];
          // Right of the node by default; left when the right side is taken or runs off the canvas.
          const fits = (x: number): Box | null => {
            const box = boxAt(x);
            if (box[2] > width || box[0] < 0) return null;
            return placed.some((p) => overlaps(p, box)) ? null : box;
          };
          const right = c.x + c.size + 3;
          const box = fits(right) ?? fits(c.x - c.size - 3 - w) ?? (c.forceLabel ? boxAt(right) : null);
          if (!box) continue;
          placed.push(box);
          ctx.fillText(c.label!, box[0] + 2, c.y + settings.labelSize / 3);
        }
        candidates = [];
      });
    },
  };
}
