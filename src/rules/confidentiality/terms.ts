// Term lists shared by the confidentiality rules (D1–D8): secrecy words, staff, customer data, laws and exceptions.
import type { Terms } from "../types";

/** Confidentiality as a duty (not "confidentiality, integrity and availability" of systems, which is security). */
export const CONFIDENTIAL_EN: Terms = [
  "confidential*", "in confidence", "non disclosure", "nondisclosure", "secrecy", "keep secret", "professional secrecy",
];
/** Swedish secrecy vocabulary incl. compounds: sekretessen, sekretessavtal, tystnadsplikten, konfidentialitetsåtagandet. */
export const CONFIDENTIAL_SV: Terms = ["*sekretess*", "*tystnadsplikt*", "tystnadsförbindelse*", "konfidentiali*", "konfidentiell*"];

/** Public-sector secrecy law: OSL and the 2020 act on outsourced technical processing (lag 2020:914). */
export const SECRECY_LAW: Terms = [
  "offentlighets och sekretesslag*", "sekretesslag*", "OSL", "2009:400", "2020:914", "tystnadsplikt vid utkontraktering",
  "Public Access to Information and Secrecy Act", "Swedish Secrecy Act", "Official Secrets Act",
];

/** The buyer's data as the object of confidentiality (all customer data, not only personal data). */
export const CUSTOMER_DATA_EN: Terms = [
  "customer data", "customer content", "customer information", "customer materials", "your content", "your data", "client data",
  "controller data", "authority data", "data of the customer", "customer's data", "customer’s data", "buyer data", "data provided by ~2 customer*",
  "information provided by ~2 customer*", "data ~4 on behalf of ~2 customer*", "data ~3 customer ~2 provides", "data ~3 customer ~2 uploads",
  "client information",
  "customer's information", "customer’s information", "information ~3 relating to ~2 customer*", "information about ~2 customer*",
  "information ~4 obtained from ~2 customer*", "information ~3 concerning ~2 customer*", "customer's records", "customer’s records", "customer records",
];
export const CUSTOMER_DATA_SV: Terms = [
  "kundens data", "kundens uppgifter", "kundens information", "kunddata", "beställarens data", "beställarens uppgifter", "beställarens information",
  "myndighetens uppgifter", "myndighetens information", "myndighetens data", "uppgifter som leverantören får del av", "uppgifter för vilka sekretess gäller",
  "sekretessbelagd*", "sekretessreglerad*",
];

/** The people who handle data on the supplier's side (staff-level duties are D2, and only partial D1). */
export const STAFF_EN: Terms = [
  "personnel", "employee*", "staff", "persons authori*", "person authori*", "authorized persons", "authorised persons", "any person", "all persons",
  "each person", "individuals", "team members", "consultant*", "agents", "delegates", "representatives", "workers", "subcontractor personnel",
];
export const STAFF_SV: Terms = [
  "personal", "personalen", "medarbetare*", "anställd*", "konsult*", "personer", "person", "den enskilde", "behörig*", "arbetstagare*",
  "underkonsult*",
];

/** A duty of confidentiality binding a person (by contract or statute). */
export const BOUND_TO_CONFIDENTIALITY_EN: Terms = [
  "committed themselves to confidentiality", "committed to confidentiality", "bound by ~2 confidentiality", "subject to ~1 confidentiality",
  "subject to ~2 strict confidentiality", "bound by ~2 strict confidentiality",
  "duty of confidentiality", "obligation* of confidentiality", "confidentiality undertaking*", "confidentiality agreement*",
  "confidentiality statement*", "confidentiality obligations no less", "confidentiality obligations at least", "enter* into ~3 confidentiality",
  "non disclosure agreement*", "nondisclosure agreement*", "NDA*",
  "agreed in writing ~6 confidential", "maintain the confidentiality", "keep ~3 confidential", "undertaking* of confidentiality",
  "secrecy undertaking*",
];
export const BOUND_TO_CONFIDENTIALITY_SV: Terms = [
  "sekretessavtal*", "sekretessförbindelse*", "tystnadsförbindelse*", "sekretessåtagande*", "åtagit sig att iaktta konfidentialitet",
  "iaktta konfidentialitet", "omfattas av ~3 tystnadsplikt", "lagstadgad tystnadsplikt", "iaktta ~2 sekretess", "iaktta ~2 tystnadsplikt",
  "har tystnadsplikt", "tystnadsplikt gäller", "undertecknat ~3 sekretess*", "signera* ~3 sekretess*", "förbindelse om ~2 tystnadsplikt",
  "förbindelse om ~2 sekretess", "undertecknat ~4 förbindelse*", "åtagande om ~2 tystnadsplikt", "tystnadsplikt ~6 gäll* för",
];

/** After the end of the contract (survival). */
export const AFTER_END_EN: Terms = [
  "surviv*", "after ~4 terminat*", "after ~4 expir*", "after the end", "after the agreement ends", "after ~3 engagement ends",
  "following ~3 terminat*", "in perpetuity", "perpetual*", "indefinitely",
];
export const AFTER_END_SV: Terms = [
  "även efter", "också efter", "efter ~4 upphör*", "efter ~4 upphört", "efter ~4 avslut*", "efter ~3 avtalstidens slut", "utan tidsbegränsning", "därefter",
  "från ~3 upphörande*", "från ~3 upphör*", "från ~3 avslut*",
  "utan begränsning i tid", "tills vidare", "fortsätter att gälla", "upphör inte",
];

