// `kg serve`'s HTTP server (Node's http, no framework): the built viewer from viewer/dist and a read-only API.
//   GET /api/graph            the whole graph as GraphJson (the `kg export --format json` shape)
//   GET /api/queries          the named queries: [{name, description, params}]
//   GET /api/query/:name?k=v  one named query's rows: {columns, rows}
// Errors are JSON `{error}` with a 4xx (5xx only for the unexpected). It binds 127.0.0.1 only, and refuses
// requests whose Host header is not a loopback name (a DNS-rebinding page could otherwise read the API).
// The store is opened read-only per request and closed at once, so `kg build` can take Kuzu's write lock
// between requests; the exported graph is cached until the database files change.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { existsSync, readFileSync, statSync, readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { GraphJson } from "../../graph/schema.ts";

const VIEWER_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const DIST_DIR = join(VIEWER_DIR, "dist");

/** The parts of the store a server needs (graph/store/types.ts `Store`). */
export interface ReadStore {
  exportGraph(): Promise<GraphJson>;
  close(): Promise<void>;
}
export interface QueryInfo {
  name: string;
  description: string;
  params: readonly unknown[];
}
/** How the server reaches data; tests and static mode pass their own. */
export interface DataSource {
  openStore(): Promise<ReadStore>;
  /** A value that changes when the data does (the db files' mtimes), to invalidate the cached graph. */
  version(): string;
  listQueries(): Promise<QueryInfo[]>;
  runQuery(name: string, params: Record<string, string>): Promise<unknown>;
}

export interface ServerOptions {
  port: number;
  host?: "127.0.0.1";
  /** Kuzu database path (ignored when NEO4J_URI is set: openStore decides). */
  db?: string;
  /** Overrides how data is reached (default: graph/store/open.ts and queries/run.ts). */
  data?: DataSource;
  /** Extra files served as is, by URL path (tests serve a fixture JSON for static mode this way). */
  files?: Record<string, string>;
  distDir?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8", ".svg": "image/svg+xml", ".png": "image/png", ".ico": "image/x-icon",
  ".woff2": "font/woff2", ".map": "application/json",
};
// Defence in depth behind textContent: no inline scripts; FA2's worker is a blob; ?data= may name another origin.
const CSP = "default-src 'self'; script-src 'self'; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self' http: https:; object-src 'none'; base-uri 'none'";

class HttpError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

/** Builds viewer/dist when it is missing (a clone where `npm ci` ran with --ignore-scripts). */
export async function ensureViewerBuilt(distDir = DIST_DIR): Promise<void> {
  if (existsSync(join(distDir, "index.html"))) return;
  const vite = await import("vite");
  await vite.build({ root: VIEWER_DIR, configFile: join(VIEWER_DIR, "vite.config.ts"), logLevel: "warn" });
}

/** The real data source: the store opened read-only per request, and the named-query runner. */
export function storeDataSource(db: string | undefined): DataSource {
  const importStore = () => import("../../graph/store/open.ts");
  // queries/run.ts is written by another module owner: imported lazily so the viewer works without it.
  const runPath = "../../queries/run.ts";
  const importRun = () => import(/* @vite-ignore */ runPath) as Promise<{
    listQueries(): QueryInfo[] | Promise<QueryInfo[]>;
    runNamedQuery(store: unknown, name: string, params: Record<string, string>): Promise<unknown>;
  }>;
  const open = async () => {
    const { openStore } = await importStore();
    return openStore({ db, readOnly: true });
  };
  return {
    openStore: open,
    version: () => (db && !process.env.NEO4J_URI ? dbVersion(db) : String(Math.floor(Date.now() / 5000))),
    async listQueries() {
      const run = await importRun();
      return (await run.listQueries()).map((q) => ({ name: q.name, description: q.description, params: q.params }));
    },
    async runQuery(name, params) {
      const run = await importRun();
      const store = await open();
      try {
        return await run.runNamedQuery(store, name, params);
      } finally {
        await store.close();
      }
    },
  };
}

/** mtimes and sizes of the db and the files Kuzu writes beside it (.wal, .shadow). */
function dbVersion(db: string): string {
  const dir = dirname(resolve(db));
  const base = resolve(db).slice(dir.length + 1);
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((n) => n.startsWith(base));
  } catch {
    return "missing";
  }
  return names.sort().map((n) => {
    const s = statSync(join(dir, n));
    return `${n}:${s.mtimeMs}:${s.size}`;
  }).join("|");
}

