// Normalises the dates found in front matter, HTML metadata and JSON Lines records to `YYYY-MM-DD`.
// Anything we cannot read with certainty gives null: a made-up date is worse than none (DECISIONS.md).

export interface ParsedDate {
  date: string | null;
  /** The source marked the date as approximate (`2024-04-12 approx`). */
  approx: boolean;
}

const MONTHS = [
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december",
];

// "approx", "approx.", "approximately", "circa", "ca.", "c.", "~" before or after the date.
const APPROX = /(^|\s)(approx(?:imately)?\.?|circa|ca\.|c\.|~)(?=\s|$|\d)/i;
const WEEKDAY = /^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i;

/** `2024-04-12`, `2024-04-12T09:00:00+09:00`, `12 April 2024`, `April 12, 2024`; else null. */
export function parseDate(raw: string | null | undefined): ParsedDate {
  if (typeof raw !== "string") return { date: null, approx: false };
  let s = raw.trim();
  const approx = APPROX.test(s);
  if (approx) s = s.replace(APPROX, " ").replace(/\s+/g, " ").trim();
  s = s.replace(WEEKDAY, "");
  return { date: toIso(s), approx };
}

function toIso(s: string): string | null {
  // ISO date, optionally followed by a time: keep the calendar date as written (no time-zone shift).
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s].*)?$/.exec(s) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(s);
  if (m) return ymd(+m[1]!, +m[2]!, +m[3]!);
  // 12 April 2024, 12th Apr. 2024
  m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(s);
  if (m) return ymd(+m[3]!, month(m[2]!), +m[1]!);
  // April 12, 2024 / Apr. 12 2024
  m = /^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(s);
  if (m) return ymd(+m[3]!, month(m[1]!), +m[2]!);
  return null; // 04/12/2024 and friends are ambiguous (day-month or month-day): refuse rather than guess.
}

/** 1–12 for a month name or its abbreviation of three letters or more ("Apr", "Sept"); else 0. */
function month(name: string): number {
  const key = name.toLowerCase();
  if (key.length < 3) return 0;
  return MONTHS.findIndex((full) => full.startsWith(key)) + 1;
}

function ymd(y: number, m: number, d: number): string | null {
  if (!m || m > 12 || !d || d > 31 || y < 1000) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null; // 31 April, 30 February
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
