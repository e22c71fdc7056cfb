// ForceAtlas2 in a web worker (graphology's supervisor), with positions kept in localStorage between visits.
import FA2Layout from "graphology-layout-forceatlas2/worker";
import { inferSettings } from "graphology-layout-forceatlas2";
import type { DatasetGraph } from "../state/dataset.ts";

export interface Layout {
  start(): void;
  stop(): void;
  isRunning(): boolean;
  /** Runs for `ms` then stops and saves; resolves when stopped. */
  runFor(ms: number): Promise<void>;
  onChange(fn: (running: boolean) => void): void;
  kill(): void;
}

/** A key for this graph's positions: a hash of its node keys, so another dataset never reuses them. */
export function positionsKey(graph: DatasetGraph): string {
  let h = 2166136261;
  graph.forEachNode((n) => {
    for (let i = 0; i < n.length; i++) h = Math.imul(h ^ n.charCodeAt(i), 16777619);
    h = Math.imul(h ^ 44, 16777619);
  });
  return `kg:positions:${graph.order}:${(h >>> 0).toString(36)}`;
}

/** Seeded start positions on a spiral (deterministic, unlike random): stored ones win, then x/y in the data. */
export function placeNodes(graph: DatasetGraph, storage: Storage | null): "stored" | "data" | "seeded" {
  let stored: Record<string, [number, number]> | null = null;
  try {
    stored = JSON.parse(storage?.getItem(positionsKey(graph)) ?? "null");
  } catch {
    stored = null;
  }
  let i = 0;
  let fromData = true;
  graph.updateEachNodeAttributes((n, a) => {
    const s = stored?.[n];
    const attrs = a as typeof a & { x?: number; y?: number };
    if (s) return { ...a, x: s[0], y: s[1] };
    if (Number.isFinite(attrs.x) && Number.isFinite(attrs.y)) return a;
    fromData = false;
    const r = Math.sqrt(++i) * 10;
    const t = i * 2.39996; // golden angle
    return { ...a, x: r * Math.cos(t), y: r * Math.sin(t) };
  }, { attributes: ["x", "y"] });
  return stored ? "stored" : fromData ? "data" : "seeded";
}

export function savePositions(graph: DatasetGraph, storage: Storage | null): void {
  const out: Record<string, [number, number]> = {};
  graph.forEachNode((n, a) => {
    const p = a as typeof a & { x: number; y: number };
    out[n] = [Math.round(p.x * 100) / 100, Math.round(p.y * 100) / 100];
  });
  try {
    storage?.setItem(positionsKey(graph), JSON.stringify(out));
  } catch {
    /* quota exceeded on a very large graph: positions are simply not kept */
  }
}

export function createLayout(graph: DatasetGraph, storage: Storage | null): Layout {
  const settings = { ...inferSettings(graph), barnesHutOptimize: graph.order > 500, adjustSizes: false, gravity: 3 };
  const fa2 = new FA2Layout(graph, { settings });
  const listeners: ((running: boolean) => void)[] = [];
  const emit = () => listeners.forEach((fn) => fn(fa2.isRunning()));
  let timer: ReturnType<typeof setTimeout> | null = null;
  const layout: Layout = {
    start() {
      fa2.start();
      emit();
    },
    stop() {
      if (timer) clearTimeout(timer);
      timer = null;
      fa2.stop();
      savePositions(graph, storage);
      emit();
    },
    isRunning: () => fa2.isRunning(),
    runFor(ms) {
      layout.start();
      return new Promise((resolve) => {
        timer = setTimeout(() => {
          layout.stop();
          resolve();
        }, ms);
      });
    },
    onChange(fn) {
      listeners.push(fn);
    },
    kill() {
      fa2.kill();
    },
  };
  return layout;
}
