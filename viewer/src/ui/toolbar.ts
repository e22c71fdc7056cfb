// The toolbar: layout start/stop, size and colour switches, exports, and the file picker.
import type { ColorBy, SizeBy, ViewState } from "../state/types.ts";
import { h } from "./dom.ts";

export interface ToolbarActions {
  toggleLayout(): void;
  setSizeBy(s: SizeBy): void;
  setColorBy(c: ColorBy): void;
  exportPng(): void;
  exportGexf(): void;
  openFile(file: File): void;
}

export interface Toolbar {
  setLayoutRunning(running: boolean): void;
  sync(v: ViewState): void;
}

export function mountToolbar(root: HTMLElement, act: ToolbarActions): Toolbar {
  const layoutBtn = h("button", { type: "button", id: "layout-toggle", title: "ForceAtlas2, in a web worker" }, "▶ Layout");
  layoutBtn.addEventListener("click", () => act.toggleLayout());
  const size = h("select", { id: "size-by", "aria-label": "Node size" },
    h("option", { value: "degree" }, "Size: degree"), h("option", { value: "pagerank" }, "Size: PageRank"));
  size.addEventListener("change", () => act.setSizeBy(size.value as SizeBy));
  const color = h("select", { id: "color-by", "aria-label": "Node colour" },
    h("option", { value: "type" }, "Colour: entity type"), h("option", { value: "community" }, "Colour: Louvain community"));
  color.addEventListener("change", () => act.setColorBy(color.value as ColorBy));
  const file = h("input", { type: "file", id: "file-input", accept: ".json,application/json", "aria-label": "Open a kg export JSON file" });
  file.addEventListener("change", () => file.files?.[0] && act.openFile(file.files[0]));
  root.append(
    layoutBtn, size, color,
    h("button", { type: "button", id: "export-png", onclick: (() => act.exportPng()) as EventListener }, "PNG"),
    h("button", { type: "button", id: "export-gexf", onclick: (() => act.exportGexf()) as EventListener }, "GEXF"),
    h("label", { class: "file", title: "Open a `kg export --format json` file" }, "Open JSON…", file),
  );
  return {
    setLayoutRunning(running) {
      layoutBtn.textContent = running ? "■ Stop layout" : "▶ Layout";
      layoutBtn.classList.toggle("running", running);
    },
    sync(v) {
      size.value = v.sizeBy;
      color.value = v.colorBy;
    },
  };
}
