// Exports of a real Kuzu graph (the hand-written basic.jsonl and events.jsonl records, with a hostile label added),
// each read back by an independent parser: graphology-graphml, graphology-gexf, Neo4j's Cypher parser.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Graph from "graphology";
import { parse as parseGraphML } from "graphology-graphml";
import { parse as parseGexf } from "graphology-gexf";
import { lintCypherQuery } from "@neo4j-cypher/language-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KuzuStore } from "../../graph/store/kuzu.ts";
import type { GraphJson } from "../../graph/schema.ts";
import { serialiseGraph } from "../../bin/commands/export.ts";
import { neo4jCsvFiles } from "../../graph/export/neo4j-csv.ts";
import { cypherScriptStatements, cypherString } from "../../graph/export/cypher-script.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kg-export-"));
const db = path.join(tmp, "graph.kuzu");
/** An Event two articles date differently (events.jsonl): the earlier date is the one stored. */
const DATED = "event:seoul-declaration";
const HOSTILE = `Bob's "<Ministry> & Co" \\ back\nslash`;
let g: GraphJson;

beforeAll(async () => {
  const store = await KuzuStore.open(db);
  try {
    const recs = ["basic.jsonl", "events.jsonl"].flatMap((f) =>
      fs.readFileSync(path.join(ROOT, "tests/fixtures/records", f), "utf8").trim().split("\n").map((l) => JSON.parse(l)));
    await store.load(recs);
    g = await store.exportGraph();
  } finally {
    await store.close();
  }
  g.nodes.find((n) => n.key === "org:UN")!.attributes.label = HOSTILE;
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const cypherErrors = (q: string) => lintCypherQuery(q, {}).diagnostics.map((d) => String(d.message));

describe("kg export", () => {
  it("json is the GraphJson itself, evidence included", () => {
    const back = JSON.parse(serialiseGraph(g, "json")) as GraphJson;
    expect(back).toEqual(g);
    expect(back.edges.every((e) => e.attributes.evidence.length === e.attributes.evidenceCount)).toBe(true);
    expect(back.attributes.mentions!.length).toBeGreaterThan(0);
    expect(back.nodes.find((n) => n.key === DATED)!.attributes.date).toBe("2024-05-08");
    expect(back.nodes.find((n) => n.key === "event:statement-h-ev2")!.attributes.date).toBeNull();
  });

  it("graphml parses back with graphology-graphml, with typed attributes and escaped text", () => {
    const back = parseGraphML(Graph, serialiseGraph(g, "graphml"));
    expect(back.order).toBe(g.nodes.length);
    expect(back.size).toBe(g.edges.length);
    expect(back.getNodeAttribute("org:UN", "label")).toBe(HOSTILE);
    expect(back.getNodeAttribute("country:KP", "degree")).toBe(2);
    expect(back.getNodeAttribute("country:KP", "aliases")).toBe("DPRK; Pyongyang");
    const e = back.findEdge((_k, a) => a.type === "SUPPLIES")!;
    expect(back.getEdgeAttributes(e)).toMatchObject({ instruments: "weapon:himars", evidenceCount: 1 });
    expect(back.getNodeAttribute(DATED, "date")).toBe("2024-05-08");
  });

  it("gexf parses back with graphology-gexf", () => {
    const back = parseGexf(Graph, serialiseGraph(g, "gexf"));
    expect(back.order).toBe(g.nodes.length);
    expect(back.size).toBe(g.edges.length);
    expect(back.getNodeAttribute("org:UN", "label")).toBe(HOSTILE);
    expect(back.getNodeAttribute(DATED, "date")).toBe("2024-05-08");
  });

  it("csv has the neo4j-admin headers, one file per label and type, quoting text safely", () => {
    const files = neo4jCsvFiles(g);
    expect(files.get("nodes_Country.csv")!.split("\n")[0]).toBe("id:ID(Entity),name,aliases:string[],kind,iso,country,role,date,degree:long,pagerank:double,community:long,:LABEL");
    const events = files.get("nodes_Event.csv")!.trim().split("\n");
    expect(events.find((l) => l.startsWith(`${DATED},`))).toMatch(/^event:seoul-declaration,Seoul Declaration,the declaration,agreement,,,,2024-05-08,/);
    expect(events.find((l) => l.startsWith("event:statement-h-ev2,"))).toMatch(/^event:statement-h-ev2,statement on maritime security,,statement,,,,,\d/);
    expect(files.get("rels_CONDEMNS.csv")!.split("\n")[0]).toMatch(/^:START_ID\(Entity\),:END_ID\(Entity\),:TYPE,key,evidenceCount:long/);
    expect(files.get("rels_FROM_ARTICLE.csv")!.split("\n")[0]).toBe(":START_ID(Evidence),:END_ID(Article),:TYPE");
    expect(files.get("nodes_Organization.csv")).toContain(`"Bob's ""<Ministry> & Co"" \\ back\nslash"`);
    expect(files.get("rels_CONDEMNS.csv")!.trim().split("\n")).toHaveLength(3);
    expect(files.get("rels_MENTIONS.csv")!.trim().split("\n")).toHaveLength(1 + g.attributes.mentions!.length);
  });

  it("cypher: a statement of every kind, and every one holding the hostile string, parses with Neo4j's parser", () => {
    const statements = cypherScriptStatements(g);
    expect(statements.length).toBeGreaterThan(g.nodes.length + g.edges.length);
    // The parser takes ~0.5 s per statement: check one of each kind (statements differ only in literals).
    const kinds = new Map<string, string>();
    for (const q of statements) kinds.set(q.replace(/'(?:[^'\\]|\\.)*'/g, "''").replace(/\{[^(]*\}$/, "{}").replace(/-?\d+(\.\d+)?/g, "0"), q);
    const dated = statements.filter((q) => q.includes(`{id: '${DATED}'}) SET`));
    expect(dated).toHaveLength(1);
    expect(dated[0]).toContain("date: '2024-05-08'");
    expect(cypherErrors(dated[0]!)).toEqual([]);
    const hostile = statements.filter((q) => q.includes(cypherString(HOSTILE)));
    expect(hostile).toHaveLength(1);
    for (const q of [...new Set([...kinds.values(), ...hostile])]) expect(cypherErrors(q), q).toEqual([]);
  });

  it.each([
    ["quote and backslash", "it's \\ a 'test'", "'it\\'s \\\\ a \\'test\\''"],
    ["newline and tab", "a\nb\tc", "'a\\nb\\tc'"],
    ["other control characters", "x\u0001y", "'x\\u0001y'"],
  ])("cypherString escapes %s", (_name, input, expected) => {
    expect(cypherString(input)).toBe(expected);
    expect(cypherErrors(`RETURN ${expected} AS s`)).toEqual([]);
  });

  it("the CLI writes each format and refuses an unknown one (exit 2)", async () => {
    const kg = (...args: string[]) => new Promise<{ code: number; stderr: string }>((resolve) =>
      execFile(process.execPath, ["bin/kg.mjs", ...args], { cwd: ROOT, env: { ...process.env, NEO4J_URI: "" } },
        (err, _o, stderr) => resolve({ code: err ? Number(err.code ?? 1) : 0, stderr })));
    const csv = await kg("export", "--format", "csv", "-o", path.join(tmp, "csv"), "--db", db);
    expect(csv.code, csv.stderr).toBe(0);
    expect(fs.readFileSync(path.join(tmp, "csv", "import.sh"), "utf8")).toMatch(/neo4j-admin database import full .*--nodes=nodes_Country\.csv/s);
    const gexf = await kg("export", "--format", "gexf", "-o", path.join(tmp, "g.gexf"), "--db", db);
    expect(gexf.code, gexf.stderr).toBe(0);
    expect(fs.readFileSync(path.join(tmp, "g.gexf"), "utf8")).toMatch(/^<\?xml/);
    const bad = await kg("export", "--format", "dot", "-o", path.join(tmp, "g.dot"), "--db", db);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown format "dot"/);
    const missing = await kg("export", "--format", "json", "-o", path.join(tmp, "x.json"), "--db", path.join(tmp, "nope.kuzu"));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no graph at .*nope\.kuzu — run `kg build <articles>` first/);
  });
});
