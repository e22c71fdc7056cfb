// Viewer speed in headless chromium (SwiftShader WebGL: judge JS time per frame, not frame rate).
// Generates graphs of 1k/5k, 10k/50k and 50k/250k nodes/edges in the `kg export --format json` shape (one
// evidence sentence per edge, positions included so no layout runs), opens each in static mode and prints:
// load (fetch + parse), build (dataset + visuals), first render, ready (panels drawn), JS ms per frame while
// panning (sigma's render, median and p95) and the rAF interval, a node selection and a filter change
// (state → reducers → render), peak memory of chromium's processes (summed RSS and PSS) and the page's JS heap. The baseline row is the
// same page over an empty graph: the fixed cost of the app and of a frame.
// Run: npx tsx bench/render.ts [--sizes 1000x5000,10000x50000,50000x250000] [--frames 60]
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromium, type Page } from "playwright-core";
import { startServer, fileDataSource } from "../viewer/server/serve.ts";
import { CHROMIUM_ARGS, CHROMIUM_PATH, waitForGraph } from "../tests/e2e/browser.ts";
import { generateGraph } from "./render-graph.ts";

const ROOT = resolve(import.meta.dirname, "..");
const OUT = join(ROOT, "bench/out");

const argOf = (name: string, d: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : d;
};
const SIZES = argOf("sizes", "1000x5000,10000x50000,50000x250000").split(",").map((s) => s.split("x").map(Number) as [number, number]);
const FRAMES = Number(argOf("frames", "60"));

/**
 * Memory of a process tree: summed RSS (counts shared pages once per process: an upper bound) and summed
 * PSS (shared pages split between the processes that map them: closer to what the tree really costs).
 */
function treeMemoryMb(rootPid: number): { rss: number; pss: number } {
  const children = new Map<number, number[]>();
  for (const d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(d)]);
    } catch {
      /* exited */
    }
  }
  let rss = 0;
  let pss = 0;
  const visit = (pid: number, self: boolean) => {
    if (!self) {
      try {
        const roll = readFileSync(`/proc/${pid}/smaps_rollup`, "utf8");
        rss += Number(/^Rss:\s+(\d+)/m.exec(roll)?.[1] ?? 0);
        pss += Number(/^Pss:\s+(\d+)/m.exec(roll)?.[1] ?? 0);
      } catch {
        /* exited */
      }
    }
    for (const c of children.get(pid) ?? []) visit(c, false);
  };
  visit(rootPid, true);
  return { rss: rss / 1024, pss: pss / 1024 };
}

interface Row {
  graph: string;
  jsonMb: number;
  loadMs: number;
  buildMs: number;
  firstRenderMs: number;
  readyMs: number;
  frameJsMedian: number;
  frames: number;
  frameJsP95: number;
  rafMedian: number;
  selectMs: number;
  filterMs: number;
  peakRssMb: number;
  peakPssMb: number;
  heapMb: number;
}

async function measurePan(page: Page, frames: number) {
  return page.evaluate(async (n) => {
    const sigma = window.__kg.sigma!;
    const cam = sigma.getCamera();
    const js: number[] = [];
    const raf: number[] = [];
    let t0 = 0;
    const before = () => (t0 = performance.now());
    const after = () => js.push(performance.now() - t0);
    sigma.on("beforeRender", before);
    sigma.on("afterRender", after);
    let last = performance.now();
    const started = last;
    // At most ~30 s per graph: SwiftShader rasterises a frame of 250k edges slowly (GPU time, not JS).
    for (let i = 0; i < n && (i < 5 || performance.now() - started < 30_000); i++) {
      const s = cam.getState();
      cam.setState({ x: s.x + (i < n / 2 ? 0.004 : -0.004), y: s.y + 0.002 });
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      const now = performance.now();
      raf.push(now - last);
      last = now;
    }
    sigma.off("beforeRender", before);
    sigma.off("afterRender", after);
    const q = (a: number[], p: number) => [...a].sort((x, y) => x - y)[Math.min(a.length - 1, Math.floor(a.length * p))] ?? 0;
    return { jsMedian: q(js, 0.5), jsP95: q(js, 0.95), rafMedian: q(raf, 0.5), frames: js.length };
  }, frames);
}

