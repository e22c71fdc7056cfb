// A tiny observable store: the view state changes only through producers (state → next state), and
// subscribers (the renderer, the panels, the URL) react. No DOM here.
import type { Filters, ViewState } from "./types.ts";

export type Listener = (next: ViewState, prev: ViewState) => void;

export interface Store {
  get(): ViewState;
  update(producer: (s: ViewState) => ViewState): void;
  subscribe(fn: Listener): () => void;
}

export function createStore(initial: ViewState): Store {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    update(producer) {
      const prev = state;
      const next = producer(prev);
      if (next === prev) return;
      state = next;
      for (const fn of listeners) fn(next, prev);
    },
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  };
}

// Producers: pure functions from arguments to a state transformer.
export const setFilters = (patch: Partial<Filters>) => (s: ViewState): ViewState => ({ ...s, filters: { ...s.filters, ...patch } });

export const toggleInList = (list: string[], item: string, hidden: boolean): string[] =>
  hidden ? [...new Set([...list, item])] : list.filter((x) => x !== item);

export const selectNode = (node: string | null) => (s: ViewState): ViewState => ({ ...s, selectedNode: node, selectedEdge: null });
export const selectEdge = (edge: string | null) => (s: ViewState): ViewState => ({ ...s, selectedEdge: edge });
export const focusOn = (node: string | null, depth: 1 | 2 = 1) => (s: ViewState): ViewState => ({
  ...s,
  focus: node ? { node, depth } : null,
});
export const highlight = (nodes: string[]) => (s: ViewState): ViewState => ({ ...s, highlighted: nodes });
