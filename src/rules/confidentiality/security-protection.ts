// D8: security-sensitive activity and security-classified information (säkerhetsskydd) are handled: agreement, vetting, or excluded.
import type { Rule, Terms } from "../types";

// The Swedish protective security regime (säkerhetsskyddslagen 2018:585) and its instruments, in both languages.
const SECURITY_PROTECTION: Terms = [
  "säkerhetsskyddsavtal*", "säkerhetsskyddslag*", "2018:585", "säkerhetsskyddsförordning*", "2021:955", "säkerhetsskyddsklassificerad*",
  "säkerhetskänslig* verksamhet*", "säkerhetsprövning*", "säkerhetsskyddsanalys*", "säkerhetsskyddad* upphandling*", "omfattas av säkerhetsskydd",
  "säkerhetsskydd enligt",
  "security protection agreement*", "protective security agreement*", "protective security act", "security protection act", "security classified information",
  "security sensitive activit*", "security vetting",
];

// An operative requirement: the parties shall sign, staff shall be vetted, the data is excluded.
const OPERATIVE: Terms = [
  "ska", "skall", "teckna*", "ingå*", "ingås", "genomgå*", "krävs", "förbinder", "får inte", "ska inte", "omfattas",
  "shall", "must", "will", "required", "undertake*", "may not",
];

// Only a pointer to an annex or template that is not included, or a note that it may be attached: partial.
const POINTER: Terms = [
  "inte bifogad*", "ej bifogad*", "kan bifogas", "bifogas vid behov", "mall*", "template*", "not attached", "may be attached", "hänvisas", "if applicable",
];

// Security clearances for other regimes (a US federal "security clearance" in a staffing clause) are not säkerhetsskydd unless the Swedish act is named.
const FOREIGN_CLEARANCE: Terms = ["federal", "FedRAMP", "united states", "u.s", "department of defense"];

export const securityProtection: Rule = {
  id: "confidentiality/security-protection",
  area: "confidentiality",
  code: "D8",
  title: { sv: "Säkerhetsskydd", en: "Security protection (säkerhetsskydd)" },
  requirement: {
    sv: "Om säkerhetskänslig verksamhet eller säkerhetsskyddsklassificerade uppgifter berörs ska säkerhetsskyddsanalys, säkerhetsskyddsavtal och säkerhetsprövning finnas innan avtal; annars ska sådana uppgifter uttryckligen undantas.",
    en: "If security-sensitive activity or security-classified information is involved, a security-protection assessment, agreement and vetting are in place before contract; otherwise such information is expressly excluded.",
  },
  why: {
    sv: "Säkerhetsskyddslagen (2018:585) kräver säkerhetsskyddsavtal och ibland samråd med tillsynsmyndigheten vid utkontraktering; KLASSA nivå 4 ligger utanför de vanliga kravkatalogerna.",
    en: "The Protective Security Act (2018:585) requires a security-protection agreement, and sometimes consultation with the supervisory authority, before outsourcing; KLASSA level 4 is outside the ordinary requirement catalogues.",
  },
  references: ["Säkerhetsskyddslagen (2018:585) 4 kap.", "Säkerhetsskyddsförordningen (2021:955)", "SKR KLASSA nivå 4"],
  aspects: ["K"],
  critical: true,
  messages: {
    met: {
      sv: "Avtalet hanterar säkerhetsskydd (säkerhetsskyddsavtal, säkerhetsprövning eller undantag av sådana uppgifter).",
      en: "The agreement handles security protection (agreement, vetting, or exclusion of such information).",
    },
    weak: {
      sv: "Säkerhetsskydd nämns bara genom en hänvisning till en bilaga eller mall som inte ingår.",
      en: "Security protection is only mentioned through a pointer to an annex or template that is not included.",
    },
    contrary: {
      sv: "Avtalet tillåter säkerhetsskyddsklassificerade uppgifter i tjänsten utan säkerhetsskyddsavtal.",
      en: "The agreement allows security-classified information in the service without a security-protection agreement.",
    },
    missing: {
      sv: "Avtalet säger inget om säkerhetsskydd.",
      en: "The agreement says nothing about security protection.",
    },
  },
  remediation: {
    sv: "Gör en säkerhetsskyddsanalys. Om säkerhetsskyddsklassificerade uppgifter berörs: teckna säkerhetsskyddsavtal och kräv säkerhetsprövning innan start; annars undanta sådana uppgifter uttryckligen från tjänsten.",
    en: "Carry out a security-protection assessment. If classified information is involved, sign a security-protection agreement and require vetting before start; otherwise expressly exclude such information from the service.",
  },
  placement: {
    sv: "Avsnittet om säkerhetskrav, med säkerhetsskyddsavtalet som bilaga.",
    en: "The security requirements section, with the security-protection agreement as an annex.",
  },
  signals: [
    {
      status: "met",
      means: "A säkerhetsskyddsavtal, vetting or the Protective Security Act is required, or classified information is excluded.",
      all: [SECURITY_PROTECTION, OPERATIVE],
      none: [POINTER, FOREIGN_CLEARANCE],
    },
    {
      status: "weak",
      means: "Security protection mentioned only as an annex or template that is not included.",
      all: [SECURITY_PROTECTION, POINTER],
      none: [FOREIGN_CLEARANCE],
    },
    {
      status: "contrary",
      means: "Security-classified information may be processed without a security-protection agreement.",
      all: [
        [
          "utan säkerhetsskyddsavtal", "utan ~3 säkerhetsskydd", "krävs inget säkerhetsskyddsavtal", "without a security protection agreement",
          "without ~3 security protection", "no security protection agreement",
        ],
        ["får", "kan", "may", "can", "permitted", "tillåt*"],
      ],
    },
  ],
  examples: [
    { lang: "sv", text: "Uppdraget avser drift. [[Parterna ska teckna ett säkerhetsskyddsavtal innan uppdraget påbörjas.]]", expect: "met" },
    { lang: "sv", text: "[[Säkerhetsskyddsklassificerade uppgifter får inte behandlas i tjänsten.]]", expect: "met" },
    { lang: "sv", text: "[[Bilaga 7 Säkerhetsskyddsavtal (bifogas vid behov).]]", expect: "weak" },
    { lang: "sv", text: "[[Kunden får behandla säkerhetsskyddsklassificerade uppgifter i tjänsten utan säkerhetsskyddsavtal.]]", expect: "contrary" },
    { lang: "sv", text: "Leverantören ska ha ett systematiskt säkerhetsarbete enligt ISO 27001.", expect: "missing" },
    { lang: "sv", text: "Leverantören ska ha ett gott säkerhetsskydd för sina serverhallar.", expect: "missing" },
    { lang: "en", text: "[[The parties shall enter into a security protection agreement under the Swedish Protective Security Act before any work starts.]]", expect: "met" },
    { lang: "en", text: "[[Security classified information must not be stored in the Service.]]", expect: "met" },
    { lang: "en", text: "[[A security protection agreement may be attached if applicable.]]", expect: "weak" },
    { lang: "en", text: "Supplier shall maintain ISO 27001 certification for the Service.", expect: "missing" },
    { lang: "en", text: "Personnel with a US security clearance under FedRAMP rules may support the service.", expect: "missing" },
    {
      lang: "sv",
      text: "[[Tjänsten är inte avsedd för uppgifter som rör Sveriges säkerhet.]]",
      expect: "todo-met",
      note: "An exclusion phrased through the protected interest (Sveriges säkerhet) rather than the säkerhetsskydd terms; the phrase also appears in unrelated OSL references.",
    },
  ],
};
