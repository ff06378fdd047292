// The confidentiality area (D1–D8): secrecy duties, undertakings, survival, keys, public records, exceptions, use and security protection.
import type { Rule } from "../types";
import { confidentialityObligation } from "./confidentiality-obligation";
import { disclosureExceptions } from "./disclosure-exceptions";
import { encryptionKeys } from "./encryption-keys";
import { noSecondaryUse } from "./no-secondary-use";
import { publicRecordsRequests } from "./public-records-requests";
import { securityProtection } from "./security-protection";
import { staffUndertakings } from "./staff-undertakings";
import { survival } from "./survival";

/** In the fixed order of REQUIREMENT_IDS. */
export const CONFIDENTIALITY_RULES: readonly Rule[] = [
  confidentialityObligation,
  staffUndertakings,
  survival,
  encryptionKeys,
  publicRecordsRequests,
  disclosureExceptions,
  noSecondaryUse,
  securityProtection,
];
