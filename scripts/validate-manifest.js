#!/usr/bin/env node
// Offline check of the add-in-only (XML) manifest: structure, ids, URLs, resources, string limits and the icon files.
//
// Usage: node scripts/validate-manifest.js [manifest.xml]      (npm run validate)
// Microsoft's own validator (`npm run validate:online`) posts the file to an online service; this one needs no
// network. It is not the XSD: it checks what the schema and Microsoft's documented limits say and what has bitten
// add-ins before (a resid that resolves nowhere, an http URL, a 20-px image where 16 px is declared).
// Prints each problem, then "manifest.xml: N checks passed, N failed"; exits 1 on any failure.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { DOMParser } = require("@xmldom/xmldom");

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

/** OfficeApp's children in schema order (TaskPaneApp); `required` ones must be there. */
const OFFICE_APP_CHILDREN = [
  { name: "Id", required: true },
  { name: "AlternateId" },
  { name: "Version", required: true },
  { name: "ProviderName", required: true },
  { name: "DefaultLocale", required: true },
  { name: "DisplayName", required: true },
  { name: "Description", required: true },
  { name: "IconUrl", required: true },
  { name: "HighResolutionIconUrl", required: true },
  { name: "SupportUrl", required: true },
  { name: "AppDomains" },
  { name: "Hosts", required: true },
  { name: "Requirements", required: true },
  { name: "DefaultSettings", required: true },
  { name: "Permissions", required: true },
  { name: "Dictionary" },
  { name: "VersionOverrides", required: true },
  { name: "ExtendedOverrides" },
];

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^(0|[1-9][0-9]{0,4})(\.(0|[1-9][0-9]{0,4})){0,3}$/;
const LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const HOST_NAMES = new Set(["Document", "Workbook", "Presentation", "Notebook", "Project", "Mailbox", "Database"]);
const PERMISSIONS = new Set(["Restricted", "ReadDocument", "ReadAllDocument", "WriteDocument", "ReadWriteDocument"]);
/** Microsoft's documented limits (add-in-only manifest reference); not read from an XSD. */
const LIMITS = { resourceId: 32, shortString: 125, longString: 250, displayName: 125, description: 250, providerName: 250 };
/** Which resource kind a `resid` may point to, by the element that carries it. */
const RESID_KIND = { Image: "Image", SourceLocation: "Url", FunctionFile: "Url", LearnMoreUrl: "Url", Label: "ShortString", Title: "ShortString", Description: "LongString" };
/** Pixel sizes the base manifest's icons must have. */
const BASE_ICON_SIZE = { IconUrl: 32, HighResolutionIconUrl: 64 };

const elementChildren = (node) => Array.from(node?.childNodes ?? []).filter((n) => n.nodeType === 1);
const child = (node, name) => elementChildren(node).find((n) => n.localName === name);
const descendants = (node, name) => Array.from(node.getElementsByTagNameNS("*", name));
const text = (node) => (node?.textContent ?? "").trim();

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
function pngSize(bytes) {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b) || bytes.toString("ascii", 12, 16) !== "IHDR") return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * Validates manifest XML. `baseDir` is where assets/ lives (icon URLs map to files by their path: …/assets/icon-16.png).
 * Returns { passed, failed, problems } where problems are one-line strings.
 */
