// The HTTP server behind `kg serve`, in static mode over the fixture graph (no store needed), and the
// command's refusal to start without a database.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileDataSource, startServer, type RunningServer } from "../../../viewer/server/serve.ts";

const ROOT = resolve(import.meta.dirname, "../../..");
const FIXTURE = join(ROOT, "tests/fixtures/viewer/small-graph.json");
let srv: RunningServer;
// Its own tiny "dist", so this test never races the e2e test rebuilding viewer/dist.
const DIST = mkdtempSync(join(tmpdir(), "kg-dist-"));
writeFileSync(join(DIST, "index.html"), '<!doctype html><div id="graph"></div>');

beforeAll(async () => {
  srv = await startServer({ port: 0, data: fileDataSource(FIXTURE), distDir: DIST });
});
afterAll(async () => {
  await srv?.close();
  rmSync(DIST, { recursive: true, force: true });
});

/** A raw request, so the Host header and method can be anything. */
function get(path: string, opts: { host?: string; method?: string } = {}): Promise<{ status: number; type: string; body: string }> {
  return new Promise((ok, fail) => {
    const req = request({ host: "127.0.0.1", port: srv.port, path, method: opts.method ?? "GET", headers: { host: opts.host ?? `127.0.0.1:${srv.port}` } }, (res) => {
      let body = "";
      res.on("data", (d) => (body += d));
      res.on("end", () => ok({ status: res.statusCode!, type: String(res.headers["content-type"]), body }));
    });
    req.on("error", fail);
    req.end();
  });
}

describe("startServer", () => {
  it("listens on 127.0.0.1 and reports its URL", () => {
    expect(srv.url).toBe(`http://127.0.0.1:${srv.port}/`);
    expect((srv.server.address() as { address: string }).address).toBe("127.0.0.1");
  });
  it("serves the viewer", async () => {
    const r = await get("/");
    expect(r.status).toBe(200);
    expect(r.body).toContain('<div id="graph">');
  });
  it("serves the graph as GraphJson", async () => {
    const r = await get("/api/graph");
    expect(r.status).toBe(200);
    expect(r.type).toMatch(/application\/json/);
    const g = JSON.parse(r.body);
    expect(g.nodes).toHaveLength(31);
    expect(g.edges).toHaveLength(32);
  });
  it.each([
    ["an unknown API route", "/api/nope", {}, 404],
    ["an unknown named query", "/api/query/nope", {}, 404],
    ["a missing file", "/assets/missing.js", {}, 404],
    ["a path outside the viewer", "/../../package.json", {}, 404],
    ["a foreign Host header (DNS rebinding)", "/api/graph", { host: "evil.example:80" }, 403],
    ["a write method", "/api/graph", { method: "POST" }, 405],
  ])("answers %s with a JSON error", async (_name, path, opts, status) => {
    const r = await get(path, opts);
    expect(r.status).toBe(status);
    expect(JSON.parse(r.body)).toHaveProperty("error");
  });
  it("lists no queries in static mode", async () => {
    expect(JSON.parse((await get("/api/queries")).body)).toEqual([]);
  });
});

describe("kg serve", () => {
  it("without a database exits 2 with one line saying to run kg build", () => {
    const r = spawnSync(process.execPath, [join(ROOT, "bin/kg.mjs"), "serve", "--port", "0", "--db", join(ROOT, "tests/fixtures/viewer/absent/graph.kuzu")], {
      cwd: ROOT, encoding: "utf8", env: { ...process.env, NEO4J_URI: "" },
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/kg build/);
  });
  it("refuses a bad port", () => {
    const r = spawnSync(process.execPath, [join(ROOT, "bin/kg.mjs"), "serve", "--port", "http"], { cwd: ROOT, encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--port/);
  });
});
