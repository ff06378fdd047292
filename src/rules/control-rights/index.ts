// The control-rights area (A1–A7): audits, certifications, logs, sub-contractors, changes, ownership and incidents.
import { auditRight } from "./audit-right";
import { changeOfControl } from "./change-of-control";
import { incidentNotification } from "./incident-notification";
import { logAccess } from "./log-access";
import { noUnilateralChange } from "./no-unilateral-change";
import { securityCertification } from "./security-certification";
import { subcontractorApproval } from "./subcontractor-approval";
import type { Rule } from "../types";

export const CONTROL_RIGHTS_RULES: readonly Rule[] = [auditRight, securityCertification, logAccess, subcontractorApproval, noUnilateralChange, changeOfControl, incidentNotification];
