// The foreign-jurisdiction area (B1–B6): which law, which courts, and who can compel the supplier to hand data over.
import { authorityRequests } from "./authority-requests";
import { changeInLaw } from "./change-in-law";
import { disputeVenue } from "./dispute-venue";
import { governingLaw } from "./governing-law";
import { legalBasisForDisclosure } from "./legal-basis-for-disclosure";
import { ownershipExposure } from "./ownership-exposure";
import type { Rule } from "../types";

/** In the order of REQUIREMENT_IDS (B1–B6). */
export const FOREIGN_JURISDICTION_RULES: readonly Rule[] = [
  governingLaw,
  disputeVenue,
  ownershipExposure,
  authorityRequests,
  legalBasisForDisclosure,
  changeInLaw,
];
