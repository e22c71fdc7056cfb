// The sigma renderer: settings in one place, and reducers that turn the view state (filters, selection,
// query highlight) into display data without touching the graph.
import Sigma from "sigma";
import { EdgeArrowProgram, EdgeLineProgram, NodeCircleProgram } from "sigma/rendering";
import type { DatasetGraph } from "../state/dataset.ts";
import type { Visibility } from "../state/filters.ts";
import type { ViewState } from "../state/types.ts";
import { DIMMED_EDGE, DIMMED_NODE } from "./palette.ts";
import { createLabelPlacer, type LabelPlacer } from "./labels.ts";
import { edgeThickness } from "./visuals.ts";

/** What the reducers read; replaced as a whole when the view changes, then sigma.refresh(). */
export interface RenderInput {
  visibility: Visibility;
  view: ViewState;
  /** Nodes drawn in full colour when something is selected or highlighted; null = no emphasis. */
  emphasis: Set<string> | null;
}

export function createSigma(graph: DatasetGraph, container: HTMLElement, input: () => RenderInput): { sigma: Sigma; labels: LabelPlacer } {
  const labels = createLabelPlacer();
  const sigma = new Sigma(graph, container, {
    defaultDrawNodeLabel: labels.collect,
    // Our data uses `type` for the entity / relation type: the program type is set by the reducers.
    defaultNodeType: "circle",
    defaultEdgeType: "arrow",
    nodeProgramClasses: { circle: NodeCircleProgram },
    edgeProgramClasses: { arrow: EdgeArrowProgram, line: EdgeLineProgram },
    renderEdgeLabels: false,
    enableEdgeEvents: true,
    // Sigma's label grid proposes at most one label per cell; labels.ts drops any that would overlap.
    labelDensity: 1,
    labelGridCellSize: 50,
    labelRenderedSizeThreshold: 4,
    stagePadding: 40,
    labelFont: "Liberation Sans, Arial, sans-serif",
    labelSize: 13,
    zIndex: true,
    hideEdgesOnMove: false,
    minCameraRatio: 0.02,
    maxCameraRatio: 20,
    nodeReducer: (node, data) => {
      const { visibility, view, emphasis } = input();
      const out: Record<string, unknown> = { ...data, type: "circle", label: shortLabel(data.label) };
      if (!visibility.nodes.has(node)) {
        out.hidden = true;
        return out;
      }
      const selected = node === view.selectedNode;
      const queried = view.highlighted.includes(node);
      if (emphasis && !emphasis.has(node)) {
        out.color = DIMMED_NODE;
        out.label = null;
        out.zIndex = 0;
      } else if (emphasis) {
        // Neighbours keep their colour; their labels still go through the label grid, so they don't overlap.
        out.zIndex = 1;
      }
      if (selected || queried) {
        out.highlighted = true;
        out.zIndex = 2;
        out.forceLabel = true;
      }
      return out;
    },
    edgeReducer: (edge, data) => {
      const { visibility, view, emphasis } = input();
      const out: Record<string, unknown> = { ...data, type: "arrow" };
      const weight = visibility.edgeWeight.get(edge);
      if (weight === undefined) {
        out.hidden = true;
        return out;
      }
      out.size = edgeThickness(weight);
      if (edge === view.selectedEdge) {
        out.size = (out.size as number) + 2;
        out.zIndex = 2;
      } else if (emphasis) {
        const s = graph.source(edge);
        const t = graph.target(edge);
        if (!(emphasis.has(s) && emphasis.has(t))) {
          out.color = DIMMED_EDGE;
          out.zIndex = 0;
        } else out.zIndex = 1;
      }
      return out;
    },
  });
  labels.attach(sigma);
  // The constructor drew its first frame before the placer listened: draw again (no reprocessing) with labels.
  sigma.scheduleRender();
  return { sigma, labels };
}

const MAX_LABEL = 28;
/** The grid keeps node positions apart, not label widths: long names are cut so they don't run over others. */
export const shortLabel = (label: unknown): string => {
  const s = String(label ?? "");
  return s.length > MAX_LABEL ? `${s.slice(0, MAX_LABEL - 1)}…` : s;
};

/** Moves the camera onto a node (in sigma's framed coordinates) and zooms in. */
export function moveToNode(sigma: Sigma, node: string, duration = 400): Promise<void> {
  const d = sigma.getNodeDisplayData(node);
  if (!d) return Promise.resolve();
  return sigma.getCamera().animate({ x: d.x, y: d.y, ratio: Math.min(sigma.getCamera().ratio, 0.5) }, { duration });
}

/** Frames a set of nodes (a query's result): centre of their box, zoomed so the box fills most of the view. */
export function moveToNodes(sigma: Sigma, nodes: string[], duration = 500): Promise<void> {
  const pts = nodes.map((n) => sigma.getNodeDisplayData(n)).filter((d) => d !== undefined);
  if (pts.length === 0) return Promise.resolve();
  const xs = pts.map((p) => p.x);
  const ys = pts.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const ratio = Math.min(1, Math.max(0.15, Math.max(x1 - x0, y1 - y0) * 1.4));
  return sigma.getCamera().animate({ x: (x0 + x1) / 2, y: (y0 + y1) / 2, ratio }, { duration });
}
