// Reads input files and folders into Articles: the only file-system code in ingest.
// One result per article (or per failed file / JSON Lines record), so one bad input is reported
// and the rest still go through. Large corpora stream: one file, or one JSON Lines record, at a time.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readdir, readFile as fsReadFile, stat } from "node:fs/promises";
import { basename, extname, join, resolve } from "node:path";
import type { Article } from "./types.ts";
import { InputError } from "./errors.ts";
import { splitFrontMatter } from "./front-matter.ts";
import { htmlToArticle } from "./html-to-article.ts";
import { parseDate } from "./parse-date.ts";
import removeMarkdown from "remove-markdown";

export const INPUT_ERROR_CODES = [
  "NOT_FOUND", "UNREADABLE", "UNSUPPORTED", "BINARY", "INVALID_UTF8", "TOO_LARGE", "MALFORMED_JSON", "NO_TEXT",
] as const;
export type InputErrorCode = (typeof INPUT_ERROR_CODES)[number];

export const INPUT_EXTENSIONS = [".txt", ".text", ".md", ".html", ".htm", ".jsonl"] as const;
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export type ReadResult =
  | { ok: true; article: Article; file: string }
  | { ok: false; file: string; error: InputError };

export interface ReadOptions {
  /** Largest file (or JSON Lines record) accepted, in bytes; default 20 MB. */
  maxBytes?: number;
  /** Replaces the file read (tests inject failures here: we run as root, so chmod cannot). */
  readFile?: (p: string) => Promise<Buffer>;
  /** Called for each file in a folder that is not an input (unsupported extension, or excluded). */
  onSkip?: (file: string) => void;
  /** Paths never read even when inside a given folder: `kg extract dir -o dir/out.jsonl` must not read its own output. */
  exclude?: string[];
}

/** A file to read, or a path that failed before reading. */
export type InputEntry = { file: string; size: number } | { file: string; error: InputError };

function inputError(code: InputErrorCode, file: string, what: string, hint?: string): InputError {
  return new InputError(code, `${file}: ${what}`.replace(/[\r\n]+/g, " "), hint);
}

/**
 * Expands files and folders (recursively, sorted, hidden entries left out) into the input files.
 * In a folder, files of other types are skipped; named explicitly they are an error.
 */
export async function* listInputs(
  paths: string[], opts: Pick<ReadOptions, "onSkip" | "exclude"> = {},
): AsyncGenerator<InputEntry> {
  const { onSkip } = opts;
  const seen = new Set<string>();
  const excluded = new Set((opts.exclude ?? []).map((p) => resolve(p)));
  /** Folders already walked, by device and inode: a symlink loop must not recurse for ever. */
  const walked = new Set<string>();
  async function* visit(path: string, explicit: boolean): AsyncGenerator<InputEntry> {
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      yield { file: path, error: fsError(path, err) };
      return;
    }
    if (info.isDirectory()) {
      const id = `${info.dev}:${info.ino}`;
      if (walked.has(id)) return;
      walked.add(id);
      let names: string[];
      try {
        names = (await readdir(path)).filter((n) => !n.startsWith(".")).sort();
      } catch (err) {
        yield { file: path, error: fsError(path, err) };
        return;
      }
      for (const name of names) yield* visit(join(path, name), false);
      return;
    }
    const key = resolve(path);
    if (seen.has(key)) return;
    seen.add(key);
    if (excluded.has(key)) {
      onSkip?.(path);
      return;
    }
    if (!(INPUT_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase())) {
      if (explicit) {
        yield {
          file: path,
          error: inputError("UNSUPPORTED", path, `unsupported file type "${extname(path) || "(none)"}"`,
            `give .txt, .text, .md, .html, .htm or .jsonl files, or a folder of them`),
        };
      } else onSkip?.(path);
      return;
    }
    yield { file: path, size: info.size };
  }
  for (const p of paths) yield* visit(p, true);
}

