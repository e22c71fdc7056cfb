// GraphML writer: graphology-graphml only parses, so we write it (and the tests parse it back with it).
import type Graph from "graphology";
import type { GraphJson } from "../schema.ts";
import { flatGraph, type Scalar } from "./flat-graph.ts";

// XML 1.0 forbids most control characters even when escaped: drop them.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
export const xmlEscape = (s: string): string =>
  s.replace(INVALID_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");

type Kind = "string" | "int" | "double" | "boolean";
function attrKinds(items: Iterable<Record<string, Scalar>>): Map<string, Kind> {
  const kinds = new Map<string, Kind>();
  for (const attrs of items) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined) continue;
      const t: Kind = typeof v === "number" ? (Number.isInteger(v) && kinds.get(k) !== "double" ? "int" : "double") : typeof v === "boolean" ? "boolean" : "string";
      const prev = kinds.get(k);
      kinds.set(k, prev && prev !== t ? (prev === "int" && t === "double" ? "double" : prev === "double" && t === "int" ? "double" : "string") : t);
    }
  }
  return kinds;
}

export function writeGraphML(graph: Graph): string {
  const nodeKinds = attrKinds(graph.mapNodes((_, a) => a as Record<string, Scalar>));
  const edgeKinds = attrKinds(graph.mapEdges((_, a) => a as Record<string, Scalar>));
  const keyId = new Map<string, string>();
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>', '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">'];
  for (const [scope, kinds] of [["node", nodeKinds], ["edge", edgeKinds]] as const) {
    for (const [name, kind] of kinds) {
      const id = `${scope[0]}${keyId.size}`;
      keyId.set(`${scope}:${name}`, id);
      out.push(`  <key id="${id}" for="${scope}" attr.name="${xmlEscape(name)}" attr.type="${kind}"/>`);
    }
  }
  out.push(`  <graph id="G" edgedefault="${graph.type === "undirected" ? "undirected" : "directed"}">`);
  const data = (scope: string, attrs: Record<string, Scalar>) =>
    Object.entries(attrs)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => `<data key="${keyId.get(`${scope}:${k}`)}">${xmlEscape(String(v))}</data>`)
      .join("");
  graph.forEachNode((n, a) => out.push(`    <node id="${xmlEscape(n)}">${data("node", a as Record<string, Scalar>)}</node>`));
  graph.forEachEdge((e, a, s, t) => out.push(`    <edge id="${xmlEscape(e)}" source="${xmlEscape(s)}" target="${xmlEscape(t)}">${data("edge", a as Record<string, Scalar>)}</edge>`));
  out.push("  </graph>", "</graphml>", "");
  return out.join("\n");
}

export const graphJsonToGraphML = (g: GraphJson): string => writeGraphML(flatGraph(g));
