// The viewer's state types: the dataset as loaded, the filters, and what the user selected.
import type { GraphJson, GraphJsonEdge, GraphJsonNode } from "../../../graph/schema.ts";
export type { GraphJson, GraphJsonEdge, GraphJsonNode };
export type EvidenceItem = GraphJsonEdge["evidence"][number];

export type SizeBy = "degree" | "pagerank";
export type ColorBy = "type" | "community";

export interface Filters {
  /** Relation types hidden by the user (empty = all shown), so new types in a dataset show by default. */
  hiddenRelations: string[];
  hiddenEntityTypes: string[];
  /** Inclusive ISO dates; null = open end. Undated evidence is shown only while both ends are open. */
  dateFrom: string | null;
  dateTo: string | null;
  minEvidence: number;
  hideIsolated: boolean;
  includeHedged: boolean;
}

export const DEFAULT_FILTERS: Filters = {
  hiddenRelations: [],
  hiddenEntityTypes: [],
  dateFrom: null,
  dateTo: null,
  minEvidence: 1,
  hideIsolated: false,
  includeHedged: false,
};

export interface Focus {
  node: string;
  depth: 1 | 2;
}

export interface Camera {
  x: number;
  y: number;
  ratio: number;
}

export interface ViewState {
  filters: Filters;
  selectedNode: string | null;
  selectedEdge: string | null;
  focus: Focus | null;
  /** Nodes a named query returned, highlighted until cleared. */
  highlighted: string[];
  sizeBy: SizeBy;
  colorBy: ColorBy;
  camera: Camera | null;
}

export const INITIAL_VIEW: ViewState = {
  filters: DEFAULT_FILTERS,
  selectedNode: null,
  selectedEdge: null,
  focus: null,
  highlighted: [],
  sizeBy: "degree",
  colorBy: "type",
  camera: null,
};

/** Where the data came from and how far loading got (a discriminated union, as in Gephi Lite's file state). */
export type LoadStatus =
  | { kind: "idle" }
  | { kind: "loading"; source: string }
  | { kind: "loaded"; source: string; mode: "api" | "static" }
  | { kind: "error"; source: string; message: string };