export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const host = opts.host ?? "127.0.0.1";
  const distDir = opts.distDir ?? DIST_DIR;
  await ensureViewerBuilt(distDir);
  const data = opts.data ?? storeDataSource(opts.db);
  let cache: { version: string; body: string } | null = null;
  // One store operation at a time: Kuzu allows one Database per file per process in practice.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const p = queue.then(fn, fn);
    queue = p.catch(() => undefined);
    return p;
  };

  const graphBody = () => serial(async () => {
    const version = data.version();
    if (cache && cache.version === version) return cache.body;
    const store = await data.openStore();
    try {
      const body = JSON.stringify(await store.exportGraph());
      cache = { version, body };
      return body;
    } finally {
      await store.close();
    }
  });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const hostName = (req.headers.host ?? "").replace(/:\d+$/, "");
    if (!["127.0.0.1", "localhost", "[::1]"].includes(hostName)) throw new HttpError(403, `refused Host "${hostName}": open http://127.0.0.1/ instead`);
    if (req.method !== "GET" && req.method !== "HEAD") throw new HttpError(405, `${req.method} is not allowed: the API is read-only`);
    const path = decodeURIComponent(url.pathname);
    if (path === "/api/graph") return send(res, 200, await graphBody(), TYPES[".json"]);
    if (path === "/api/queries") return sendJson(res, 200, await data.listQueries());
    if (path.startsWith("/api/query/")) {
      const name = path.slice("/api/query/".length);
      const params = Object.fromEntries(url.searchParams);
      const result = await serial(() => data.runQuery(name, params));
      return sendJson(res, 200, Array.isArray(result) ? { rows: result } : result);
    }
    if (path.startsWith("/api/")) throw new HttpError(404, `no API route ${path}: use /api/graph, /api/queries or /api/query/<name>`);
    if (opts.files?.[path]) return send(res, 200, await readFile(opts.files[path]), TYPES[extname(path)] ?? "application/octet-stream");
    return serveStatic(res, distDir, path);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      const e = err as Error & { name?: string; code?: string; status?: number; line?: () => string };
      const status = err instanceof HttpError ? err.status : statusOf(e);
      const message = typeof e.line === "function" ? e.line() : e.message;
      if (status >= 500) process.stderr.write(`kg serve: ${req.url}: ${message}\n`);
      if (!res.headersSent) sendJson(res, status, { error: message, code: e.code });
      else res.end();
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(opts.port, host, () => ok());
  });
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://${host}:${port}/`,
    port,
    server,
    close: () => new Promise<void>((ok) => {
      server.closeAllConnections();
      server.close(() => ok());
    }),
  };
}

/** Our error classes (ingest/errors.ts) by name: a bad query or parameter is the client's 4xx. */
function statusOf(e: { name?: string; code?: string }): number {
  if (e.name === "QueryError" || e.name === "UsageError") return /unknown|not.?found/i.test(e.code ?? "") ? 404 : 400;
  if (e.name === "StoreError") return 503;
  return 500;
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), TYPES[".json"]);
}

function send(res: ServerResponse, status: number, body: string | Buffer, type: string): void {
  res.writeHead(status, {
    "content-type": type,
    "content-length": Buffer.byteLength(body),
    "x-content-type-options": "nosniff",
    "content-security-policy": CSP,
    "cache-control": "no-store",
  });
  res.end(res.req.method === "HEAD" ? undefined : body);
}

async function serveStatic(res: ServerResponse, distDir: string, path: string): Promise<void> {
  const rel = normalize(path === "/" ? "/index.html" : path).replace(/^([/\\])+/, "");
  const file = resolve(distDir, rel);
  if (!file.startsWith(resolve(distDir) + sep)) throw new HttpError(403, "path outside the viewer");
  if (!existsSync(file) || !statSync(file).isFile()) {
    // Unknown paths without an extension get the app, so shared links with a trailing path still open.
    if (extname(file)) throw new HttpError(404, `not found: ${path}`);
    return send(res, 200, readFileSync(join(distDir, "index.html")), TYPES[".html"]);
  }
  return send(res, 200, await readFile(file), TYPES[extname(file)] ?? "application/octet-stream");
}

/** Static mode's data source: one GraphJson file, no queries. */
export function fileDataSource(path: string): DataSource {
  return {
    openStore: async () => ({ exportGraph: async () => JSON.parse(await readFile(path, "utf8")) as GraphJson, close: async () => {} }),
    version: () => String(statSync(path).mtimeMs),
    listQueries: async () => [],
    runQuery: async (name) => {
      throw new HttpError(404, `no named query "${name}": this server has no store`);
    },
  };
}
