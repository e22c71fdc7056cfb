// Who carried out "the attack": the agent the text names anywhere in the article, so that "X condemned
// the attack" can point at the attacker even when it is named sentences later (never the victim or place).
import type { Sentence } from "./nlp.ts";
import type { Mention } from "./mentions.ts";
import { ATTACK_NOUNS } from "./rules.ts";

interface Found { id: string; sentence: number; strength: number }

export function findAttackers(sentences: { s: Sentence; m: Mention[] }[], ids: (m: Mention) => string[]) {
  const found: Found[] = [];
  for (const { s, m } of sentences) {
    if (s.role !== "body") continue;
    const t = s.tokens;
    const actorAt = (i: number) => m.find((x) => x.a <= i && i < x.b && (x.type === "Country" || x.type === "Organization" || x.form === "ref"));
    for (let k = 0; k < t.length; k++) {
      const w = t[k].lower;
      // "X said it was behind the attack", "X claimed responsibility"
      if ((w === "behind" && ATTACK_NOUNS.has(t[k + 2]?.lower ?? "")) || (w === "responsibility" && /^claim/.test(t[k - 1]?.lower ?? ""))) {
        for (let j = k - 1; j >= 0; j--) {
          if (/^(said|says|claimed|claims|admitted)$/.test(t[j].lower)) {
            const a = actorAt(j - 1);
            if (a) for (const id of ids(a)) found.push({ id, sentence: s.index, strength: 3 });
            break;
          }
          if (/^(claimed|claims)$/.test(t[j].lower) && w === "responsibility") {
            const a = actorAt(j - 1);
            if (a) for (const id of ids(a)) found.push({ id, sentence: s.index, strength: 3 });
            break;
          }
        }
      }
      if (!ATTACK_NOUNS.has(w)) continue;
      // "the Israeli attack"
      const mod = actorAt(k - 1);
      if (mod && mod.form === "demonym") for (const id of ids(mod)) found.push({ id, sentence: s.index, strength: 1 });
      // "an attack by X"
      if (t[k + 1]?.lower === "by") {
        const a = actorAt(k + 2) ?? actorAt(k + 3);
        if (a) for (const id of ids(a)) found.push({ id, sentence: s.index, strength: 2 });
      }
      // "X's attempt to … with airstrikes", "X's attack"
      for (let j = k - 1; j >= Math.max(0, k - 12); j--) {
        if (t[j].norm === "'s") {
          const a = actorAt(j - 1);
          const before = a ? t[a.a - 1]?.lower ?? "" : "";
          if (a && !/^(on|against|in|at|to|into|of)$/.test(before)) for (const id of ids(a)) found.push({ id, sentence: s.index, strength: 1 });
          break;
        }
        if (/^[.;]$/.test(t[j].norm)) break;
      }
    }
  }
  return {
    found,
    pick(sentence: number, minStrength = 0): string | undefined {
      if (!found.length) return undefined;
      const best = Math.max(...found.map((f) => f.strength));
      if (best < minStrength) return undefined;
      const top = found.filter((f) => f.strength === best);
      const before = top.filter((f) => f.sentence <= sentence);
      return (before.length ? before[before.length - 1] : top[0]).id;
    },
  };
}