/** A state change through the store, timed to the end of the render it causes (reducers + draw). */
async function measureUpdate(page: Page, kind: "select" | "filter"): Promise<number> {
  return page.evaluate(async (k) => {
    const { store, sigma, dataset } = window.__kg;
    if (!dataset || dataset.graph.order === 0) return 0;
    const t0 = performance.now();
    if (k === "select") {
      let best = "";
      let deg = -1;
      dataset.graph.forEachNode((n, a) => {
        if (a.degree > deg) [best, deg] = [n, a.degree];
      });
      store!.update((s) => ({ ...s, selectedNode: best }));
    } else {
      const t = dataset.relationTypes[0];
      store!.update((s) => ({ ...s, filters: { ...s.filters, hiddenRelations: [t] } }));
    }
    // The store's subscriber refreshed sigma synchronously (reducers, buffers, draw calls) and the panels.
    return performance.now() - t0;
  }, kind);
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const vite = await import("vite");
  await vite.build({ root: join(ROOT, "viewer"), configFile: join(ROOT, "viewer/vite.config.ts"), logLevel: "warn" });
  const files: Record<string, string> = {};
  const graphs: { name: string; path: string; mb: number }[] = [];
  for (const [n, m] of [[0, 0] as [number, number], ...SIZES]) {
    const name = n === 0 ? "baseline (empty graph)" : `${n / 1000}k/${m / 1000}k`;
    const path = join(OUT, `graph-${n}-${m}.json`);
    const t = performance.now();
    const text = JSON.stringify(generateGraph(n, m, 42));
    writeFileSync(path, text);
    process.stderr.write(`generated ${name}: ${(text.length / 1e6).toFixed(1)} MB in ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
    files[`/bench-${n}-${m}.json`] = path;
    graphs.push({ name, path: `/bench-${n}-${m}.json`, mb: text.length / 1e6 });
  }
  const server = await startServer({ port: 0, data: fileDataSource(join(ROOT, "tests/fixtures/viewer/small-graph.json")), files });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  // Chromium runs as this process's children (this process itself is not counted).
  const rootPid = process.pid;
  const rows: Row[] = [];
  try {
    for (const g of graphs) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
      // tsx keeps function names with a `__name` helper that page.evaluate's serialised functions lack.
      await page.addInitScript("window.__name = (f) => f");
      const peak = { rss: 0, pss: 0 };
      const sample = () => {
        const m = treeMemoryMb(rootPid);
        peak.rss = Math.max(peak.rss, m.rss);
        peak.pss = Math.max(peak.pss, m.pss);
      };
      const sampler = setInterval(sample, 200);
      await page.goto(`${server.url}?data=${g.path}&autolayout=0`);
      await waitForGraph(page, 180_000);
      const t = await page.evaluate(() => window.__kg.timings);
      await page.waitForTimeout(300);
      const pan = await measurePan(page, FRAMES);
      // Let SwiftShader finish the panning frames first: WebGL uploads would otherwise wait for it.
      const idle = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))));
      await idle();
      const selectMs = await measureUpdate(page, "select");
      await idle();
      const filterMs = await measureUpdate(page, "filter");
      sample();
      clearInterval(sampler);
      const heapMb = await page.evaluate(() => ((performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0) / 1e6);
      // SwiftShader needs a while to composite 250k edges: a generous timeout, and no picture is no failure.
      await page.screenshot({ path: join(OUT, `render-${g.path.slice(1, -5)}.png`), timeout: 180_000 }).catch((e: Error) =>
        process.stderr.write(`no screenshot for ${g.name}: ${e.message.split("\n")[0]}\n`));
      rows.push({
        graph: g.name, jsonMb: g.mb, loadMs: t.parsed!, buildMs: t.built! - t.parsed!, firstRenderMs: t.firstRender!,
        readyMs: t.ready!, frameJsMedian: pan.jsMedian, frames: pan.frames, frameJsP95: pan.jsP95, rafMedian: pan.rafMedian, selectMs, filterMs,
        peakRssMb: peak.rss, peakPssMb: peak.pss, heapMb,
      });
      await page.close();
      process.stderr.write(`done ${g.name}: ${JSON.stringify(rows.at(-1))}\n`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const f = (x: number, d = 0) => x.toFixed(d);
  console.log(`viewer render benchmark — headless chromium ${CHROMIUM_PATH} (SwiftShader), ${FRAMES} pan frames, 1400×850`);
  console.log("times in ms from navigation start (load = fetch+parse); frame = sigma's JS render time while panning");
  console.log("| graph | JSON MB | load | +build | first render | ready | frames | frame JS median | frame JS p95 | rAF interval | select node | filter change | chromium peak RSS / PSS MB | page JS heap MB |");
  console.log("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
  for (const r of rows) {
    console.log(`| ${r.graph} | ${f(r.jsonMb, 1)} | ${f(r.loadMs)} | ${f(r.buildMs)} | ${f(r.firstRenderMs)} | ${f(r.readyMs)} | ${r.frames} | ${f(r.frameJsMedian, 1)} | ${f(r.frameJsP95, 1)} | ${f(r.rafMedian, 1)} | ${f(r.selectMs)} | ${f(r.filterMs)} | ${f(r.peakRssMb)} / ${f(r.peakPssMb)} | ${f(r.heapMb)} |`);
  }
}

await main();
