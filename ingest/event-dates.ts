// The date an event took place, where the sentence that names it gives one: "the summit on 13 June",
// "the attack on Tuesday" (the Tuesday before the article's date), "signed on 12 April 2019". chrono-node
// reads the expressions; we keep only those that name a day, so "last week" or "in 2021" date nothing.
import * as chrono from "chrono-node";
import { MONTH_STEMS, WEEKDAY_IN_TEXT } from "./calendar.ts";

const WEEKDAYS = WEEKDAY_IN_TEXT;
// relative stretches name no day: "last week", "two months ago", "next year"
const VAGUE = /\b(week|weeks|month|months|year|years|ago|recently|weekend|days|hours|after|before|later|earlier)\b/i;

export interface FoundDate { date: string; index: number; end: number; text: string }

/** Day-certain dates in `text`, resolved against the article's date (weekdays fall on or before it). */
export function datesIn(text: string, articleDate: string | null): FoundDate[] {
  // chrono is costly: only sentences that can name a day go to it
  if (!MONTHS.test(text) && !WEEKDAYS.test(text) && !/\b(yesterday|today)\b|\d{4}-\d{2}-\d{2}/i.test(text)) return [];
  const key = `${articleDate}|${text}`;
  const hit = seen.get(key);
  if (hit) return hit;
  // chrono's cost grows with the text: it reads only the stretches around a cue ("on 12 April 2019", "on Tuesday")
  const found: FoundDate[] = [];
  for (const [a, b] of cueWindows(text)) for (const d of parse(text.slice(a, b), articleDate)) found.push({ ...d, index: d.index + a, end: d.end + a });
  if (seen.size > 500) seen.clear();
  seen.set(key, found);
  return found;
}

const CUES = new RegExp(`\\b${MONTH_STEMS}[a-z]*\\b|${WEEKDAY_IN_TEXT.source}|\\b(yesterday|today)\\b|\\d{4}-\\d{2}-\\d{2}`, "gi");
/** Stretches of 40 characters either side of each date cue, merged where they overlap. */
function cueWindows(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(CUES)) {
    // (from a word boundary, so a window never opens inside a word)
    let a = Math.max(0, m.index - 40);
    while (a > 0 && /\w/.test(text[a - 1])) a--;
    let b = Math.min(text.length, m.index + m[0].length + 40);
    while (b < text.length && /\w/.test(text[b])) b++;
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}
const MONTHS = new RegExp(`\\b${MONTH_STEMS}[a-z]*\\.?\\s+\\d|\\b\\d{1,2}(st|nd|rd|th)?\\s+${MONTH_STEMS}`, "i");
/** The same evidence sentence is asked about once per claim: remember the last answers. */
const seen = new Map<string, FoundDate[]>();

function parse(text: string, articleDate: string | null): FoundDate[] {
  const ref = articleDate ? new Date(`${articleDate}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12));
  const out: FoundDate[] = [];
  for (const r of chrono.parse(text, { instant: ref, timezone: 0 }, { forwardDate: false })) {
    if (VAGUE.test(r.text)) continue;
    const explicit = r.start.isCertain("day") && r.start.isCertain("month");
    const relative = r.start.isCertain("weekday") || /\b(yesterday|today)\b/i.test(r.text);
    // without the article's date, only a date with its year stands on its own
    if (!(explicit && (articleDate || r.start.isCertain("year"))) && !(relative && !explicit && articleDate)) continue;
    // with no article date, only a date that writes its year is a date ("three days after" counts from nothing)
    if (!articleDate && !/\b\d{4}\b/.test(r.text)) continue;
    let d = r.start.date();
    // "on Tuesday" in a report means the last Tuesday, never one after publication
    if (relative && articleDate && d.toISOString().slice(0, 10) > articleDate) d = new Date(d.getTime() - 7 * 864e5);
    // "signed … on 1 March" in an October story is the March before it, not the next one
    if (explicit && !r.start.isCertain("year") && articleDate && d.toISOString().slice(0, 10) > articleDate) d = new Date(Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth(), d.getUTCDate()));
    out.push({ date: d.toISOString().slice(0, 10), index: r.index, end: r.index + r.text.length, text: r.text });
  }
  return out;
}

/**
 * The date nearest to a span of the sentence, within `reach` characters and not closer to another
 * event of the same sentence (each date dates the event it sits next to).
 */
export function dateNear(dates: FoundDate[], span: { start: number; end: number }, others: { start: number; end: number }[], reach = 60): string | undefined {
  const gap = (d: FoundDate, s: { start: number; end: number }) => (d.index >= s.end ? d.index - s.end : s.start >= d.end ? s.start - d.end : 0);
  let best: { date: string; gap: number } | undefined;
  for (const d of dates) {
    const g = gap(d, span);
    if (g > reach || others.some((o) => o !== span && gap(d, o) < g)) continue;
    if (!best || g < best.gap) best = { date: d.date, gap: g };
  }
  return best?.date;
}
