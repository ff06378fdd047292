// D5: requests for public documents (allmänna handlingar) about the customer's data go to the customer, never answered by the supplier.
import { NEGATION_EN, NEGATION_SV } from "../common";
import type { Rule, Terms } from "../types";

// Requests under the principle of public access (TF 2 kap.) and their foreign equivalents.
const PUBLIC_ACCESS_REQUEST: Terms = [
  "allmän* handling*", "begäran om utlämnande", "begäran om att ta del", "begäran* om ~3 allmän* handling*", "utlämnande av ~3 allmän* handling*",
  "tryckfrihetsförordning*", "offentlighetsprincip*", "2 kap. TF", "2 kap. tryckfrihetsförordningen", "utlämnande av ~3 handling*",
  "public records request*", "public access request*", "request* for public ~2 documents", "request* for ~3 official documents", "access to official documents",
  "freedom of information request*", "freedom of information act", "FOIA request*", "public access to ~2 documents", "right of public access",
];

// What the supplier must do: forward, refer, notify; and not answer itself.
const FORWARD: Terms = [
  "vidarebefordra*", "hänvisa*", "överlämna*", "underrätta*", "meddela*", "informera*", "kontakta*", "skicka* ~3 vidare", "inte ~3 besvara*",
  "inte ~3 lämna ut",
  "bistå*", "ta fram", "tillhandahålla*", "forward*", "refer*", "redirect*", "notify", "inform", "informs", "pass* ~3 on", "assist*", "retriev*",
  "transfer* ~3 request", "not ~3 respond", "not ~3 answer",
];

// The procurement's own documents become public after award: about the tender, not the customer's data.
const PROCUREMENT: Terms = ["upphandling*", "anbud*", "anbudsgivar*", "inköpscentral*", "tender*", "bid*"];

// A generic third-party request clause (notify the customer of any third-party request for its data): partial coverage.
const THIRD_PARTY_REQUEST: Terms = [
  "third party request*", "request* from ~3 third part*", "request* by ~3 third part*", "request* ~6 received from ~3 third part*",
  "begäran från ~3 tredje man", "begäran från ~3 tredje part", "framställning* från ~3 tredje man", "begäran* ~6 från utomstående",
];
const NOTIFY_CUSTOMER: Terms = ["notify", "inform", "forward*", "redirect*", "refer*", "underrätta*", "meddela*", "vidarebefordra*", "hänvisa*"];
// Data-subject requests (GDPR rights), content take-down and the customer's own duty are different topics.
const NOT_RECORDS: Terms = ["data subject*", "registrerad*", "take down", "takedown", "DMCA", "customer is responsible for responding", "you are responsible"];