function validateManifest(xml, { baseDir = process.cwd() } = {}) {
  let passed = 0;
  const problems = [];
  const check = (ok, problem) => {
    if (ok) passed++;
    else problems.push(problem);
    return ok;
  };

  let doc;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") throw new Error(message);
      },
    }).parseFromString(xml, "text/xml");
  } catch (error) {
    check(false, `not well-formed XML: ${String(error.message).split("\n")[0]}`);
    return { passed, failed: problems.length, problems };
  }
  check(true);
  const root = doc.documentElement;
  if (!check(root?.localName === "OfficeApp" && root.namespaceURI === NS.app, `root element must be OfficeApp in ${NS.app}`)) {
    return { passed, failed: problems.length, problems };
  }
  check(root.getAttributeNS(NS.xsi, "type") === "TaskPaneApp", `OfficeApp xsi:type must be TaskPaneApp, not "${root.getAttributeNS(NS.xsi, "type")}"`);

  // Children: only known ones, in schema order, the required ones present.
  const children = elementChildren(root);
  const order = OFFICE_APP_CHILDREN.map((c) => c.name);
  let last = -1;
  let inOrder = true;
  for (const c of children) {
    const i = order.indexOf(c.localName);
    if (!check(i >= 0, `unknown OfficeApp child <${c.localName}>`)) continue;
    if (i <= last) {
      inOrder = false;
      problems.push(`<${c.localName}> is out of schema order (expected ${order.join(", ")})`);
    }
    last = Math.max(last, i);
  }
  if (inOrder) passed++;
  for (const { name, required } of OFFICE_APP_CHILDREN) {
    if (required) check(children.some((c) => c.localName === name), `missing required <${name}>`);
  }

  check(GUID.test(text(child(root, "Id"))), `<Id> must be a GUID, not "${text(child(root, "Id"))}"`);
  check(VERSION.test(text(child(root, "Version"))), `<Version> must be n[.n[.n[.n]]] (each part up to 5 digits), not "${text(child(root, "Version"))}"`);
  const provider = text(child(root, "ProviderName"));
  check(provider.length > 0 && provider.length <= LIMITS.providerName, `<ProviderName> must have 1–${LIMITS.providerName} characters`);
  check(LOCALE.test(text(child(root, "DefaultLocale"))), `<DefaultLocale> must be a culture name like en-US, not "${text(child(root, "DefaultLocale"))}"`);

  // DisplayName and Description: length limits, and a Swedish override.
  for (const [name, limit] of [["DisplayName", LIMITS.displayName], ["Description", LIMITS.description]]) {
    const el = child(root, name);
    if (!el) continue;
    const values = [el.getAttribute("DefaultValue") ?? "", ...elementChildren(el).map((o) => o.getAttribute("Value") ?? "")];
    check(values[0].length > 0, `<${name}> needs a DefaultValue`);
    for (const v of values) check(v.length <= limit, `<${name}> value longer than ${limit} characters: "${v.slice(0, 40)}…"`);
    check(elementChildren(el).some((o) => o.localName === "Override" && o.getAttribute("Locale") === "sv-SE" && o.getAttribute("Value")), `<${name}> has no <Override Locale="sv-SE">`);
  }

  // Hosts and permissions.
  const hosts = elementChildren(child(root, "Hosts")).filter((h) => h.localName === "Host");
  check(hosts.length > 0, "<Hosts> must list at least one <Host>");
  for (const h of hosts) check(HOST_NAMES.has(h.getAttribute("Name")), `unknown <Host Name="${h.getAttribute("Name")}">`);
  const hostNames = new Set(hosts.map((h) => h.getAttribute("Name")));
  check(PERMISSIONS.has(text(child(root, "Permissions"))), `<Permissions> must be one of ${[...PERMISSIONS].join(", ")}`);
  const sets = descendants(child(root, "Requirements") ?? root, "Set").filter((s) => s.parentNode?.parentNode === child(root, "Requirements"));
  for (const s of sets) check(Boolean(s.getAttribute("Name")), "a requirement <Set> has no Name");
  check(Boolean(child(child(root, "DefaultSettings"), "SourceLocation")?.getAttribute("DefaultValue")), "<DefaultSettings> needs a <SourceLocation DefaultValue=…>");

  // Every URL in the manifest is https.
  const urls = [];
  const walk = (node) => {
    for (const el of elementChildren(node)) {
      for (const attr of ["DefaultValue", "Value"]) {
        const v = el.getAttribute(attr);
        if (v && /^[a-z][a-z0-9+.-]*:\/\//i.test(v)) urls.push({ where: `<${el.nodeName}${el.getAttribute("id") ? ` id="${el.getAttribute("id")}"` : ""}>`, url: v, el });
      }
      if (el.localName === "AppDomain" && text(el)) urls.push({ where: "<AppDomain>", url: text(el), el });
      walk(el);
    }
  };
  walk(root);
  for (const { where, url } of urls) check(/^https:\/\/[^\s/]+/i.test(url), `${where} must use https: ${url}`);

  // VersionOverrides: the hosts it names exist in <Hosts>, each has a FunctionFile; ids are unique.
  const overrides = child(root, "VersionOverrides");
  const resources = overrides ? child(overrides, "Resources") : null;
  if (overrides) {
    check(overrides.namespaceURI === NS.ov, `<VersionOverrides> must be in ${NS.ov}`);
    check(overrides.getAttributeNS(NS.xsi, "type") === "VersionOverridesV1_0", "<VersionOverrides> xsi:type must be VersionOverridesV1_0");
    const ovHostMap = { Document: "Document", Workbook: "Workbook", Presentation: "Presentation", Notebook: "Notebook" };
    for (const h of elementChildren(child(overrides, "Hosts"))) {
      const type = h.getAttributeNS(NS.xsi, "type");
      check(hostNames.has(ovHostMap[type]), `<VersionOverrides> host "${type}" is not in the base <Hosts>`);
      const form = child(h, "DesktopFormFactor");
      check(Boolean(form && child(form, "FunctionFile")), `<VersionOverrides> host "${type}" needs <DesktopFormFactor> with a <FunctionFile>`);
      const ids = [...descendants(h, "Group"), ...descendants(h, "Control")].map((e) => e.getAttribute("id"));
      check(new Set(ids).size === ids.length, `duplicate Group/Control ids in host "${type}"`);
      for (const id of ids) check(Boolean(id) && id.length <= 125, `Group/Control id must have 1–125 characters: "${id}"`);
    }
    check(Boolean(resources), "<VersionOverrides> needs <Resources>");
  }

  // Resources: ids ≤ 32 characters and unique; string limits; a Swedish override on every string.
  const resourceKinds = new Map();
  const add = (kind, el) => {
    const id = el.getAttribute("id") ?? "";
    check(id.length > 0 && id.length <= LIMITS.resourceId, `resource id must have 1–${LIMITS.resourceId} characters: "${id}"`);
    check(!resourceKinds.has(id), `duplicate resource id "${id}"`);
    resourceKinds.set(id, { kind, el });
  };
  if (resources) {
    for (const el of elementChildren(child(resources, "Images"))) add("Image", el);
    for (const el of elementChildren(child(resources, "Urls"))) add("Url", el);
    for (const [group, kind, limit] of [["ShortStrings", "ShortString", LIMITS.shortString], ["LongStrings", "LongString", LIMITS.longString]]) {
      for (const el of elementChildren(child(resources, group))) {
        add(kind, el);
        const values = [el.getAttribute("DefaultValue") ?? "", ...elementChildren(el).map((o) => o.getAttribute("Value") ?? "")];
        for (const v of values) check(v.length > 0 && v.length <= limit, `${kind} "${el.getAttribute("id")}" must have 1–${limit} characters: "${v.slice(0, 40)}…"`);
        check(elementChildren(el).some((o) => o.localName === "Override" && o.getAttribute("Locale") === "sv-SE"), `${kind} "${el.getAttribute("id")}" has no sv-SE override`);
      }
    }
  }

  // Every resid resolves, to the right kind of resource.
  for (const el of descendants(root, "*").filter((e) => e.hasAttribute("resid"))) {
    const resid = el.getAttribute("resid");
    const target = resourceKinds.get(resid);
    if (!check(Boolean(target), `resid "${resid}" on <${el.nodeName}> resolves to no bt:Image, bt:Url or bt:String`)) continue;
    const expected = RESID_KIND[el.localName];
    if (expected) check(target.kind === expected, `resid "${resid}" on <${el.nodeName}> must point to a ${expected}, not a ${target.kind}`);
  }

  // Icons: every referenced image is a PNG in assets/ with the declared pixel size.
  const iconChecks = [];
  for (const [name, size] of Object.entries(BASE_ICON_SIZE)) {
    const url = child(root, name)?.getAttribute("DefaultValue");
    if (url) iconChecks.push({ where: `<${name}>`, url, size });
  }
  for (const img of descendants(root, "Image").filter((e) => e.hasAttribute("resid") && e.hasAttribute("size"))) {
    const target = resourceKinds.get(img.getAttribute("resid"));
    if (target?.kind === "Image") iconChecks.push({ where: `bt:Image "${img.getAttribute("resid")}"`, url: target.el.getAttribute("DefaultValue"), size: Number(img.getAttribute("size")) });
  }
  const seen = new Set();
  for (const { where, url, size } of iconChecks) {
    const key = `${url}@${size}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(url).pathname);
    } catch {
      check(false, `${where}: not a URL: ${url}`);
      continue;
    }
    const at = pathname.lastIndexOf("/assets/");
    if (!check(at >= 0, `${where}: icon URL is not under /assets/: ${url}`)) continue;
    const file = path.join(baseDir, pathname.slice(at + 1));
    if (!check(fs.existsSync(file), `${where}: icon file missing: ${path.relative(process.cwd(), file) || file}`)) continue;
    const dims = pngSize(fs.readFileSync(file));
    if (!check(Boolean(dims), `${where}: ${pathname.slice(at + 1)} is not a PNG`)) continue;
    check(dims.width === size && dims.height === size, `${where}: ${pathname.slice(at + 1)} is ${dims.width}×${dims.height} px, expected ${size}×${size}`);
  }

  return { passed, failed: problems.length, problems };
}

if (require.main === module) {
  const file = process.argv[2] ?? "manifest.xml";
  let xml;
  try {
    xml = fs.readFileSync(file, "utf8");
  } catch (error) {
    console.error(`${file}: cannot read: ${error.message}`);
    process.exit(1);
  }
  const result = validateManifest(xml, { baseDir: path.dirname(path.resolve(file)) });
  for (const p of result.problems) console.error(`✕ ${p}`);
  console.log(`${path.basename(file)}: ${result.passed} checks passed, ${result.failed} failed`);
  process.exit(result.failed === 0 ? 0 : 1);
}

module.exports = { validateManifest, pngSize };