/** Reads every input under `paths` into Articles, in order; failures come back as results, never thrown. */
export async function* readInputs(paths: string[], opts: ReadOptions = {}): AsyncGenerator<ReadResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  for await (const entry of listInputs(paths, opts)) {
    if ("error" in entry) {
      yield { ok: false, file: entry.file, error: entry.error };
      continue;
    }
    const { file } = entry;
    if (extname(file).toLowerCase() === ".jsonl") {
      yield* readJsonLines(file, maxBytes, opts.readFile);
      continue;
    }
    if (entry.size > maxBytes) {
      yield { ok: false, file, error: tooLarge(file, entry.size, maxBytes) };
      continue;
    }
    let buf: Buffer;
    try {
      buf = await (opts.readFile ?? fsReadFile)(file);
    } catch (err) {
      yield { ok: false, file, error: fsError(file, err) };
      continue;
    }
    if (buf.length > maxBytes) {
      yield { ok: false, file, error: tooLarge(file, buf.length, maxBytes) };
      continue;
    }
    const text = decodeText(buf, file);
    if (text instanceof InputError) {
      yield { ok: false, file, error: text };
      continue;
    }
    let result: Article | InputError;
    try {
      result = /\.html?$/i.test(file) ? fromHtml(text, file) : fromText(text, file);
    } catch (err) {
      // A parser bug on one odd page must not stop the run: report that file and go on.
      result = inputError("UNREADABLE", file, `could not be parsed (${(err as Error)?.message ?? String(err)})`,
        "report it with this file; the other inputs are unaffected");
    }
    yield result instanceof InputError ? { ok: false, file, error: result } : { ok: true, file, article: result };
  }
}

/** A `.txt`/`.md` article: optional front matter, then the body (Markdown's markup removed, its tables kept). */
function fromText(text: string, file: string): Article | InputError {
  const { fields, body: raw } = splitFrontMatter(text);
  // "**Lead nation.** Ottawa has …", "![alt](img.jpg)", "[text](url)": emphasis, images and links are markup, not
  // words; list leaders and "| a | b |" table rows stay, for the list and table readers
  const body = extname(file).toLowerCase() === ".md" ? removeMarkdown(raw, { stripListLeaders: false, gfm: true, useImgAltText: false }) : raw;
  const { date, approx } = parseDate(fields.date);
  return makeArticle(file, basename(file), body, {
    title: fields.title || null, date, dateApprox: approx && date !== null,
    source: fields.source || null, url: fields.url || null,
  });
}

function fromHtml(html: string, file: string): Article | InputError {
  const page = htmlToArticle(html);
  const { date, approx } = parseDate(page.date);
  return makeArticle(file, basename(file), page.text, {
    title: page.title, date, dateApprox: approx && date !== null, source: page.source, url: page.url,
  });
}

type Meta = Pick<Article, "title" | "date" | "dateApprox" | "source" | "url">;

function makeArticle(where: string, id: string, body: string, meta: Meta): Article | InputError {
  if (body.trim() === "") {
    return inputError("NO_TEXT", where, "has no article text", "put the text after the front matter (below the `---` line)");
  }
  const { dateApprox, ...rest } = meta;
  return {
    id, hash: sha256(body), ...rest, ...(dateApprox ? { dateApprox: true } : {}), text: body,
  };
}

/** `.jsonl`: one article per line; a bad line is one failure, the other lines still go through. */
async function* readJsonLines(
  file: string, maxBytes: number, readFile?: (p: string) => Promise<Buffer>,
): AsyncGenerator<ReadResult> {
  let chunks: AsyncIterable<Buffer> | Iterable<Buffer>;
  try {
    chunks = readFile ? [await readFile(file)] : createReadStream(file, { highWaterMark: 1 << 20 });
  } catch (err) {
    yield { ok: false, file, error: fsError(file, err) };
    return;
  }
  const name = basename(file);
  try {
    for await (const { line, bytes, size } of splitLines(chunks, maxBytes)) {
      const where = `${file}:${line}`;
      if (!bytes) {
        yield { ok: false, file: where, error: tooLarge(where, size, maxBytes, "record") };
        continue;
      }
      const text = decodeText(bytes, where);
      if (text instanceof InputError) {
        yield { ok: false, file: where, error: text };
        continue;
      }
      if (text.trim() === "") continue; // blank lines separate nothing and mean nothing
      const result = fromJsonRecord(text, where, `${name}#${line}`);
      yield result instanceof InputError ? { ok: false, file: where, error: result } : { ok: true, file: where, article: result };
    }
  } catch (err) {
    yield { ok: false, file, error: fsError(file, err) };
  }
}