export const publicRecordsRequests: Rule = {
  id: "confidentiality/public-records-requests",
  area: "confidentiality",
  code: "D5",
  title: { sv: "Begäran om allmänna handlingar", en: "Requests for public documents" },
  requirement: {
    sv: "Leverantören ska aldrig själv besvara en begäran om att ta del av kundens handlingar utan genast vidarebefordra den till kunden, och kunden ska snabbt kunna ta fram uppgifterna för att pröva begäran.",
    en: "The supplier never answers a request for the customer's documents itself but forwards it to the customer at once, and the customer can retrieve the data quickly to handle the request.",
  },
  why: {
    sv: "Uppgifter i en tjänst som myndigheten förfogar över är förvarade hos myndigheten (2 kap. TF), och bara myndigheten får pröva sekretess och utlämnande; begäran ska handläggas skyndsamt.",
    en: "Data in a service the authority can access are held by the authority (Freedom of the Press Act ch. 2), and only the authority may assess secrecy and release; requests must be handled promptly.",
  },
  references: ["Tryckfrihetsförordningen 2 kap.", "OSL (2009:400) 6 kap.", "JO:s praxis om skyndsam handläggning"],
  aspects: ["K", "T"],
  critical: false,
  messages: {
    met: {
      sv: "Begäran om allmänna handlingar ska vidarebefordras till kunden.",
      en: "Requests for public documents are forwarded to the customer.",
    },
    weak: {
      sv: "Bara en allmän regel om att kunden underrättas om tredje mans begäran; allmänna handlingar nämns inte.",
      en: "Only a general rule that the customer is told of third-party requests; public documents are not addressed.",
    },
    contrary: {
      sv: "Leverantören får själv besvara begäran om kundens uppgifter.",
      en: "The supplier may itself answer requests for the customer's data.",
    },
    missing: {
      sv: "Avtalet säger inget om hur begäran om allmänna handlingar hanteras.",
      en: "The agreement does not say how requests for public documents are handled.",
    },
  },
  remediation: {
    sv: "Inför en skyldighet att vidarebefordra varje begäran om utlämnande till kunden senast nästa arbetsdag, att leverantören aldrig själv beslutar om utlämnande, och att kunden kan ta fram uppgifterna skyndsamt.",
    en: "Add a duty to forward every request for release to the customer by the next working day, that the supplier never decides on release itself, and that the customer can retrieve the data promptly.",
  },
  placement: {
    sv: "Sekretessavsnittet, i anslutning till reglerna om myndigheters och tredje mans begäran.",
    en: "The confidentiality section, next to the rules on authority and third-party requests.",
  },
  signals: [
    {
      status: "met",
      means: "A request for public documents (allmän handling / begäran om utlämnande) is forwarded to the customer.",
      all: [PUBLIC_ACCESS_REQUEST, FORWARD],
      none: [PROCUREMENT],
    },
    {
      status: "weak",
      means: "The customer is notified of third-party requests for its data (not specific to public documents).",
      all: [THIRD_PARTY_REQUEST, NOTIFY_CUSTOMER],
      none: [NOT_RECORDS],
    },
    {
      status: "contrary",
      means: "The supplier may respond to third-party requests for the customer's data itself.",
      all: [
        [
          "may respond to ~4 request*", "may answer ~4 request*", "may ~3 respond ~3 third part*", "entitled to respond", "får själv besvara",
          "får ~3 besvara ~3 begäran",
          "may ~3 disclose ~6 in response to ~4 third part*",
        ],
      ],
      none: [NOT_RECORDS, NEGATION_EN, NEGATION_SV, ["customer may", "you may", "kunden får"]],
    },
  ],
  examples: [
    {
      lang: "sv",
      text: "[[Om Leverantören mottar en begäran om att ta del av allmän handling som rör Kundens uppgifter ska Leverantören omedelbart vidarebefordra begäran till Kunden.]]",
      expect: "met",
    },
    { lang: "sv", text: "[[Leverantören får inte själv besvara en begäran om utlämnande utan ska överlämna den till Beställaren.]]", expect: "met" },
    { lang: "sv", text: "[[Leverantören ska underrätta Kunden om varje begäran från tredje man om att få del av Kundens data.]]", expect: "weak" },
    { lang: "sv", text: "[[Leverantören får själv besvara en begäran om utlämnande av Kundens uppgifter.]]", expect: "contrary" },
    { lang: "sv", text: "Efter att upphandlingen avslutats blir anbuden allmänna handlingar.", expect: "missing" },
    { lang: "sv", text: "Kunden ansvarar för att pröva utlämnande av allmänna handlingar enligt tryckfrihetsförordningen.", expect: "missing" },
    { lang: "en", text: "[[The Supplier shall promptly forward to the Authority any request for access to official documents relating to Authority Data.]]", expect: "met" },
    { lang: "en", text: "[[If Provider receives a public records request concerning Customer Data, it will refer the requester to Customer and will not respond itself.]]", expect: "met" },
    { lang: "en", text: "[[Upon receipt of any third party request for Customer Data, Provider will notify Customer without delay.]]", expect: "weak" },
    { lang: "en", text: "[[Provider may respond to third party requests for Customer Data at its discretion.]]", expect: "contrary" },
    { lang: "en", text: "Documents submitted in the tender become public records after award.", expect: "missing" },
    { lang: "en", text: "Processor shall notify Controller of any data subject request.", expect: "missing" },
    {
      lang: "sv",
      text: "[[Leverantören ska bistå Kunden vid handläggning av en begäran om allmänna handlingar genom att inom en arbetsdag ta fram efterfrågade uppgifter.]]",
      expect: "met",
    },
    {
      lang: "sv",
      text: "[[Frågor från allmänheten om att få ta del av Kundens information ska alltid hänvisas till Kunden.]]",
      expect: "todo-met",
      note: "The request is described in plain words, without allmän handling / utlämnande; matching 'frågor från allmänheten' alone would also catch customer-service clauses.",
    },
  ],
};
