// Shared by the e2e tests and bench/render.ts: how to launch Debian's chromium, wait for the viewer and
// measure what it drew.
import type { Page } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// WebGL works headless through SwiftShader with these; --no-sandbox because tests run as root.
export const CHROMIUM_ARGS = [
  "--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
  "--disable-sync", "--no-first-run",
];

/** Waits until the viewer has loaded and drawn, and the automatic layout run is over. */
export async function waitForGraph(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const k = window.__kg;
      if (k?.status.kind === "error") throw new Error(k.status.message);
      return Boolean(k?.ready && !k.layoutRunning && k.renders > 0);
    },
    null,
    { timeout, polling: 50 },
  );
}

/**
 * Composes sigma's layers in the page (rendered and read in the same task, as WebGL keeps no buffer) and
 * counts pixels that differ from the white background, and distinct colours: a blank canvas gives 0.
 */
export function countDrawnPixels(page: Page): Promise<{ share: number; colours: number }> {
  return page.evaluate(() => {
    const sigma = window.__kg.sigma!;
    sigma.refresh();
    const layers = sigma.getCanvases();
    const { width, height } = layers.nodes;
    const c = document.createElement("canvas");
    c.width = width;
    c.height = height;
    const ctx = c.getContext("2d")!;
    ctx.fillStyle = "#fff";
    ctx.fillRect(0, 0, width, height);
    for (const id of ["edges", "nodes", "labels"]) if (layers[id]) ctx.drawImage(layers[id], 0, 0);
    const data = ctx.getImageData(0, 0, width, height).data;
    let drawn = 0;
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4) {
      if (data[i] < 250 || data[i + 1] < 250 || data[i + 2] < 250) {
        drawn++;
        colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
      }
    }
    return { share: drawn / (width * height), colours: colours.size };
  });
}
