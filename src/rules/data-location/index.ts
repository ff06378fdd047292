// The data-location area (C1–C6): where data is stored and reached from, transfers, sub-processors, exit and deletion.
import type { Rule } from "../types";
import { deletion } from "./deletion";
import { exitAndExport } from "./exit-and-export";
import { storageLocation } from "./storage-location";
import { subprocessorList } from "./subprocessor-list";
import { supportAccess } from "./support-access";
import { thirdCountryTransfer } from "./third-country-transfer";

export const DATA_LOCATION_RULES: readonly Rule[] = [storageLocation, supportAccess, thirdCountryTransfer, subprocessorList, exitAndExport, deletion];
