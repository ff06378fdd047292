// The confidentiality area (D1–D8): secrecy duties, undertakings, survival, keys, public records, exceptions, use and security protection.
import type { Rule } from "../types";

export const CONFIDENTIALITY_RULES: readonly Rule[] = [];
