// Colours: one per entity type and per relation type (fixed, so the legend reads the same on every graph),
// and a categorical palette for Louvain communities.
export const ENTITY_COLORS: Record<string, string> = {
  Country: "#1f77b4",
  Person: "#d62728",
  Organization: "#2ca02c",
  Weapon: "#ff7f0e",
  Event: "#9467bd",
  Location: "#8c564b",
};
export const RELATION_COLORS: Record<string, string> = {
  CONDEMNS: "#d62728",
  SUPPLIES: "#ff7f0e",
  DEPLOYS: "#e377c2",
  SIGNS: "#9467bd",
  SANCTIONS: "#8c2d04",
  SUPPORTS: "#2ca02c",
  CALLS_ON: "#17becf",
  ATTACKS: "#67000d",
  MEETS: "#1f77b4",
  VISITS: "#6baed6",
  PROTESTS: "#fd8d3c",
  ACCUSES: "#bcbd22",
  AIDS: "#31a354",
  MEMBER_OF: "#969696",
  HOLDS_ROLE: "#bdbdbd",
  PART_OF: "#a1a1a1",
  LOCATED_IN: "#b5b5b5",
  IS_A: "#c7c7c7",
};
const CATEGORICAL = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac", "#86bcb6", "#d37295"];
export const FALLBACK_COLOR = "#7f7f7f";
export const DIMMED_NODE = "#e2e2e2";
export const DIMMED_EDGE = "#efefef";

export const entityColor = (type: string): string => ENTITY_COLORS[type] ?? FALLBACK_COLOR;
export const relationColor = (type: string): string => RELATION_COLORS[type] ?? FALLBACK_COLOR;
export const communityColor = (c: number): string => CATEGORICAL[((c % CATEGORICAL.length) + CATEGORICAL.length) % CATEGORICAL.length];
