// Splits optional `key: value` front matter from a text article's body.
// Front matter is recognised only when every non-blank line above a `---` line looks like `key: value`
// and at least one key is one we know, so a prose paragraph above a horizontal rule stays in the body.

const KNOWN_KEYS = ["title", "source", "date", "url"] as const;
export type FrontMatterKey = (typeof KNOWN_KEYS)[number];

export interface FrontMatter {
  /** Known keys only, values trimmed and unquoted; other keys are ignored. */
  fields: Partial<Record<FrontMatterKey, string>>;
  /** The text after the `---` line (the whole text when there is no front matter). */
  body: string;
}

const KEY_VALUE = /^([A-Za-z][\w-]*)\s*:\s*(.*?)\s*$/;
const RULE = /^-{3,}\s*$/;
/** Front matter is short: look for the closing rule only this far down. */
const MAX_LINES = 40;

export function splitFrontMatter(text: string): FrontMatter {
  const lines = text.split("\n", MAX_LINES + 2);
  // YAML-style: an opening `---` on the first line, then keys, then a closing `---`.
  const first = lines[0] !== undefined && RULE.test(lines[0]) ? 1 : 0;
  const fields: FrontMatter["fields"] = {};
  let known = 0;
  let offset = first ? lines[0]!.length + 1 : 0;
  for (let i = first; i < Math.min(lines.length, MAX_LINES + first); i++) {
    const line = lines[i]!;
    if (RULE.test(line)) {
      if (known === 0) break;
      return { fields, body: text.slice(offset + line.length + 1) };
    }
    offset += line.length + 1;
    if (line.trim() === "") continue;
    const m = KEY_VALUE.exec(line);
    if (!m) break;
    const key = m[1]!.toLowerCase();
    if ((KNOWN_KEYS as readonly string[]).includes(key)) {
      fields[key as FrontMatterKey] = unquote(m[2]!);
      known++;
    }
  }
  return { fields: {}, body: text };
}

function unquote(v: string): string {
  return /^(["']).*\1$/.test(v) && v.length >= 2 ? v.slice(1, -1) : v;
}
