// Sentences and tokens from wink-nlp (English lite model, offline), with character offsets into the body.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

export interface Token {
  /** Index in the sentence. */
  i: number;
  text: string;
  /** Text with curly apostrophes and quotes straightened: same length as `text`. */
  norm: string;
  lower: string;
  lemma: string;
  pos: string;
  start: number;
  end: number;
  /** Whitespace precedes the token. */
  space: boolean;
  /** Starts with a capital and is word-like (a name's word): tested ~20 times per token by the mention passes. */
  cap: boolean;
}

export interface Sentence {
  index: number;
  text: string;
  start: number;
  end: number;
  tokens: Token[];
  /** "body" sentences yield claims; "headline" lines (no end punctuation) and captions yield entities only. */
  role: "body" | "headline" | "caption";
}

// only sentence boundaries and parts of speech are read: named-entity, negation and sentiment passes would cost ~25% for nothing
export const WINK_PIPE = ["sbd", "pos"];
const nlp = winkNLP(model, WINK_PIPE);
const its = nlp.its as any;

/** A capitalised word ("Kamikawa", "U.S.", "Jaish-e"): what every name-finding pass asks of a token. */
export const CAP = /^\p{Lu}[\p{L}\p{M}\w'.-]*$/u;

const CURLY = /[’‘`“”]/;
export const straighten = (s: string): string => (CURLY.test(s) ? s.replace(/[’‘`]/g, "'").replace(/[“”]/g, '"') : s);

/** Tokenises one stretch of text (a paragraph) starting at `offset` in the body. */
/**
 * wink's lite model splits words at letters outside Latin-1 ("Vučić" → "Vu" "č" "i" "ć"). It reads a copy
 * where each such letter is a plain a/A of the same length, so offsets hold and tokens are recovered from
 * the source text.
 */
const WIDE = /[^\x00-\u00ff]/;
/** Irregular past tenses of the verbs the relation rules read, with their lemma. */
const IRREGULAR_PAST: Record<string, string> = { sent: "send", sold: "sell", met: "meet", led: "lead", gave: "give", took: "take", bought: "buy", flew: "fly", struck: "strike", shot: "shoot" };
const placeholder = (text: string) => text.replace(/[^\x00-\u00ff]/gu, (ch) => (/\p{Lu}/u.test(ch) ? "A".repeat(ch.length) : /\p{L}|\p{M}/u.test(ch) ? "a".repeat(ch.length) : ch));

export function tokenizeParagraph(source: string, offset: number): { start: number; end: number; tokens: Token[] }[] {
  const wide = WIDE.test(source);
  const text = wide ? placeholder(source) : source;
  const doc = nlp.readDoc(text);
  const words = doc.tokens().out() as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const lemma = doc.tokens().out(its.lemma) as string[];
  // wink's token text is a copy of the source: walk the source to recover offsets.
  const flat: Token[] = [];
  let at = 0;
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    let idx = text.indexOf(w, at);
    if (idx < 0) idx = at + spaces[k].length; // wink normalised something: keep our place
    const start = idx;
    const end = Math.min(text.length, idx + w.length);
    at = end;
    const src = wide ? source.slice(start, end) : w;
    const norm = straighten(src);
    const lower = norm.toLowerCase();
    const lm = lemma[k] ?? w;
    // the lite model sometimes tags an irregular past tense as a noun after a noun phrase ("the latter sent 500
    // troops"): outside a determiner's phrase it is the verb
    const past = pos[k] === "NOUN" && IRREGULAR_PAST[lower] && !/^(DET|NUM|ADP)$/.test(pos[k - 1] ?? "DET") ? IRREGULAR_PAST[lower] : undefined;
    flat.push({ i: 0, text: src, norm, lower, lemma: past ?? (lm === w || src !== w ? lower : straighten(lm).toLowerCase()), pos: past ? "VERB" : pos[k], start: start + offset, end: end + offset, space: spaces[k].length > 0, cap: CAP.test(norm) });
  }
  const out: { start: number; end: number; tokens: Token[] }[] = [];
  doc.sentences().each((s: any) => {
    const [a, b] = s.out(its.span) as [number, number];
    const tokens = flat.slice(a, b + 1);
    if (tokens.length) out.push({ start: tokens[0].start, end: tokens[tokens.length - 1].end, tokens });
  });
  // wink ends a sentence at a closing quote; `“…,” they added.` belongs to the quote's sentence.
  const merged: typeof out = [];
  for (const s of out) {
    const prev = merged[merged.length - 1];
    const first = s.tokens[0];
    if (prev && (/^[a-z]/.test(first.text) || /^[,;:)\]”"’]$/.test(first.norm) && s.tokens.length < 4)) {
      prev.tokens.push(...s.tokens);
      prev.end = s.end;
    } else merged.push(s);
  }
  for (const s of merged) s.tokens.forEach((t, i) => (t.i = i));
  return merged;
}
