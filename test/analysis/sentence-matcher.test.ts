// The sentence matcher's marks: after two billion sentences they start again from zero, and nothing else changes.
import { builtInCatalogue } from "../../src/analysis/review";
import { SentenceMatcher } from "../../src/analysis/sentence-matcher";
import type { Sentence } from "../../src/analysis/segment";
import { RULES } from "../../src/rules";

const texts = RULES.flatMap((r) => r.examples.map((e) => e.text)).slice(0, 300);
const whole = (text: string): Sentence => ({ paragraph: 0, start: 0, end: text.length, text });

/** For each text: the signals that fire, and where each first matched. */
function fired(matcher: SentenceMatcher): string[][] {
  return texts.map((text) => {
    matcher.start(text, whole(text));
    const firing = [];
    for (let i = 0; i < matcher.signalCount; i++) {
      const cs = matcher.signals[i]!;
      if (matcher.mayFire(cs) && matcher.fires(cs)) firing.push(cs);
    }
    return firing.map((cs) => {
      const { index, length } = matcher.anchor(text, whole(text), cs);
      return `${cs.ruleId} ${index}+${length}`;
    });
  });
}

test("matching gives the same results across the wrap-around of its sentence marks", () => {
  const catalogue = builtInCatalogue();
  const fresh = fired(new SentenceMatcher(catalogue));
  expect(fresh.flat().length).toBeGreaterThan(200);
  const wrapping = new SentenceMatcher(catalogue);
  // The mark is private; start it just below the limit so the run crosses it (each text takes several marks).
  (wrapping as unknown as { mark: number }).mark = 2_000_000_000 - 50;
  expect(fired(wrapping)).toEqual(fresh);
  expect((wrapping as unknown as { mark: number }).mark).toBeLessThan(2_000_000_000);
});
