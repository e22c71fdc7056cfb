// Viewer speed in headless chromium (SwiftShader WebGL: judge JS time per frame, not frame rate).
// Generates graphs of 1k/5k, 10k/50k and 50k/250k nodes/edges in the `kg export --format json` shape (one
// evidence sentence per edge, positions included so no layout runs), opens each in static mode and prints:
// load (fetch + parse), build (dataset + visuals), first render, ready (panels drawn), JS ms per frame while
// panning (sigma's render, median and p95) and the rAF interval, a node selection and a filter change
// (state → reducers → render), and the peak summed RSS of chromium's processes. The baseline row is the
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

/** Sum of RSS over chromium's process tree (shared pages are counted once per process: an upper bound). */
function treeRssMb(rootPid: number): number {
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
  let kb = 0;
  const visit = (pid: number) => {
    try {
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      kb += m ? Number(m[1]) : 0;
    } catch {
      /* exited */
    }
    for (const c of children.get(pid) ?? []) visit(c);
  };
  visit(rootPid);
  return kb / 1024;
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
    sigma!.refresh(); // the store's subscriber already refreshed; this makes sure the frame is drawn now
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
  // Chromium runs as this process's children: the tree's RSS minus our own is chromium's.
  const rootPid = process.pid;
  const ownMb = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync("/proc/self/status", "utf8"))?.[1] ?? 0) / 1024;
  const rows: Row[] = [];
  try {
    for (const g of graphs) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
      // tsx keeps function names with a `__name` helper that page.evaluate's serialised functions lack.
      await page.addInitScript("window.__name = (f) => f");
      let peak = 0;
      const sampler = setInterval(() => {
        peak = Math.max(peak, treeRssMb(rootPid) - ownMb());
      }, 100);
      await page.goto(`${server.url}?data=${g.path}&autolayout=0`);
      await waitForGraph(page, 180_000);
      const t = await page.evaluate(() => window.__kg.timings);
      await page.waitForTimeout(300);
      const pan = await measurePan(page, FRAMES);
      const selectMs = await measureUpdate(page, "select");
      const filterMs = await measureUpdate(page, "filter");
      peak = Math.max(peak, treeRssMb(rootPid) - ownMb());
      clearInterval(sampler);
      await page.screenshot({ path: join(OUT, `render-${g.path.slice(1, -5)}.png`) });
      rows.push({
        graph: g.name, jsonMb: g.mb, loadMs: t.parsed!, buildMs: t.built! - t.parsed!, firstRenderMs: t.firstRender!,
        readyMs: t.ready!, frameJsMedian: pan.jsMedian, frames: pan.frames, frameJsP95: pan.jsP95, rafMedian: pan.rafMedian, selectMs, filterMs,
        peakRssMb: peak,
      });
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const f = (x: number, d = 0) => x.toFixed(d);
  console.log(`viewer render benchmark — headless chromium ${CHROMIUM_PATH} (SwiftShader), ${FRAMES} pan frames, 1400×850`);
  console.log("times in ms from navigation start (load = fetch+parse); frame = sigma's JS render time while panning");
  console.log("| graph | JSON MB | load | +build | first render | ready | frames | frame JS median | frame JS p95 | rAF interval | select node | filter change | peak RSS MB |");
  console.log("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
  for (const r of rows) {
    console.log(`| ${r.graph} | ${f(r.jsonMb, 1)} | ${f(r.loadMs)} | ${f(r.buildMs)} | ${f(r.firstRenderMs)} | ${f(r.readyMs)} | ${r.frames} | ${f(r.frameJsMedian, 1)} | ${f(r.frameJsP95, 1)} | ${f(r.rafMedian, 1)} | ${f(r.selectMs)} | ${f(r.filterMs)} | ${f(r.peakRssMb)} |`);
  }
}

await main();
