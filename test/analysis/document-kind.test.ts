// Binding text (contracts, DPAs, tenders) versus text that only discusses clauses (memos, white papers).
import { isBindingText } from "../../src/analysis/document-kind";

const para = (text: string) => ({ text });

test("a short text is always reviewed (a pasted clause)", () => {
  expect(isBindingText([para("Molntjänster diskuteras ofta i kommunen.")])).toBe(true);
});

test("an agreement with party obligations is binding", () => {
  const sentences = Array.from({ length: 60 }, (_, i) => (i % 5 === 0 ? `Leverantören ska leverera tjänsten enligt punkt ${i}.` : `Punkten ${i} beskriver tjänstens omfattning och pris.`));
  expect(isBindingText(sentences.map(para))).toBe(true);
});

test("a memo that reports what other agreements say is not binding", () => {
  const sentences = Array.from({ length: 80 }, (_, i) =>
    i % 10 === 0 ? `Enligt biträdesavtalet ska leverantören radera data inom ${i} dagar.` : `Utredningen har gått igenom molntjänstens funktioner, del ${i}, och bedömer riskerna som måttliga.`,
  );
  expect(isBindingText(sentences.map(para))).toBe(false);
});

test("a filled-in DPA annex without modal verbs is binding through its references to itself", () => {
  const sentences = Array.from({ length: 50 }, (_, i) => (i % 4 === 0 ? `Denna bilaga gäller Personuppgiftsbiträdets behandling, steg ${i}.` : `Steg ${i}: uppgifterna lagras i Sverige.`));
  expect(isBindingText(sentences.map(para))).toBe(true);
});
