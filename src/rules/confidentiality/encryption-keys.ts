// D4: data is encrypted in transit and at rest, with keys under the customer's control so the supplier cannot decrypt alone.
import { NEGATION_EN, NEGATION_SV } from "../common";
import type { Rule, Terms } from "../types";
import { CUSTOMER_KEYS, ENCRYPTION, KEY_CONTEXT } from "./terms";

// What is encrypted: the data, communication or storage (not a consultant's skill in "network encryption").
const DATA_CONTEXT: Terms = [
  "data", "content", "information", "communication*", "traffic", "transit", "at rest", "storage", "stored", "transmitted", "transmission", "backup*",
  "networks", "connections", "files", "database*", "disk*", "devices",
  "*data", "uppgift*", "information", "kommunikation*", "trafik*", "överför*", "lagr*", "säkerhetskopi*", "backup*", "förbindelse*", "filer", "databas*",
];

// The word appears in a qualification or CV requirement, a guidance text, or as a possibility only for the customer.
const NOT_A_MEASURE: Terms = [
  "erfarenhet*", "kompetens*", "roll* i ~3 uppdrag", "uppdrag inom", "experience", "qualification*", "certified in", "customer is responsible for ~4 encrypt*",
  "kunden ansvarar för ~4 krypter*",
];

// Customer-held keys are said to be unavailable ("BYOK is not supported").
const NO_CUSTOMER_KEYS: Terms = [
  "not supported", "does not support", "do not support", "not available", "not offered", "no ~2 BYOK", "stöds inte", "inte stöd*", "saknar stöd",
  "erbjuds inte", "inga kundhanterade", "customer cannot", "kunden kan inte", "stöder inte", "stödjer inte", "stöds ej",
  // API, licence and login keys are not encryption keys.
  "API", "API*", "licens*", "license key*", "licence key*", "lösenord*", "password*",
];

// Supplier-controlled keys stated outright: still only a weak protection (the supplier can decrypt).
const SUPPLIER_KEYS: Terms = [
  "keys ~6 managed by ~2 provider", "keys ~6 managed by ~2 supplier", "keys ~6 held by ~2 provider", "keys ~6 held by ~2 supplier", "provider managed key*",
  "service managed key*", "platform managed key*", "nycklar* ~6 hanteras av ~2 leverantören", "leverantörens nyckelhantering",
];