/** A time limit on survival ("for three (3) years after termination"). */
export const TIME_LIMIT_EN: Terms = ["#n years", "#n year", "#n year*", "#n months", "confidentiality period", "period of #n"];
export const TIME_LIMIT_SV: Terms = ["#n år", "#n års", "#n månader", "under en period", "under en tid"];

/** Encryption of data (in transit, at rest, end to end). */
export const ENCRYPTION: Terms = [
  "encrypt*", "*encryption*", "TLS", "SSL", "AES", "AES256", "#n bit", "cryptograph*",
  "*kryptering*", "krypter*", "kryptografi*",
];

/** Keys under the customer's control: BYOK/HYOK, customer-managed keys, external key management. */
export const CUSTOMER_KEYS: Terms = [
  "BYOK", "HYOK", "bring your own key*", "hold your own key*", "customer managed key*", "customer managed encryption key*",
  "customer held key*", "customer controlled key*", "customer supplied key*", "customer supplied encryption key*", "external key management",
  "external key manager*", "key* ~6 under ~3 control of the customer", "key* ~6 under ~2 customer* ~2 control", "key* ~6 held ~2 by ~2 the customer",
  "key* ~6 managed ~2 by ~2 the customer", "key* ~6 controlled ~2 by ~2 the customer", "key* ~6 generated ~2 by ~2 the customer",
  "key* ~6 stored ~2 by ~2 the customer", "key* ~6 held ~2 by ~2 customer", "key* ~6 managed ~2 by ~2 customer", "key* ~6 controlled ~2 by ~2 customer",
  "keys ~6 customer's own", "key* ~4 remain* ~3 customer", "customer ~3 holds ~3 keys", "customer ~3 controls ~3 keys", "customer ~3 retains ~3 keys",
  "kundhanterade nycklar", "kundhanterad* ~2 nyck*", "kundkontrollerade nycklar", "kundkontrollerad* ~2 nyck*", "kundägda nycklar",
  "egna krypteringsnycklar", "egen nyckelhantering", "*nycklar* ~6 kunden ~3 förvaltar", "*nycklar* ~6 kunden ~3 kontrollerar",
  "*nycklar* ~6 innehas av ~2 kunden",
  "*nycklar* ~6 hanteras av ~2 kunden", "*nycklar* ~6 hanteras av ~2 myndigheten", "*nycklar* ~6 hanteras av ~2 beställaren",
  "*nycklar* ~6 kontrolleras av ~2 kunden", "*nycklar* ~6 kontrolleras av ~2 myndigheten", "*nycklar* ~6 kontrolleras av ~2 beställaren",
  "*nycklar* ~6 förvaras av ~2 kunden", "*nycklar* ~6 förvaras hos ~2 kunden", "kunden ~4 förvaltar ~3 *nycklar*", "kunden ~4 kontrollerar ~3 *nycklar*",
  // A key service in the customer's hands, or a supplier that cannot decrypt: the same protection in other words.
  "key management ~4 controlled by ~2 customer", "key management ~4 operated by ~2 customer", "key management ~4 owned by ~2 customer",
  "customer ~3 own ~2 key management", "customer ~3 own ~2 HSM", "cannot decrypt", "unable to decrypt", "never ~3 access to ~3 keys", "no access to ~4 keys",
  "kan inte dekryptera", "saknar ~3 åtkomst till ~3 *nycklar*", "utan ~3 tillgång till ~3 *nycklar*", "kundens ~2 egen ~2 nyckelhantering*",
  "kundens ~2 egen ~2 HSM",
  "beställarens ~2 egen ~2 nyckelhantering*", "myndighetens ~2 egen ~2 nyckelhantering*", "kommunens ~2 egen ~2 nyckelhantering*",
  "regionens ~2 egen ~2 nyckelhantering*", "beställarens ~2 egen ~2 HSM", "myndighetens ~2 egen ~2 HSM", "*nycklar* ~6 förvaras i ~2 kundens",
  "*nycklar* ~6 förvaras i ~2 beställarens", "*nycklar* ~6 förvaras i ~2 myndighetens", "*nycklar* ~6 förvaras hos ~2 beställaren",
  "*nycklar* ~6 förvaras hos ~2 myndigheten", "customer ~1 s own ~2 key management", "customer ~1 s own ~2 HSM",
];

/** Words that make "key" an encryption key (not an API or licence key). */
export const KEY_CONTEXT: Terms = [
  ...ENCRYPTION, "BYOK", "HYOK", "HSM", "KMS", "key management", "key manager", "bring your own key*", "hold your own key*", "krypteringsnyck*",
  "nyckelhantering*",
  "HSM", "decrypt*", "dekrypter*",
];

/** Law the Swedish buyer can accept as a ground for disclosure: Swedish law or EU law (Art. 28(3)(a) GDPR, Art. 48). */
export const SWEDISH_LAW: Terms = [
  "swedish ~2 law*", "laws of sweden", "law of sweden", "svensk ~2 lag*", "svensk ~2 rätt", "svenska ~2 lag*", "svenska författning*",
  "offentlighets och sekretesslag*", "tryckfrihetsförordning*", "OSL",
];
export const EU_LAW: Terms = [
  "union or member state law*", "union law", "EU law", "EU or member state law*", "European Union or ~2 member state*", "law* of the European Union",
  "European Union law*", "law* of the Union", "law* of a member state", "laws of an EU member state", "member state law*", "EU/EEA law*",
  "unionsrätt*", "medlemsstat*", "EU rätt*",
];
