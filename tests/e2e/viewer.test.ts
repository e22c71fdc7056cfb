// The viewer in headless chromium (playwright-core + Debian's /usr/bin/chromium; WebGL via SwiftShader):
// a table of named scenarios, each saving tests/e2e/screenshots/<name>.png. Tests wait on window.__kg's
// flags (ready, layoutRunning, counts), never on animation timings.
// Two servers: `kg serve` itself (a child process) over a real Kuzu store loaded from
// tests/fixtures/viewer/records.jsonl, and static mode (`?data=`) over tests/fixtures/viewer/small-graph.json.
import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileDataSource, startServer, type RunningServer } from "../../viewer/server/serve.ts";
import { CHROMIUM_ARGS, CHROMIUM_PATH, countDrawnPixels, waitForGraph } from "./browser.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const FIXTURE = join(ROOT, "tests/fixtures/viewer/small-graph.json");
const RECORDS = join(ROOT, "tests/fixtures/viewer/records.jsonl");
const SHOTS = join(ROOT, "tests/e2e/screenshots");

let browser: Browser;
let staticServer: RunningServer;
let served: { url: string; child: ChildProcess; dir: string } | null = null;
let servedError: string | null = null;

/** Loads the fixture records into a fresh Kuzu file through the store, then starts `kg serve` on it. */
async function startKgServe(): Promise<{ url: string; child: ChildProcess; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), "kg-e2e-"));
  const db = join(dir, "graph.kuzu");
  const { openStore } = await import("../../graph/store/open.ts");
  const store = await openStore({ db, env: {} });
  try {
    await store.ensureSchema();
    const records = readFileSync(RECORDS, "utf8").trim().split("\n").map((l) => JSON.parse(l));
    await store.load(records);
  } finally {
    await store.close();
  }
  const child = spawn(process.execPath, [join(ROOT, "bin/kg.mjs"), "serve", "--port", "0", "--db", db], {
    cwd: ROOT, env: { ...process.env, NEO4J_URI: "" }, stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (d) => (stderr += d));
  const first = await new Promise<string>((ok, fail) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once("line", ok);
    child.once("exit", (code) => fail(new Error(`kg serve exited ${code}: ${stderr}`)));
  });
  if (!/^http:\/\/127\.0\.0\.1:\d+\/$/.test(first)) throw new Error(`kg serve's first stdout line is not its URL: ${first}`);
  return { url: first, child, dir };
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  // Always rebuild: a stale viewer/dist would test old code.
  const vite = await import("vite");
  await vite.build({ root: join(ROOT, "viewer"), configFile: join(ROOT, "viewer/vite.config.ts"), logLevel: "warn" });
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  staticServer = await startServer({ port: 0, data: fileDataSource(FIXTURE), files: { "/fixture.json": FIXTURE } });
  try {
    served = await startKgServe();
  } catch (e) {
    servedError = (e as Error).message;
  }
});

afterAll(async () => {
  await browser?.close();
  await staticServer?.close();
  if (served) {
    served.child.kill("SIGTERM");
    await new Promise((ok) => served!.child.once("exit", ok));
    rmSync(served.dir, { recursive: true, force: true });
  }
});

interface Scenario {
  name: string;
  /** `served`: `kg serve` over the real Kuzu store; `static`: `?data=` over the fixture JSON. */
  on: "served" | "static";
  /** Query string added to the page URL. */
  query?: string;
  /** What to wait for before running: the drawn graph (default) or a load error. */
  wait?: "graph" | "error";
  run(page: Page): Promise<void>;
}

const counts = (page: Page) => page.evaluate(() => window.__kg.counts!);
const state = (page: Page) => page.evaluate(() => window.__kg.state!());

async function clickNode(page: Page, node: string): Promise<void> {
  const p = await page.evaluate((n) => window.__kg.nodeViewport!(n), node);
  expect(p, `node ${node} is drawn`).not.toBeNull();
  const box = (await page.locator("#graph").boundingBox())!;
  await page.mouse.click(box.x + p!.x, box.y + p!.y);
}

