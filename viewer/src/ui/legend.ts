// Colour legend: entity types (or communities) and relation types present in the data.
import type { Dataset } from "../state/dataset.ts";
import type { ColorBy } from "../state/types.ts";
import { entityColor, relationColor } from "../render/palette.ts";
import { clear, h } from "./dom.ts";

export function renderLegend(root: HTMLElement, ds: Dataset, colorBy: ColorBy): void {
  clear(root);
  const swatch = (color: string, label: string, edge = false) =>
    h("li", {}, h("span", { class: edge ? "swatch edge" : "swatch", style: `background:${color}` }), label);
  root.append(
    h("h3", {}, colorBy === "community" ? "Nodes: Louvain communities" : "Nodes: entity type"),
    colorBy === "community"
      ? h("p", { class: "hint" }, "Colours mark communities found by Louvain modularity.")
      : h("ul", { class: "legend" }, ...ds.entityTypes.map((t) => swatch(entityColor(t), t))),
    h("h3", {}, "Edges: relation type"),
    h("ul", { class: "legend" }, ...ds.relationTypes.map((t) => swatch(relationColor(t), t, true))),
    h("p", { class: "hint" }, "Node size: degree or PageRank. Edge thickness: evidence sentences."),
  );
}
