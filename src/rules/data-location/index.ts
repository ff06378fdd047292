// The data-location area (C1–C6): where data is stored and reached from, transfers, sub-processors, exit and deletion.
import type { Rule } from "../types";
import { storageLocation } from "./storage-location";

export const DATA_LOCATION_RULES: readonly Rule[] = [storageLocation];