const SCENARIOS: Scenario[] = [
  {
    name: "served-graph-drawn",
    on: "served",
    async run(page) {
      const c = await counts(page);
      expect(c.totalNodes).toBeGreaterThan(20);
      expect(c.nodes).toBeGreaterThan(20);
      const px = await countDrawnPixels(page);
      expect(px.share, "share of non-background pixels").toBeGreaterThan(0.005);
      expect(px.colours, "distinct colours").toBeGreaterThan(8);
    },
  },
  {
    name: "static-graph-drawn",
    on: "static",
    async run(page) {
      expect((await counts(page)).nodes).toBe(31);
      const px = await countDrawnPixels(page);
      expect(px.share).toBeGreaterThan(0.005);
      expect(px.colours).toBeGreaterThan(8);
      await expect.poll(() => page.locator("#counts").textContent()).toContain("31 / 31 nodes");
      // Labels at the default zoom: many of them, none overlapping another.
      const boxes = await page.evaluate(() => window.__kg.labels!().map((l) => l.box));
      expect(boxes.length).toBeGreaterThan(15);
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) expect(a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]).toBe(false);
      }
    },
  },
  {
    name: "search-moves-to-node",
    on: "static",
    async run(page) {
      const box = (await page.locator("#graph").boundingBox())!;
      await page.locator("#search").fill("dprk");
      await expect.poll(() => page.locator("#suggestions li").first().textContent()).toContain("North Korea");
      await page.locator("#search").press("Enter");
      await expect.poll(async () => (await state(page)).selectedNode).toBe("country:KP");
      // The camera ends on the node: it sits at the container's centre.
      await expect.poll(async () => {
        const p = await page.evaluate(() => window.__kg.nodeViewport!("country:KP"));
        return Math.hypot(p!.x - box.width / 2, p!.y - box.height / 2);
      }, { timeout: 5000 }).toBeLessThan(5);
      await expect.poll(() => page.locator("#details h2").textContent()).toContain("North Korea");
    },
  },
  {
    name: "node-click-shows-relations",
    on: "static",
    async run(page) {
      await clickNode(page, "country:RU");
      await expect.poll(async () => (await state(page)).selectedNode).toBe("country:RU");
      const groups = await page.locator("#details .relation-group h4").allTextContents();
      expect(groups.join(" ")).toMatch(/ATTACKS.*CONDEMNS.*SANCTIONS.*SIGNS.*SUPPLIES/);
      expect(await page.locator("#details").textContent()).toContain("Russian Federation");
      expect(await page.locator('#details button[data-edge="ATTACKS|country:RU|location:kharkiv"]').textContent()).toContain("→ Kharkiv");
    },
  },
  {
    name: "served-event-shows-date",
    on: "served",
    async run(page) {
      // The treaty's date goes records -> Kuzu -> /api/graph -> the node panel, beside kind and role.
      await clickNode(page, "event:partnership-treaty");
      await expect.poll(async () => (await state(page)).selectedNode).toBe("event:partnership-treaty");
      const facts = await page.locator("#details .node-details dl .fact").evaluateAll((els) =>
        els.map((el) => [el.querySelector("dt")!.textContent, el.querySelector("dd")!.textContent, el.querySelector("dd")!.children.length]));
      expect(facts).toEqual(expect.arrayContaining([["Type", "Event (agreement)", 0], ["Date", "2024-06-19", 0]]));
      await page.screenshot({ path: join(SHOTS, "served-event-shows-date.event.png") });
      // An entity without a date shows no Date line (selected by search: the camera is still moving).
      await page.locator("#search").fill("Russia");
      await expect.poll(() => page.locator("#suggestions li").first().textContent()).toContain("Russia");
      await page.locator("#search").press("Enter");
      await expect.poll(async () => (await state(page)).selectedNode).toBe("country:RU");
      expect(await page.locator("#details .node-details dt").allTextContents()).not.toContain("Date");
    },
  },
  {
    name: "edge-evidence-shows-sentence",
    on: "static",
    async run(page) {
      await clickNode(page, "org:g7");
      await page.locator('#details button[data-edge="CONDEMNS|org:g7|country:KP"]').click();
      await expect.poll(() => page.locator("#details").getAttribute("data-showing")).toBe("edge");
      const ev = page.locator("#details .evidence").first();
      expect(await ev.locator("blockquote").textContent()).toBe(
        "Leaders of the G7 condemned North Korea's export of ballistic missiles to Russia at the Apulia summit.");
      expect(await ev.locator("mark").textContent()).toBe("condemned");
      expect(await ev.locator("a").getAttribute("href")).toBe("https://example.org/news/g7-apulia");
      expect(await ev.textContent()).toMatch(/Fixture Wire · 2024-06-14 · confidence 0\.85/);
    },
  },
  {
    name: "hedged-evidence-toggle",
    on: "static",
    query: "edge=SUPPLIES%7Ccountry%3ACN%7Ccountry%3ARU",
    async run(page) {
      // Asserted only by default: the negated "China denied supplying…" is hidden, and so is its edge.
      expect(await page.locator("#details .evidence").count()).toBe(0);
      const before = (await counts(page)).edges;
      await page.locator("#include-hedged").check();
      await expect.poll(async () => (await counts(page)).edges).toBeGreaterThan(before);
      expect(await page.locator("#details .evidence.hedged blockquote").textContent()).toBe("China denied supplying ballistic missiles to Russia.");
      expect(await page.locator("#details .evidence .meta").textContent()).toContain("negated");
    },
  },
  {
    name: "filter-hides-relation-type",
    on: "static",
    async run(page) {
      const before = await counts(page);
      await page.locator('#relation-filters input[value="CONDEMNS"]').uncheck();
      await expect.poll(async () => (await counts(page)).edges).toBe(before.edges - 7);
      expect(await page.locator("#counts").textContent()).toContain(`${before.edges - 7} / 32 edges`);
      expect((await state(page)).filters.hiddenRelations).toEqual(["CONDEMNS"]);
      await expect.poll(() => page.evaluate(() => location.search)).toContain("hideRel=CONDEMNS");
    },
  },
  {
    name: "time-slider-changes-count",
    on: "static",
    async run(page) {
      const before = await counts(page);
      // Dates in the fixture: 2024-02-23, 06-14, 06-19, 10-31, 11-21. Up to 06-19 keeps three articles.
      await page.locator("#date-to").fill("2");
      await expect.poll(async () => (await state(page)).filters.dateTo).toBe("2024-06-19");
      const after = await counts(page);
      expect(after.edges).toBeLessThan(before.edges);
      expect(await page.locator("#date-label").textContent()).toContain("2024-02-23 → 2024-06-19");
      await page.locator("#hide-isolated").check();
      await expect.poll(async () => (await counts(page)).nodes).toBeLessThan(before.nodes);
    },
  },
  {
    name: "focus-two-steps",
    on: "static",
    query: "node=location%3Akharkiv",
    async run(page) {
      await page.locator('#details button.focus[data-depth="1"]').click();
      await expect.poll(async () => (await counts(page)).nodes).toBe(3); // Kharkiv, Russia, Ukraine
      await page.locator('#details button.focus[data-depth="2"]').click();
      await expect.poll(async () => (await counts(page)).nodes).toBeGreaterThan(3);
      const two = (await counts(page)).nodes;
      expect(two).toBeLessThan(31);
      await page.waitForTimeout(600); // the camera frames the neighbourhood: picture it once settled
      await page.screenshot({ path: join(SHOTS, "focus-two-steps.focused.png") });
      await page.locator("#unfocus").click();
      await expect.poll(async () => (await counts(page)).nodes).toBe(31);
    },
  },
  {
    name: "url-restores-state",
    on: "static",
    query: "node=country%3AKP&hideRel=SANCTIONS%2CMEMBER_OF&size=pagerank&cam=0.5000,0.5000,0.8000",
    async run(page) {
      const s = await state(page);
      expect(s.selectedNode).toBe("country:KP");
      expect(s.filters.hiddenRelations).toEqual(["SANCTIONS", "MEMBER_OF"]);
      expect(s.sizeBy).toBe("pagerank");
      expect(await page.locator("#size-by").inputValue()).toBe("pagerank");
      expect(await page.evaluate(() => window.__kg.sigma!.getCamera().ratio)).toBeCloseTo(0.8, 3);
      expect(await page.locator('#relation-filters input[value="SANCTIONS"]').isChecked()).toBe(false);
    },
  },
  {
    name: "xss-evidence-is-text",
    on: "static",
    async run(page) {
      await clickNode(page, "country:RU");
      await page.locator('#details button[data-edge="CONDEMNS|country:RU|org:g7"]').click();
      const quote = page.locator("#details .evidence blockquote").first();
      expect(await quote.textContent()).toContain('<img src=x onerror="window.__xss=1">');
      expect(await page.locator("#details img").count()).toBe(0);
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    },
  },
  {
    name: "louvain-colouring-and-play",
    on: "static",
    async run(page) {
      await page.locator("#color-by").selectOption("community");
      await expect.poll(() => page.locator("#legend h3").first().textContent()).toContain("Louvain");
      const colours = await page.evaluate(() => {
        const g = window.__kg.dataset!.graph;
        return new Set(g.mapNodes((_n, a) => a.color)).size;
      });
      expect(colours).toBeGreaterThan(2);
      // Play grows the range date by date from the start, then stops at the last date.
      await page.locator("#date-play").click();
      await expect.poll(async () => (await state(page)).filters.dateTo).toBe("2024-02-23");
      await expect.poll(async () => (await state(page)).filters.dateTo, { timeout: 8000 }).toBeNull();
      await expect.poll(() => page.locator("#date-play").textContent()).toContain("Play");
    },
  },
  {
    name: "exports-png-and-gexf",
    on: "static",
    async run(page) {
      const [gexf] = await Promise.all([page.waitForEvent("download"), page.locator("#export-gexf").click()]);
      const xml = readFileSync((await gexf.path())!, "utf8");
      expect(gexf.suggestedFilename()).toBe("kg-graph.gexf");
      expect(xml).toContain("<gexf");
      expect(xml.match(/<node /g)).toHaveLength(31);
      expect(xml.match(/<edge /g)).toHaveLength(29);
      const [png] = await Promise.all([page.waitForEvent("download"), page.locator("#export-png").click()]);
      const bytes = readFileSync((await png.path())!);
      expect(bytes.subarray(1, 4).toString()).toBe("PNG");
      expect(bytes.length).toBeGreaterThan(10_000);
      copyFileSync((await png.path())!, join(SHOTS, "exported-view.png"));
    },
  },
  {
    name: "file-picker-after-load-error",
    on: "static",
    query: "data=/missing.json",
    wait: "error",
    async run(page) {
      expect(await page.locator("#status").textContent()).toMatch(/404|not found/i);
      await page.locator("#file-input").setInputFiles(FIXTURE);
      await expect.poll(() => page.evaluate(() => window.__kg.status.kind)).toBe("loaded");
      await waitForGraph(page);
      expect((await counts(page)).nodes).toBe(31);
      expect(await page.locator("#status").textContent()).toBe("");
    },
  },
  {
    name: "served-named-query-highlights",
    on: "served",
    async run(page) {
      await expect.poll(() => page.locator("#query-select option").count()).toBeGreaterThan(3);
      await page.locator("#query-select").selectOption("condemnations");
      await page.locator('#queries input[data-param="actor"]').fill("North Korea");
      await page.locator("#query-run").click();
      await expect.poll(() => page.locator("#query-status").textContent(), { timeout: 15_000 }).toMatch(/highlighted/);
      const s = await state(page);
      expect(s.highlighted).toEqual(expect.arrayContaining(["country:KP", "org:g7", "country:JP", "country:KR", "country:US"]));
      expect(await page.locator("#query-result tbody tr").count()).toBeGreaterThan(0);
    },
  },
];

describe("viewer scenarios", () => {
  it.each(SCENARIOS.map((s) => [s.name, s] as const))("%s", async (name, s) => {
    if (s.on === "served" && !served) throw new Error(`kg serve over a Kuzu store did not start: ${servedError}`);
    const base = s.on === "served" ? served!.url : s.query?.startsWith("data=") ? staticServer.url : `${staticServer.url}?data=/fixture.json`;
    const url = s.query ? `${base}${base.includes("?") ? "&" : "?"}${s.query}` : base;
    const page = await browser.newPage({ viewport: { width: 1400, height: 850 }, acceptDownloads: true });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    try {
      await page.goto(url);
      if (s.wait === "error") await page.waitForFunction(() => window.__kg?.status.kind === "error");
      else await waitForGraph(page);
      await s.run(page);
      await page.waitForTimeout(450); // let the camera animation settle for the picture only
      await page.screenshot({ path: join(SHOTS, `${name}.png`) });
      expect(errors).toEqual([]);
    } catch (e) {
      await page.screenshot({ path: join(SHOTS, `${name}.failed.png`) }).catch(() => {});
      throw e;
    } finally {
      await page.close();
    }
  });
});
