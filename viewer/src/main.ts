// Entry: loads the data, then wires state → renderer → panels. Each part lives in its folder:
// state/ (no DOM), render/ (sigma, layout, exports), ui/ (DOM panels, text only through textContent).
import type Sigma from "sigma";
import { buildDataset, parseGraphJson, type Dataset } from "./state/dataset.ts";
import { computeVisibility, neighbourhood, type Visibility } from "./state/filters.ts";
import { dataSource, fetchText } from "./state/load.ts";
import { createStore, highlight, selectEdge, selectNode, type Store } from "./state/store.ts";
import type { GraphJson, LoadStatus, ViewState } from "./state/types.ts";
import { paramsToView, viewToParams } from "./state/url.ts";
import { download, renderPng, toGexf } from "./render/export.ts";
import { createLayout, placeNodes, type Layout } from "./render/layout.ts";
import type { PlacedLabel } from "./render/labels.ts";
import { createSigma, moveToNode, moveToNodes, type RenderInput } from "./render/sigma-view.ts";
import { applyEdgeVisuals, applyNodeVisuals } from "./render/visuals.ts";
import { renderDetails } from "./ui/details.ts";
import { clear } from "./ui/dom.ts";
import { mountFilters } from "./ui/filters-panel.ts";
import { renderLegend } from "./ui/legend.ts";
import { mountQueries, nodesInRows } from "./ui/queries.ts";
import { mountSearch } from "./ui/search.ts";
import { mountToolbar } from "./ui/toolbar.ts";

/** Test and debugging hooks: tests wait on these flags, never on animations. */
export interface KgHooks {
  ready: boolean;
  status: LoadStatus;
  layoutRunning: boolean;
  state?: () => ViewState;
  counts?: { nodes: number; edges: number; totalNodes: number; totalEdges: number };
  sigma?: Sigma;
  dataset?: Dataset;
  store?: Store;
  /** A node's position in CSS pixels relative to the graph container, or null when hidden. */
  nodeViewport?: (node: string) => { x: number; y: number } | null;
  /** The labels drawn in the last frame, with their boxes in CSS pixels. */
  labels?: () => PlacedLabel[];
  renders: number;
  /** Milliseconds since navigation start at each loading step (the benchmark reads them). */
  timings: { fetched?: number; parsed?: number; built?: number; firstRender?: number; ready?: number };
}
declare global {
  interface Window {
    __kg: KgHooks;
  }
}

/** The camera with the whole graph in view, zoomed out a little so labels at the border stay inside. */
const HOME = { x: 0.5, y: 0.5, ratio: 1.12, angle: 0 };
const $ = (id: string) => document.getElementById(id)!;
const hooks: KgHooks = (window.__kg = { ready: false, status: { kind: "idle" }, layoutRunning: false, renders: 0, timings: {} });
let teardown: (() => void) | null = null;

function setStatus(s: LoadStatus): void {
  hooks.status = s;
  const el = $("status");
  el.dataset.status = s.kind;
  el.textContent = s.kind === "loading" ? `Loading ${s.source}…` : s.kind === "error" ? s.message : "";
}

async function boot(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const src = dataSource(params);
  setStatus({ kind: "loading", source: src.url });
  try {
    const text = await fetchText(src.url);
    hooks.timings.fetched = performance.now();
    const json = parseGraphJson(text);
    hooks.timings.parsed = performance.now();
    start(json, src.mode, paramsToView(params));
    setStatus({ kind: "loaded", source: src.url, mode: src.mode });
  } catch (e) {
    setStatus({ kind: "error", source: src.url, message: `${(e as Error).message} — open a \`kg export --format json\` file with “Open JSON…”.` });
    mountToolbarOnly();
  }
}

function mountToolbarOnly(): void {
  clear($("toolbar"));
  mountToolbar($("toolbar"), {
    toggleLayout() {}, setSizeBy() {}, setColorBy() {}, exportPng() {}, exportGexf() {},
    openFile: (f) => void openFile(f),
  });
}

async function openFile(file: File): Promise<void> {
  try {
    const json = parseGraphJson(await file.text());
    start(json, "static", paramsToView(new URLSearchParams()));
    setStatus({ kind: "loaded", source: file.name, mode: "static" });
  } catch (e) {
    setStatus({ kind: "error", source: file.name, message: (e as Error).message });
  }
}

