// The foreign-jurisdiction area (B1–B6): which law, which courts, and who can compel the supplier to hand data over.
import { governingLaw } from "./governing-law";
import type { Rule } from "../types";

export const FOREIGN_JURISDICTION_RULES: readonly Rule[] = [governingLaw];
