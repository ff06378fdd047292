// The control-rights area (A1–A7): audits, certifications, logs, sub-contractors, changes, ownership and incidents.
import type { Rule } from "../types";

export const CONTROL_RIGHTS_RULES: readonly Rule[] = [];