function start(json: GraphJson, mode: "api" | "static", initial: ViewState): void {
  teardown?.();
  for (const id of ["toolbar", "search-box", "filters", "legend", "details", "queries"]) clear($(id));
  hooks.ready = false;
  hooks.renders = 0;
  const ds = buildDataset(json);
  const storage = safeStorage();
  const placed = placeNodes(ds.graph, storage);
  applyNodeVisuals(ds.graph, initial.sizeBy, initial.colorBy);
  applyEdgeVisuals(ds.graph);
  const store = createStore(initial);
  hooks.timings.built = performance.now();

  let vis: Visibility = computeVisibility(ds, initial.filters, initial.focus);
  const emphasisOf = (v: ViewState): Set<string> | null => {
    if (!v.selectedNode && !v.selectedEdge && v.highlighted.length === 0) return null;
    // Focused on the selected node, the focus already isolates its neighbourhood: dim nothing in it.
    if (v.focus && v.focus.node === v.selectedNode && !v.selectedEdge && v.highlighted.length === 0) return null;
    const set = new Set(v.highlighted);
    if (v.selectedEdge && ds.graph.hasEdge(v.selectedEdge)) set.add(ds.graph.source(v.selectedEdge)).add(ds.graph.target(v.selectedEdge));
    if (v.selectedNode && ds.graph.hasNode(v.selectedNode)) for (const n of neighbourhood(ds, v.selectedNode, 1, vis.edges)) set.add(n);
    return set;
  };
  let input: RenderInput = { visibility: vis, view: initial, emphasis: emphasisOf(initial) };
  const { sigma, labels } = createSigma(ds.graph, $("graph"), () => input);
  // Sigma's constructor processed the graph and drew the first frame synchronously.
  hooks.timings.firstRender = performance.now();
  hooks.renders = 1;
  sigma.on("afterRender", () => hooks.renders++);
  sigma.getCamera().setState(initial.camera ?? HOME);

  const layout: Layout = createLayout(ds.graph, storage);
  const toolbar = mountToolbar($("toolbar"), {
    toggleLayout: () => (layout.isRunning() ? layout.stop() : layout.start()),
    setSizeBy: (sizeBy) => store.update((s) => ({ ...s, sizeBy })),
    setColorBy: (colorBy) => store.update((s) => ({ ...s, colorBy })),
    exportPng: () => void renderPng(sigma).then((b) => download(b, "kg-view.png")),
    exportGexf: () => download(new Blob([toGexf(ds.graph, vis)], { type: "application/gexf+xml" }), "kg-graph.gexf"),
    openFile: (f) => void openFile(f),
  });
  layout.onChange((running) => {
    hooks.layoutRunning = running;
    toolbar.setLayoutRunning(running);
  });
  mountSearch($("search-box"), ds, (node) => {
    store.update(selectNode(node));
    void moveToNode(sigma, node);
  });
  const filters = mountFilters($("filters"), ds, store);
  const byLabel = new Map<string, string>();
  ds.graph.forEachNode((n, a) => (a.aliases ?? []).forEach((x) => byLabel.set(String(x).toLowerCase(), n)));
  ds.graph.forEachNode((n, a) => byLabel.set(String(a.label).toLowerCase(), n));
  mountQueries($("queries"), mode, (rows, params) => {
    const nodes = rows.length ? nodesInRows([...rows, { params }], (k) => ds.graph.hasNode(k), byLabel) : [];
    store.update(highlight(nodes));
    void moveToNodes(sigma, nodes);
    return nodes;
  });

  sigma.on("clickNode", ({ node }) => store.update(selectNode(node)));
  sigma.on("clickEdge", ({ edge }) => store.update((s) => selectEdge(edge)(s)));
  sigma.on("clickStage", () => store.update((s) => (s.selectedNode || s.selectedEdge ? { ...s, selectedNode: null, selectedEdge: null } : s)));

  const render = (v: ViewState, prev: ViewState | null) => {
    if (!prev || v.filters !== prev.filters || v.focus !== prev.focus) vis = computeVisibility(ds, v.filters, v.focus);
    if (prev && (v.sizeBy !== prev.sizeBy || v.colorBy !== prev.colorBy)) applyNodeVisuals(ds.graph, v.sizeBy, v.colorBy);
    if (!prev || v.colorBy !== prev.colorBy) renderLegend($("legend"), ds, v.colorBy);
    input = { visibility: vis, view: v, emphasis: emphasisOf(v) };
    // The first call draws nothing new: sigma's constructor already rendered this input.
    if (prev) sigma.refresh();
    // Focusing frames the neighbourhood; leaving the focus shows the whole graph again.
    if (prev && v.focus !== prev.focus) {
      if (v.focus) void moveToNodes(sigma, [...vis.nodes]);
      else void sigma.getCamera().animate(HOME, { duration: 400 });
    }
    filters.sync(v);
    filters.setCounts(vis.nodes.size, vis.edges.size);
    toolbar.sync(v);
    renderDetails($("details"), ds, store, v, vis);
    hooks.counts = { nodes: vis.nodes.size, edges: vis.edges.size, totalNodes: ds.graph.order, totalEdges: ds.graph.size };
  };
  render(initial, null);
  store.subscribe((v, prev) => {
    render(v, prev);
    writeUrl();
  });

  // The URL follows the state and the camera (debounced: the camera moves every frame while panning).
  let urlTimer: ReturnType<typeof setTimeout> | null = null;
  const writeUrl = () => {
    if (urlTimer) clearTimeout(urlTimer);
    urlTimer = setTimeout(() => {
      const cam = sigma.getCamera().getState();
      const p = viewToParams({ ...store.get(), camera: { x: cam.x, y: cam.y, ratio: cam.ratio } }, new URLSearchParams(location.search));
      history.replaceState(null, "", `${location.pathname}?${p}`);
    }, 250);
  };
  sigma.getCamera().on("updated", writeUrl);

  Object.assign(hooks, {
    state: store.get,
    sigma,
    dataset: ds,
    store,
    labels: () => labels.lastPlaced(),
    nodeViewport: (node: string) => {
      const d = sigma.getNodeDisplayData(node);
      if (!d || !vis.nodes.has(node)) return null;
      return sigma.framedGraphToViewport(d);
    },
  });
  if (initial.selectedNode && ds.graph.hasNode(initial.selectedNode) && !initial.camera) void moveToNode(sigma, initial.selectedNode, 0);
  hooks.timings.ready = performance.now();
  hooks.ready = true;

  const auto = new URLSearchParams(location.search).get("autolayout");
  if (placed === "seeded" && auto !== "0") {
    void layout.runFor(Math.min(4000, 1500 + ds.graph.order / 5)).then(() => {
      // The layout moved the nodes: bring a node chosen in the URL back to the centre.
      const node = store.get().selectedNode;
      if (node && ds.graph.hasNode(node) && !initial.camera) void moveToNode(sigma, node, 0);
    });
  }
  teardown = () => {
    layout.kill();
    sigma.kill();
  };
}

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

void boot();
