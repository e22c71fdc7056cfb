// The view state in the URL's query string, so a view can be shared. Only what differs from the defaults
// is written. Pure: takes and returns URLSearchParams.
import { DEFAULT_FILTERS, INITIAL_VIEW, type ViewState } from "./types.ts";

const list = (s: string | null): string[] => (s ? s.split(",").filter(Boolean) : []);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function viewToParams(v: ViewState, base = new URLSearchParams()): URLSearchParams {
  const p = new URLSearchParams(base);
  for (const k of ["node", "edge", "focus", "depth", "hideRel", "hideEnt", "from", "to", "minEv", "isolated", "hedged", "size", "color", "cam"]) {
    p.delete(k);
  }
  const f = v.filters;
  if (v.selectedNode) p.set("node", v.selectedNode);
  if (v.selectedEdge) p.set("edge", v.selectedEdge);
  if (v.focus) {
    p.set("focus", v.focus.node);
    p.set("depth", String(v.focus.depth));
  }
  if (f.hiddenRelations.length) p.set("hideRel", f.hiddenRelations.join(","));
  if (f.hiddenEntityTypes.length) p.set("hideEnt", f.hiddenEntityTypes.join(","));
  if (f.dateFrom) p.set("from", f.dateFrom);
  if (f.dateTo) p.set("to", f.dateTo);
  if (f.minEvidence !== DEFAULT_FILTERS.minEvidence) p.set("minEv", String(f.minEvidence));
  if (f.hideIsolated) p.set("isolated", "hide");
  if (f.includeHedged) p.set("hedged", "1");
  if (v.sizeBy !== INITIAL_VIEW.sizeBy) p.set("size", v.sizeBy);
  if (v.colorBy !== INITIAL_VIEW.colorBy) p.set("color", v.colorBy);
  if (v.camera) p.set("cam", [v.camera.x, v.camera.y, v.camera.ratio].map((n) => n.toFixed(4)).join(","));
  return p;
}

export function paramsToView(p: URLSearchParams): ViewState {
  const num = (s: string | null, d: number) => (s !== null && Number.isFinite(Number(s)) ? Number(s) : d);
  const date = (s: string | null) => (s && DATE.test(s) ? s : null);
  const cam = list(p.get("cam")).map(Number);
  const focusNode = p.get("focus");
  return {
    ...INITIAL_VIEW,
    filters: {
      hiddenRelations: list(p.get("hideRel")),
      hiddenEntityTypes: list(p.get("hideEnt")),
      dateFrom: date(p.get("from")),
      dateTo: date(p.get("to")),
      minEvidence: Math.max(0, Math.round(num(p.get("minEv"), DEFAULT_FILTERS.minEvidence))),
      hideIsolated: p.get("isolated") === "hide",
      includeHedged: p.get("hedged") === "1",
    },
    selectedNode: p.get("node"),
    selectedEdge: p.get("edge"),
    focus: focusNode ? { node: focusNode, depth: p.get("depth") === "2" ? 2 : 1 } : null,
    sizeBy: p.get("size") === "pagerank" ? "pagerank" : "degree",
    colorBy: p.get("color") === "community" ? "community" : "type",
    camera: cam.length === 3 && cam.every(Number.isFinite) && cam[2] > 0 ? { x: cam[0], y: cam[1], ratio: cam[2] } : null,
  };
}