export const encryptionKeys: Rule = {
  id: "confidentiality/encryption-keys",
  area: "confidentiality",
  code: "D4",
  title: { sv: "Kryptering och kundkontrollerade nycklar", en: "Encryption with customer-controlled keys" },
  requirement: {
    sv: "Uppgifterna ska krypteras vid överföring och lagring, med nycklar som skapas och förvaras under kundens kontroll så att leverantören inte kan dekryptera utan kunden.",
    en: "Data is encrypted in transit and at rest, with keys generated and held under the customer's control so that the supplier cannot decrypt without the customer.",
  },
  why: {
    sv: "Kryptering skyddar bara mot leverantören och mot utländska myndigheters krav på leverantören om nycklarna hålls av kunden (EDPB:s rekommendationer 01/2020); nycklar hos leverantören ger inget sådant skydd.",
    en: "Encryption protects against the supplier, and against foreign authorities compelling the supplier, only if the customer holds the keys (EDPB Recommendations 01/2020); keys held by the supplier give no such protection.",
  },
  references: ["GDPR art. 32", "EDPB Recommendations 01/2020 (use case 1)", "eSam: Molntjänster och kryptering"],
  aspects: ["K"],
  critical: true,
  messages: {
    met: {
      sv: "Krypteringsnycklarna hanteras under kundens kontroll (t.ex. BYOK/HYOK).",
      en: "Encryption keys are under the customer's control (e.g. BYOK/HYOK).",
    },
    weak: {
      sv: "Kryptering nämns, men nycklarna hålls av leverantören eller nyckelhanteringen anges inte.",
      en: "Encryption is mentioned, but the supplier holds the keys or key custody is not stated.",
    },
    contrary: {
      sv: "Avtalet ger leverantören rätt att dekryptera eller lämna ut kundens krypterade data utan kundens medverkan.",
      en: "The agreement lets the supplier decrypt or hand over the customer's encrypted data without the customer.",
    },
    missing: {
      sv: "Avtalet säger inget om kryptering.",
      en: "The agreement says nothing about encryption.",
    },
  },
  remediation: {
    sv: "Kräv kryptering vid överföring och lagring, och att nycklarna skapas och förvaras under kundens kontroll (egen HSM/KMS i Sverige/EU eller extern nyckelhantering) med loggning av nyckelhändelser; ange om tjänsten behöver klartext.",
    en: "Require encryption in transit and at rest with keys generated and kept under the customer's control (own HSM/KMS in Sweden/EU or external key management) and logged key events; state whether the service needs plaintext.",
  },
  placement: {
    sv: "Bilagan om informationssäkerhet eller tekniska och organisatoriska åtgärder.",
    en: "The information security annex or the technical and organisational measures.",
  },
  signals: [
    {
      status: "met",
      means: "Keys generated, held or managed by the customer (BYOK, HYOK, customer-managed keys, external key management).",
      all: [CUSTOMER_KEYS, KEY_CONTEXT],
      none: [NO_CUSTOMER_KEYS],
    },
    {
      status: "weak",
      means: "Encryption of data in transit or at rest, with keys held by the supplier or custody not stated.",
      all: [ENCRYPTION, DATA_CONTEXT],
      none: [NOT_A_MEASURE],
    },
    {
      status: "weak",
      means: "The supplier manages the encryption keys.",
      all: [SUPPLIER_KEYS],
    },
    {
      status: "contrary",
      means: "The supplier may decrypt, or hand keys or decrypted data to authorities, on its own.",
      all: [
        ["decrypt*", "encryption key*", "dekrypter*", "krypteringsnyck*"],
        ["law enforcement", "government*", "authorit*", "legal process", "myndighet*"],
        ["may ~4 provide", "may ~4 disclose", "may ~4 decrypt", "may ~4 access", "får ~4 lämna ut", "får ~4 dekryptera"],
      ],
      none: [NEGATION_EN, NEGATION_SV],
    },
  ],
  examples: [
    { lang: "sv", text: "[[All data ska krypteras vid lagring och överföring med nycklar som Kunden själv förvaltar.]]", expect: "met" },
    { lang: "sv", text: "[[Krypteringsnycklarna ska hanteras av Kunden i en egen HSM och får inte vara åtkomliga för Leverantören.]]", expect: "met" },
    { lang: "sv", text: "[[Data krypteras med AES-256 i vila och TLS 1.2 under överföring.]]", expect: "weak" },
    { lang: "sv", text: "[[Leverantören får dekryptera data på begäran av utländsk myndighet.]]", expect: "contrary" },
    { lang: "sv", text: "Leverantören ska ha erfarenhet av nätverkskryptering.", expect: "missing" },
    { lang: "sv", text: "Kunden förvaltar sina API-nycklar i portalen.", expect: "missing" },
    { lang: "en", text: "[[Customer Data is encrypted at rest using customer-managed keys stored in the Customer's own key management service.]]", expect: "met" },
    { lang: "en", text: "[[Encryption keys are generated and held exclusively by the Customer;]] the Provider never has access to them.", expect: "met" },
    { lang: "en", text: "[[Data is encrypted with keys kept in a key management service operated by the Customer, and the Provider is unable to decrypt it.]]", expect: "met" },
    { lang: "en", text: "[[All data is encrypted in transit using TLS 1.2 or higher.]]", expect: "weak" },
    { lang: "en", text: "[[Provider may provide decryption keys to law enforcement when legally required.]]", expect: "contrary" },
    { lang: "en", text: "Customer-managed keys are not supported for this service.", expect: "missing" },
    { lang: "en", text: "The Contractor shall have experience with encryption technologies.", expect: "missing" },
    { lang: "en", text: "The Customer manages its API keys in the console.", expect: "missing" },
    {
      lang: "en",
      text: "[[Customer Data is encrypted at rest;]] keys are managed by Provider's key management service and rotated yearly.",
      expect: "weak",
    },
    {
      lang: "en",
      text: "[[The Customer may upload its own keys, but Provider retains a copy of each key for recovery purposes.]]",
      expect: "todo-weak",
      note: "BYOK where the supplier keeps a copy: a key-escrow qualification that needs the second clause to be read against the first.",
    },
  ],
};
