// Display words shared by every host: statuses, bands, areas and the overall reasons, in Swedish and English.
import type { Area, Lang, Localized, Status } from "../rules/types";
import type { ControlAnswer, Exposure, Measure, OverallBand } from "./types";

export const STATUS_LABEL: Readonly<Record<Status, Localized>> = {
  met: { sv: "Uppfyllt", en: "Met" },
  weak: { sv: "Svagt", en: "Weak" },
  contrary: { sv: "Motstridigt", en: "Contrary" },
  missing: { sv: "Saknas", en: "Missing" },
  "not-applicable": { sv: "Ej tillämpligt", en: "Not applicable" },
};

export const BAND_LABEL: Readonly<Record<OverallBand, Localized>> = {
  low: { sv: "Låg risk", en: "Low risk" },
  medium: { sv: "Medelhög risk", en: "Medium risk" },
  high: { sv: "Hög risk", en: "High risk" },
  "very-high": { sv: "Mycket hög risk", en: "Very high risk" },
  stop: { sv: "Stopp: säkerhetsskyddsprocess", en: "Stop: security-protection process" },
};

/** What the organisation usually does at each band (risk model 3.4). */
export const BAND_HANDLING: Readonly<Record<OverallBand, Localized>> = {
  low: { sv: "Godta och följ upp.", en: "Accept and monitor." },
  medium: { sv: "Åtgärda eller godta med motivering.", en: "Remediate, or accept with a documented reason." },
  high: { sv: "Åtgärda före undertecknande eller håll informationen utanför tjänsten.", en: "Remediate before signing, or keep the information out of the service." },
  "very-high": { sv: "Underteckna inte i nuvarande form; undanta informationen eller avstå.", en: "Do not sign as it stands; exclude the information or walk away." },
  stop: { sv: "Informationen är säkerhetsskyddsklassificerad (KLASSA 4): gör en säkerhetsskyddsanalys och ta fram säkerhetsskyddsavtal innan avtal ingås.", en: "The information is security-classified (KLASSA 4): run the security-protection assessment and agreement process before contracting." },
};

/** Band colours (hex, no #) used by Word, Excel and the browser alike. */
export const BAND_COLOUR: Readonly<Record<OverallBand, string>> = {
  low: "2E7D32",
  medium: "F9A825",
  high: "EF6C00",
  "very-high": "C62828",
  stop: "212121",
};

export const AREA_LABEL: Readonly<Record<Area, Localized>> = {
  "control-rights": { sv: "Kontrollrätt", en: "Control rights" },
  "foreign-jurisdiction": { sv: "Utländsk rättsordning", en: "Foreign jurisdiction" },
  "data-location": { sv: "Datalokalisering", en: "Data location" },
  confidentiality: { sv: "Sekretess", en: "Confidentiality" },
};

export const EXPOSURE_LABEL: Readonly<Record<Exposure, Localized>> = {
  yes: { sv: "Ja", en: "Yes" },
  no: { sv: "Nej", en: "No" },
  unknown: { sv: "Okänt", en: "Unknown" },
};

export const CONTROL_LABEL: Readonly<Record<ControlAnswer, Localized>> = {
  yes: { sv: "Ja", en: "Yes" },
  no: { sv: "Nej", en: "No" },
  unknown: { sv: "Oklart", en: "Unclear" },
};

export const MEASURE_LABEL: Readonly<Record<Measure, Localized>> = {
  "customer-held-keys": { sv: "Kryptering med nycklar som kunden förvarar", en: "Encryption with keys held by the customer" },
  "secret-data-excluded": { sv: "Sekretessbelagd information hålls utanför tjänsten", en: "Secret information kept out of the service" },
  pseudonymisation: { sv: "Pseudonymisering före överföring", en: "Pseudonymisation before transfer" },
};

/** Picks the text for a language. */
export function t(text: Localized, lang: Lang): string {
  return text[lang];
}
