// Separates the story from what surrounds it: related-story lists, by-lines, reader notices, adverts,
// embed attributions. Works line by line on the body and keeps offsets, so evidence points into the body.

/** "item": one entry of a bulleted or numbered list that a body line ending in ":" introduces ("signed by:" then "- A", "- B"). */
export type LineRole = "body" | "headline" | "caption" | "dropped" | "item" | "cell";
export interface Line {
  start: number;
  end: number;
  text: string;
  role: LineRole;
  /** Which boilerplate rule dropped or demoted it. */
  reason?: string;
  /** For a table cell: its column's header ("Signed in Kigali"), which says what the cell's names did. */
  header?: { text: string; start: number };
}

const TABLE_ROW = /^\|.*\|\s*$/;
const TABLE_RULE = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;
/** The cells of a Markdown table row "| a | b |", with their offsets. */
function cellsOf(raw: string, start: number): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let from = raw.indexOf("|") + 1;
  for (let bar = raw.indexOf("|", from); bar >= 0; from = bar + 1, bar = raw.indexOf("|", from)) {
    const cell = raw.slice(from, bar);
    const text = cell.trim();
    out.push({ text, start: start + from + cell.indexOf(text) });
  }
  return out;
}

/** Rules as data: a pattern over the trimmed line, what it does, and an example it catches. */
export const BOILERPLATE_RULES: { id: string; test: RegExp; role: LineRole; list?: boolean; example: string }[] = [
  { id: "related-inline", test: /^(related|most read|most popular|read more|read next|see also|also read|more from [a-z ]+|trending|recommended|latest)\s*[:|]\s*\S/i, role: "dropped", example: "Related: A hosts B | C meets D" },
  { id: "related-list-short", test: /^(related( [a-z]+){0,2}|more [a-z]+ (news|stories|coverage|briefs)|most (read|popular|viewed)|read more|read next|see also|more|also read|latest|recommended|more stories|more coverage|more on this( story| topic)?|further reading|what to read next|you (may|might) also like|in other news|top stories)\s*:?\s*$/i, role: "dropped", list: true, example: "RELATED BRIEFS" },
  { id: "related-list", test: /^(related (coverage|stories|articles|content|news|reading)|next in [a-z ]+|others also read|also read|read more|read also|see also|more (from|on) |most (read|popular|viewed)|trending( now)?|recommended( stories)?|you may (also )?like|top stories|latest news)\b.{0,30}$/i, role: "dropped", list: true, example: "Related coverage:" },
  { id: "contact-line", test: /\s[–—-]\s*(\+?\d[\d ()-]{6,}\d|[\w.-]+@[\w-]+\.[\w.]+)\s*$/, role: "dropped", example: "Government Information Office, Nauru – +674 557 3009" },
  { id: "advert", test: /^(advertisement|sponsored|ad)\s*:?$/i, role: "dropped", example: "Advertisement:" },
  { id: "credits", test: /^\(?\s*(reporting|writing|editing|additional reporting|compiled|edited|written|produced|authori[sz]ed) by\b|^media (contacts?|enquiries|inquiries)\s*:?|^for media (inquiries|enquiries)|contributed (to )?(this|the) (report|story|article)\.?$/i, role: "dropped", example: "(Reporting by A; Editing by B)" },
  { id: "reader-notice", test: /^(follow us|if you (notice|spot|see)|subscribe|sign up|click here|share (this|on)|copyright|©|\(c\)\s*(\d{4}|copyright)|all rights reserved|download (our|the) app|join our|get the latest|for more news|our standards|this (story|article|report) (has been|was) (updated|corrected)|comments on this article)/i, role: "dropped", example: "If you notice an error, select the text and press Ctrl + Enter." },
  { id: "copyright-tail", test: /(©|\(c\))\s*(19|20)\d\d\b.{0,80}$|^get the [\w ]{0,40}newsletter\b/i, role: "dropped", example: "Get the Example morning newsletter in your inbox. (c) 2024 Example Media Group." },
  { id: "staff-byline", test: /^(by )?(our|a) (own |special )?(staff|special|diplomatic|defence|defense) (reporter|correspondent|writer)s?\.?$/i, role: "dropped", example: "Our Staff Reporter" },
  { id: "reported-from", test: /^([A-Z][\w'’.-]+ )+(reported|wrote|contributed reporting) (from|in) [A-Z][\w'’ .-]*( and [A-Z][\w'’.-]+ (reported )?(from|in) [A-Z][\w'’ .-]*)?\.?$/, role: "dropped", example: "Roe reported from Lima and Doe from Quito." },
  { id: "follow-coverage", test: /^follow (\w+'s|our|the) (coverage|live|updates)/i, role: "dropped", example: "Follow Example's coverage of Africa at https://example.org" },
  { id: "author-bio", test: /^[A-Z][\w'’.-]+( [A-Z][\w'’.-]+){0,3} (is|was) an? .{0,60}\b(correspondent|reporter|editor|writer|journalist|contributor|columnist)\b/i, role: "dropped", example: "Jane Roe is a Europe correspondent for Example News." },
  { id: "embed-attribution", test: /^[—–-]\s*.{0,80}\(@\w+\)/, role: "dropped", example: "— A Person (@handle) May 1, 2020" },
  { id: "photo-caption", test: /\((photo|pic|picture|image|file photo)[^)]*\)\s*$|\([A-Z][\w.&]*(\s?\/\s?[A-Z][\w.&]*)+\)\s*$|^[[(]?\s*(photo|image|file photo|picture|caption|photo caption)\s*:/i, role: "caption", example: "Leaders meet in a city. (AP/Example)" },
];

/** A part of a by-line or issue line: a date, a time, "By X", "5 min read". */
const META_PART = /^(by |published|updated|posted)|\b\d{1,2}:\d{2}\b|\b(19|20)\d{2}\b|\bmin read\b|^reading time/i;
/** "A; B; the C; and D": at least `min` parts between commas or semicolons, none longer than `maxWords` words. */
function isNameList(text: string, min: number, maxWords: number): boolean {
  const parts = text.split(/\s*[;,]\s*/);
  return parts.length >= min && parts.every((x) => x.split(/\s+/).length <= maxWords);
}
const ENDS_SENTENCE = /[.!?"”’)\]:…]$/;

export function classifyLines(body: string): Line[] {
  const lines: Line[] = [];
  let inList = false;
  // a body line ending in ":" opens a list of items ("…was signed by the foreign ministers of:")
  let leadIn = false;
  let inItems = false;
  let pos = 0;
  const raws = body.split("\n");
  // a Markdown table: each cell is read with its column's header ("Signed in Kigali: A, B and C")
  let headers: { text: string; start: number }[] | undefined;
  for (let r = 0; r < raws.length; r++) {
    const raw = raws[r];
    const start = pos;
    pos += raw.length + 1;
    const text = raw.trim();
    if (!text) continue;
    if (TABLE_ROW.test(text) && TABLE_RULE.test(raws[r + 1]?.trim() ?? "")) {
      headers = cellsOf(raw, start);
      lines.push({ start, end: start + raw.length, text, role: "dropped", reason: "table-header" });
      continue;
    }
    if (headers && TABLE_RULE.test(text)) continue;
    if (headers && TABLE_ROW.test(text)) {
      cellsOf(raw, start).forEach((cell, c) => {
        if (cell.text && headers![c]?.text) lines.push({ start: cell.start, end: cell.start + cell.text.length, text: cell.text, role: "cell", reason: "table-cell", header: headers![c] });
      });
      continue;
    }
    headers = undefined;
    const lead = raw.indexOf(text);
    const line: Line = { start: start + lead, end: start + lead + text.length, text, role: "body" };
    // "-- Related coverage --", "== MORE NEWS ==": headings framed by rules of dashes or signs
    // ("*Copyright 2024 Example. Related: …*": markdown emphasis around a reader notice)
    const bare = text.replace(/^[-–—=*#|~_\s]{2,}|[-–—=*#|~_\s]{2,}$/g, "").replace(/^[*_>]+\s*|\s*[*_]+$/g, "").trim() || text;
    const rule = BOILERPLATE_RULES.find((r) => r.test.test(bare));
    // headlines are short: a long line that lost its full stop is still a sentence of the story
    const headlineLike = (!ENDS_SENTENCE.test(text) && text.split(/\s+/).length <= 24) || /^[•·▪►*]/.test(text);
    const bullet = /^(?:[-–—•·▪►*]|\d{1,3}[.)])\s+/.exec(text);
    // ("- Americas: the Bahamas, Canada, Chile, …": a long item is still one when it is a list of names)
    const listItem = !!bullet && isNameList(text.slice(bullet[0].length).replace(/^[^:]{1,40}:\s*/, ""), 3, 8);
    // (a bullet right after an item continues the list, however long)
    if (leadIn && bullet && !rule && (text.length - bullet[0].length <= 80 || inItems || listItem)) {
      inItems = true;
      line.role = "item";
      line.reason = "list-item";
      line.start += bullet[0].length;
      line.text = text.slice(bullet[0].length).replace(/[;,.]$/, "");
      line.end = line.start + line.text.length;
      lines.push(line);
      continue;
    }
    inItems = false;
    // "…endorsed by the following governments:" then a paragraph "A; B; the C; … and D": the whole list is one item
    if (leadIn && !rule && isNameList(text.replace(/[.;]$/, ""), 4, 6)) {
      line.role = "item";
      line.reason = "list-paragraph";
      line.text = text.replace(/[.;]$/, "");
      line.end = line.start + line.text.length;
      lines.push(line);
      leadIn = false;
      continue;
    }
    leadIn = !rule && !inList && /:$/.test(text) && text.split(/\s+/).length >= 3;
    if (rule) {
      line.role = rule.role;
      line.reason = rule.id;
      inList = !!rule.list;
      // "… at the ceremony. Photo credit: Press Office / Jane Roe": the credit names no one in the story
      const credit = rule.role === "caption" ? /\b(photo )?credits?\s*:|\bphoto by\b/i.exec(text) : null;
      if (credit && credit.index > 0) { line.end = line.start + credit.index; line.text = text.slice(0, credit.index).trimEnd(); }
    } else if (inList && (headlineLike || /^[-–—•·▪►*]\s/.test(text))) {
      line.role = "dropped";
      line.reason = "related-list";
    } else {
      inList = false;
      if (headlineLike) {
        line.role = "headline";
        line.reason = "no-end-punctuation";
        // "Pacific Disarmament Network | Suva and Mexico City | 20 September 2017", "Desk · 30 January 2025 · By X":
        // where and when a release or page was issued — about the outlet, not the story
        // "By A and B" then "Sahel Wire Service": the outlet under a by-line
        const prev = lines[lines.length - 1];
        if (prev && /^by\s+[A-Z]/i.test(prev.text) && prev.role !== "body" && text.split(/\s+/).length <= 6 && text.split(/\s+/).every((w) => /^[A-Z&]/.test(w))) { line.role = "dropped"; line.reason = "outlet-line"; }
        const parts = text.split(/\s+[|·]\s+/);
        if (parts.length >= 3 && parts.some((x) => META_PART.test(x.replace(/[*_]/g, "").trim()))) { line.role = "dropped"; line.reason = "meta-line"; }
        // ("Northbridge News Agency | October 21, 2021": an outlet and a date)
        else if (parts.length === 2 && /\s\|\s/.test(text) && META_PART.test(parts[1].trim()) && !/[a-z]{3,}\s+[a-z]{3,}\s+[a-z]{3,}/.test(parts[0])) { line.role = "dropped"; line.reason = "meta-line"; }
      }
    }
    lines.push(line);
  }
  return lines;
}
