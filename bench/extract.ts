// Extraction benchmark: builds a corpus of ≥ 20 MB by varying the sample articles (entity swaps,
// shuffled paragraphs, front matter), then measures `kg extract` end to end on 1 worker and on all
// cores, next to the wink-nlp tokeniser alone over the same text (the ceiling), with peak RSS.
// Each measurement runs in its own child process so its peak RSS is its own.
//   npx tsx bench/extract.ts [--mb 24] [--keep]
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { mulberry32 } from "../graph/seeded-random.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const SELF = fileURLToPath(import.meta.url);

interface Measure {
  label: string;
  seconds: number;
  /** CPU time of the whole process (all threads): on a shared machine, MB per CPU-second is the steadier figure. */
  cpuSeconds: number;
  articles: number;
  bytes: number;
  peakRssMB: number;
}

/** Country names that swap for one another: varies entities without inventing odd text. */
const COUNTRIES = [
  "Russia", "North Korea", "Ukraine", "China", "Japan", "Italy", "France", "Germany", "Canada", "India",
  "Brazil", "Kenya", "Chile", "Norway", "Poland", "Turkey", "Egypt", "Vietnam", "Indonesia", "Mexico",
];

function variant(text: string, rand: () => number): string {
  const a = COUNTRIES[Math.floor(rand() * COUNTRIES.length)]!;
  const b = COUNTRIES[Math.floor(rand() * COUNTRIES.length)]!;
  const swapped = text.replace(/\bRussia\b/g, a).replace(/\bUkraine\b/g, b);
  const paras = swapped.split(/\n\s*\n/);
  for (let i = paras.length - 1; i > 1; i--) {
    // keep the lead paragraph first, shuffle the rest
    const j = 1 + Math.floor(rand() * i);
    [paras[i], paras[j]] = [paras[j]!, paras[i]!];
  }
  return paras.join("\n\n");
}

function buildCorpus(dir: string, targetBytes: number): { files: number; bytes: number } {
  const samples = readdirSync(join(ROOT, "data/articles")).filter((f) => f.endsWith(".txt"))
    .map((f) => readFileSync(join(ROOT, "data/articles", f), "utf8"));
  const rand = mulberry32(42);
  let bytes = 0;
  let files = 0;
  while (bytes < targetBytes) {
    const sub = join(dir, String(Math.floor(files / 1000)).padStart(3, "0"));
    if (files % 1000 === 0) mkdirSync(sub, { recursive: true });
    const day = 1 + (files % 28);
    const body = variant(samples[files % samples.length]!, rand);
    const text = `title: Bench article ${files}\nsource: bench\ndate: 2024-05-${String(day).padStart(2, "0")}\n---\n${body}`;
    writeFileSync(join(sub, `a${String(files).padStart(6, "0")}.txt`), text);
    bytes += Buffer.byteLength(text);
    files++;
  }
  return { files, bytes };
}

function runChild(args: string[]): Measure {
  const r = spawnSync(process.execPath, ["--import", "tsx", SELF, "--child", ...args], {
    cwd: ROOT, encoding: "utf8", maxBuffer: 16 << 20,
  });
  if (r.status !== 0) throw new Error(`bench child ${args.join(" ")} failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").at(-1)!) as Measure;
}

async function child(args: string[]): Promise<void> {
  const [mode, corpus, workers] = args;
  let m: Omit<Measure, "peakRssMB" | "cpuSeconds">;
  const cpu0 = process.cpuUsage();
  if (mode === "extract") {
    const { runExtract } = await import("../bin/commands/extract.ts");
    const out = join(mkdtempSync(join(tmpdir(), "kg-bench-out-")), "out.jsonl");
    const sink = new Writable({ write: (_c, _e, cb) => cb() });
    const t0 = performance.now();
    const code = await runExtract([corpus!], { output: out, workers: Number(workers) }, { stdout: sink, stderr: sink });
    const seconds = (performance.now() - t0) / 1000;
    if (code !== 0) throw new Error(`kg extract exited ${code}`);
    const lines = readFileSync(out, "utf8").split("\n").filter(Boolean).length;
    rmSync(out);
    m = { label: `kg extract, ${workers} worker${workers === "1" ? "" : "s"}`, seconds, articles: lines, bytes: corpusBytes(corpus!) };
  } else {
    // The ceiling: wink-nlp's readDoc (tokens, sentences, POS) over the same bodies, on one core.
    const { readInputs } = await import("../ingest/read.ts");
    const winkNLP = (await import("wink-nlp")).default;
    const model = (await import("wink-eng-lite-web-model")).default;
    const { WINK_PIPE } = await import("../ingest/nlp.ts");
    const nlp = winkNLP(model, WINK_PIPE); // the same passes extraction runs
    // Read first, then time only readDoc, so the ceiling is the tokeniser's own rate.
    const texts: string[] = [];
    for await (const r of readInputs([corpus!])) if (r.ok) texts.push(r.article.text);
    const articles = texts.length;
    const cpuRead = process.cpuUsage();
    const t0 = performance.now();
    for (const text of texts) nlp.readDoc(text).sentences().length();
    const seconds = (performance.now() - t0) / 1000;
    Object.assign(cpu0, cpuRead);
    m = { label: "wink-nlp readDoc alone, 1 core (ceiling)", seconds, articles, bytes: corpusBytes(corpus!) };
  }
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const peakRssMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ ...m, cpuSeconds, peakRssMB })}\n`);
}

function corpusBytes(dir: string): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) total += readFileSync(join(e.parentPath, e.name)).length;
  }
  return total;
}

async function main(argv: string[]): Promise<void> {
  if (argv[0] === "--child") return child(argv.slice(1));
  const mbArg = argv.indexOf("--mb");
  const mb = mbArg >= 0 ? Number(argv[mbArg + 1]) : 24;
  const dir = mkdtempSync(join(tmpdir(), "kg-bench-corpus-"));
  try {
    const t0 = performance.now();
    const { files, bytes } = buildCorpus(dir, mb * 1024 * 1024);
    console.log(`corpus: ${files} articles, ${(bytes / 1e6).toFixed(1)} MB in ${dir} (built in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    const cores = availableParallelism();
    const runs = [
      runChild(["extract", dir, "1"]),
      runChild(["extract", dir, String(cores)]),
      runChild(["tokenise", dir]),
    ];
    const cols = ["wall s", "MB/s", "art/s", "CPU s", "MB/CPU-s", "peak RSS"];
    console.log(`\n${"run".padEnd(42)} ${cols.map((c) => c.padStart(9)).join(" ")}`);
    for (const r of runs) {
      const mb = r.bytes / 1e6;
      const cells = [r.seconds.toFixed(2), (mb / r.seconds).toFixed(2), (r.articles / r.seconds).toFixed(0),
        r.cpuSeconds.toFixed(2), (mb / r.cpuSeconds).toFixed(2), `${r.peakRssMB.toFixed(0)} MB`];
      console.log(`${r.label.padEnd(42)} ${cells.map((c) => c.padStart(9)).join(" ")}`);
    }
    const [load1] = loadavg();
    console.log(`\n${cores} cores, load average ${load1!.toFixed(1)} at the end; MB = 10^6 bytes of input files.`);
    console.log("extract runs are end to end (read, extract, write JSON Lines); the ceiling times readDoc only.");
  } finally {
    if (!argv.includes("--keep")) rmSync(dir, { recursive: true, force: true });
  }
}

await main(process.argv.slice(2));
