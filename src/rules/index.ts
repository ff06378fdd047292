// The requirement catalogue: every rule, in the fixed order of REQUIREMENT_IDS (the only registry).
import { CONFIDENTIALITY_RULES } from "./confidentiality";
import { CONTROL_RIGHTS_RULES } from "./control-rights";
import { DATA_LOCATION_RULES } from "./data-location";
import { FOREIGN_JURISDICTION_RULES } from "./foreign-jurisdiction";
import { REQUIREMENT_IDS, type Rule } from "./types";

const byId = new Map<string, Rule>(
  [...CONTROL_RIGHTS_RULES, ...FOREIGN_JURISDICTION_RULES, ...DATA_LOCATION_RULES, ...CONFIDENTIALITY_RULES].map((r) => [r.id, r]),
);

/** All rules in catalogue order. A requirement without a rule is skipped here and caught by the catalogue test. */
export const RULES: readonly Rule[] = REQUIREMENT_IDS.flatMap((id) => {
  const rule = byId.get(id);
  return rule ? [rule] : [];
});

export * from "./types";
