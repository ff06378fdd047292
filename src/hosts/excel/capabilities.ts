// Which Excel API requirement sets this Office build offers, checked once at start so features degrade instead of failing mid-write.

/** What the Excel host code needs to know before it queues anything (never found out by trying and failing). */
export interface ExcelCapabilities {
  /** ExcelApi 1.2: used range (values only), table.worksheet, range.merge, column widths. The minimum for the register. */
  readonly basic: boolean;
  /** ExcelApi 1.6: conditional formats (band colours that follow the user's own likelihood and consequence). */
  readonly conditionalFormats: boolean;
  /** ExcelApi 1.7: freeze panes and rotated text (the matrix's likelihood axis). */
  readonly freezePanes: boolean;
  /** ExcelApi 1.8: data validation (the 1–4 and decision drop-downs). */
  readonly dataValidation: boolean;
  /** ExcelApi 1.13: table.resize; without it a grown register's table is rebuilt (convert to range + add). */
  readonly tableResize: boolean;
}

/** The subset of Office.RequirementSetSupport used here, so tests can pass a plain object. */
export interface RequirementChecker {
  isSetSupported(name: string, minVersion?: string): boolean;
}

const SETS: Readonly<Record<keyof ExcelCapabilities, string>> = {
  basic: "1.2",
  conditionalFormats: "1.6",
  freezePanes: "1.7",
  dataValidation: "1.8",
  tableResize: "1.13",
};

export const ALL_CAPABILITIES: ExcelCapabilities = { basic: true, conditionalFormats: true, freezePanes: true, dataValidation: true, tableResize: true };
export const NO_CAPABILITIES: ExcelCapabilities = { basic: false, conditionalFormats: false, freezePanes: false, dataValidation: false, tableResize: false };

/** The requirement set version behind a capability, for messages ("needs ExcelApi 1.8"). */
export function requirementSetOf(capability: keyof ExcelCapabilities): string {
  return `ExcelApi ${SETS[capability]}`;
}

/**
 * Reads the requirement sets. `Office.context.requirements` is undefined outside Office (tests, the standalone
 * page, very old hosts), and isSetSupported can itself throw on some builds: both mean "not supported".
 */
export function detectCapabilities(requirements: RequirementChecker | undefined = officeRequirements()): ExcelCapabilities {
  const has = (version: string): boolean => {
    if (!requirements || typeof requirements.isSetSupported !== "function") return false;
    try {
      return requirements.isSetSupported("ExcelApi", version) === true;
    } catch {
      return false;
    }
  };
  return Object.fromEntries(Object.entries(SETS).map(([key, version]) => [key, has(version)])) as unknown as ExcelCapabilities;
}

function officeRequirements(): RequirementChecker | undefined {
  const office = (globalThis as { Office?: { context?: { requirements?: RequirementChecker } } }).Office;
  return office?.context?.requirements;
}