function fromJsonRecord(line: string, where: string, fallbackId: string): Article | InputError {
  let rec: unknown;
  try {
    rec = JSON.parse(line);
  } catch (err) {
    return inputError("MALFORMED_JSON", where, `is not valid JSON (${(err as Error).message})`,
      "each line must be one JSON object {id?, title?, date?, source?, url?, text}");
  }
  if (rec === null || typeof rec !== "object" || Array.isArray(rec)) {
    return inputError("MALFORMED_JSON", where, "is not a JSON object", "each line must be one JSON object {id?, title?, date?, source?, url?, text}");
  }
  const r = rec as Record<string, unknown>;
  if (typeof r.text !== "string") {
    return inputError("MALFORMED_JSON", where, `has no string "text" field`, "each record needs the article body in \"text\"");
  }
  const str = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : null);
  const id = typeof r.id === "number" ? String(r.id) : str(r.id);
  const { date, approx } = parseDate(str(r.date));
  return makeArticle(where, id ?? fallbackId, normaliseNewlines(r.text), {
    title: str(r.title), date, dateApprox: approx && date !== null, source: str(r.source), url: str(r.url),
  });
}

/**
 * Splits a byte stream into lines without decoding (so invalid UTF-8 is caught per line).
 * A line over `maxBytes` is not kept in memory: it comes back with `bytes: null` and its size.
 */
export async function* splitLines(
  chunks: AsyncIterable<Buffer> | Iterable<Buffer>, maxBytes: number,
): AsyncGenerator<{ line: number; bytes: Buffer | null; size: number }> {
  let parts: Buffer[] = [];
  let size = 0;
  let line = 0;
  const flush = () => {
    line++;
    const out = { line, bytes: size > maxBytes ? null : Buffer.concat(parts, size), size };
    parts = [];
    size = 0;
    return out;
  };
  for await (const chunk of chunks) {
    let from = 0;
    for (let nl = chunk.indexOf(10, from); nl !== -1; nl = chunk.indexOf(10, from)) {
      const piece = chunk.subarray(from, nl);
      size += piece.length;
      if (size <= maxBytes) parts.push(piece);
      yield flush();
      from = nl + 1;
    }
    const rest = chunk.subarray(from);
    size += rest.length;
    if (size <= maxBytes) parts.push(Buffer.from(rest)); // copy: the stream may reuse its buffer
    else parts = [];
  }
  if (size > 0) yield flush();
}

const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Bytes → text: refuses binary and invalid UTF-8, strips a BOM, normalises line endings to LF. */
export function decodeText(buf: Buffer, where: string): string | InputError {
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) {
    return inputError("INVALID_UTF8", where, "is UTF-16, not UTF-8", "convert it first: iconv -f UTF-16 -t UTF-8");
  }
  if (buf.includes(0)) {
    return inputError("BINARY", where, "looks binary (contains NUL bytes)", "give a text, HTML or JSON Lines file");
  }
  const body = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? buf.subarray(3) : buf;
  let text: string;
  try {
    text = UTF8.decode(body);
  } catch {
    return inputError("INVALID_UTF8", where, `is not valid UTF-8 (first bad byte at offset ${firstInvalidByte(body)})`,
      "convert it first, e.g. iconv -f WINDOWS-1252 -t UTF-8");
  }
  return normaliseNewlines(text);
}

function normaliseNewlines(text: string): string {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return t.includes("\r") ? t.replace(/\r\n?/g, "\n") : t;
}

/** Offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, no surrogates), for the message. */
function firstInvalidByte(b: Uint8Array): number {
  for (let i = 0; i < b.length; ) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const n = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
    if (n === 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k]! & 0xc0) !== 0x80) return i;
    const c1 = b[i + 1]!;
    if ((c === 0xe0 && c1 < 0xa0) || (c === 0xed && c1 > 0x9f) || (c === 0xf0 && c1 < 0x90) || (c === 0xf4 && c1 > 0x8f)) return i;
    i += n + 1;
  }
  return b.length;
}

function tooLarge(where: string, size: number, maxBytes: number, what = "file"): InputError {
  return inputError("TOO_LARGE", where, `${what} is ${humanBytes(size)}, over the ${humanBytes(maxBytes)} limit`,
    `raise the limit with --max-bytes ${Math.ceil(size * 1.1)}, or split the ${what}`);
}

function humanBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 ** 2).toFixed(1)} MB`;
}

function fsError(path: string, err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT") return inputError("NOT_FOUND", path, "no such file or folder", "check the path");
  if (code === "ENOTDIR") {
    return inputError("UNREADABLE", path, "cannot be read: a parent of this path is a file, not a folder", "check the path");
  }
  if (code === "EACCES" || code === "EPERM") {
    return inputError("UNREADABLE", path, "cannot be read: permission denied", "check the file's permissions");
  }
  const detail = code ?? (err as Error)?.message ?? String(err);
  return inputError("UNREADABLE", path, `cannot be read (${detail})`, "check the path and the disk");
}

function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
