// Tests for the .docx reader: structure (headings, lists, tables), tracked changes, entities, and refusal of corrupt, encrypted and zip-bomb files.
import {
  AlignmentType,
  DeletedTextRun,
  Document,
  HeadingLevel,
  InsertedTextRun,
  LevelFormat,
  Packer,
  Paragraph as DocxParagraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from "docx";
import fc from "fast-check";
import JSZip from "jszip";
import type { Paragraph } from "../../src/analysis/types";
import { parseDocumentXml, parseStyles, StyleSheet } from "../../src/documents/docx-parse";
import type { ReadResult } from "../../src/documents/errors";
import { MAX_PARAGRAPH_CHARS, MAX_PARAGRAPHS } from "../../src/documents/limits";
import { ParagraphCollector } from "../../src/documents/paragraphs";
import { readDocx } from "../../src/documents/read-docx";
import { craftZip, deflatedFill, documentXml, makeDocx, p, pseudoRandomBytes, rootRels, storedEntry, stylesXml } from "./fixtures";

function paragraphsOf(result: ReadResult): Paragraph[] {
  if (!result.ok) throw new Error(`expected ok, got ${result.code} ${JSON.stringify(result.details ?? {})}`);
  return result.paragraphs;
}

const texts = (result: ReadResult): string[] => paragraphsOf(result).map((x) => x.text);

/** Reads document.xml text alone (no zip), for the parsing rules. */
function parseBody(body: string, styles = new StyleSheet()): Paragraph[] {
  const out = new ParagraphCollector();
  expect(parseDocumentXml(documentXml(body), styles, out)).toBe("ok");
  return out.paragraphs;
}

const cell = (text: string): TableCell => new TableCell({ children: [new DocxParagraph(text)] });

describe("readDocx: a document made with the docx package", () => {
  let result: ReadResult;
  beforeAll(async () => {
    const doc = new Document({
      numbering: {
        config: [{ reference: "clauses", levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.START }] }],
      },
      sections: [
        {
          children: [
            new DocxParagraph({ text: "Molntjänstavtal", heading: HeadingLevel.TITLE }),
            new DocxParagraph({ text: "1 Parter", heading: HeadingLevel.HEADING_1 }),
            new DocxParagraph({ text: "Kunden & leverantören <AB> åäö ÅÄÖ." }),
            new DocxParagraph({ text: "" }),
            new DocxParagraph({ text: "1.1 Bakgrund", heading: HeadingLevel.HEADING_2 }),
            new DocxParagraph({ text: "Första punkten", numbering: { reference: "clauses", level: 0 } }),
            new DocxParagraph({ text: "Andra punkten", numbering: { reference: "clauses", level: 0 } }),
            new DocxParagraph({ text: "En punkt i punktlista", bullet: { level: 0 } }),
            new Table({
              rows: [new TableRow({ children: [cell("Krav"), cell("Svar")] }), new TableRow({ children: [cell("Revision"), cell("Ja")] })],
            }),
            new DocxParagraph({
              children: [
                new TextRun("Data lagras i "),
                new DeletedTextRun({ text: "USA", id: 1, author: "Jurist", date: "2024-05-01T10:00:00Z" }),
                new InsertedTextRun({ text: "Sverige", id: 2, author: "Jurist", date: "2024-05-01T10:00:00Z" }),
                new TextRun("."),
              ],
            }),
          ],
        },
      ],
    });
    const buffer = await Packer.toBuffer(doc);
    result = await readDocx(new Uint8Array(buffer));
  });

  it("reads headings, body, list items, table cells and tracked changes in order", () => {
    expect(paragraphsOf(result)).toEqual([
      { text: "Molntjänstavtal", kind: "heading", level: 1 },
      { text: "1 Parter", kind: "heading", level: 1 },
      { text: "Kunden & leverantören <AB> åäö ÅÄÖ.", kind: "body" },
      { text: "1.1 Bakgrund", kind: "heading", level: 2 },
      { text: "Första punkten", kind: "list-item" },
      { text: "Andra punkten", kind: "list-item" },
      { text: "En punkt i punktlista", kind: "list-item" },
      { text: "Krav", kind: "table-cell" },
      { text: "Svar", kind: "table-cell" },
      { text: "Revision", kind: "table-cell" },
      { text: "Ja", kind: "table-cell" },
      { text: "Data lagras i Sverige.", kind: "body" },
    ]);
  });
});

describe("readDocx: WordprocessingML details", () => {
  it("decodes named and numeric entities and keeps literal å ä ö", async () => {
    const bytes = await makeDocx({ body: p("Avtal &amp; villkor &lt;2024&gt; &#229;&#xE4;&#246; åäö &quot;citat&quot; &apos;x&apos; &#x1F600; &nbsp;") });
    expect(texts(await readDocx(bytes))).toEqual([`Avtal & villkor <2024> åäö åäö "citat" 'x' 😀 &nbsp;`]);
  });

  it("turns tabs into tab characters and breaks into spaces, ignoring tab stops in paragraph properties", () => {
    const body =
      '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>7.2</w:t></w:r>' +
      '<w:r><w:tab/><w:t>Revision</w:t><w:br/><w:t>rad två</w:t><w:cr/><w:t>rad tre</w:t><w:br w:type="page"/></w:r></w:p>';
    expect(parseBody(body)).toEqual([{ text: "7.2\tRevision rad två rad tre", kind: "body" }]);
  });

  it("keeps internal whitespace, trims the ends, joins runs and skips empty paragraphs", () => {
    const body =
      p("  två  mellanslag  ") +
      "<w:p/>" +
      '<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr></w:p>' +
      p("   ") +
      '<w:p><w:r><w:t xml:space="preserve">Sam</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>man</w:t></w:r><w:r><w:t xml:space="preserve">satt </w:t></w:r></w:p>';
    expect(parseBody(body).map((x) => x.text)).toEqual(["två  mellanslag", "Sammansatt"]);
  });

  it("includes tracked insertions and moves-to, skips deletions and moves-from", () => {
    const body =
      '<w:p><w:r><w:t xml:space="preserve">Leverantören </w:t></w:r>' +
      '<w:del w:id="1" w:author="X"><w:r><w:delText>får inte</w:delText></w:r></w:del>' +
      '<w:del w:id="3" w:author="X"><w:r><w:t>HEMLIGT</w:t></w:r></w:del>' +
      '<w:ins w:id="2" w:author="X"><w:r><w:t>ska</w:t></w:r></w:ins>' +
      '<w:r><w:t xml:space="preserve"> lagra data i </w:t></w:r>' +
      '<w:moveFrom w:id="4" w:author="X"><w:r><w:t>Norge</w:t></w:r></w:moveFrom>' +
      '<w:moveTo w:id="5" w:author="X"><w:r><w:t>Sverige</w:t></w:r></w:moveTo>' +
      "<w:r><w:t>.</w:t></w:r></w:p>";
    expect(parseBody(body).map((x) => x.text)).toEqual(["Leverantören ska lagra data i Sverige."]);
  });

  it("joins a paragraph whose mark was deleted to the next one", () => {
    const body =
      '<w:p><w:pPr><w:rPr><w:del w:id="5" w:author="X" w:date="2024-01-01T00:00:00Z"/></w:rPr></w:pPr><w:r><w:t>Första delen</w:t></w:r></w:p>' +
      p("andra delen.") +
      p("Nästa stycke.");
    expect(parseBody(body).map((x) => x.text)).toEqual(["Första delen andra delen.", "Nästa stycke."]);
  });

  it("shows field results but not field codes, and reads hyperlinks, content controls and CDATA", () => {
    const body =
      '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://example.se" </w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>länktext</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>' +
      '<w:p><w:hyperlink r:id="rId5"><w:r><w:t>Bilaga 1</w:t></w:r></w:hyperlink></w:p>' +
      '<w:sdt><w:sdtPr><w:alias w:val="Kund"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Kommunen</w:t></w:r></w:p></w:sdtContent></w:sdt>' +
      "<!-- <w:p><w:r><w:t>kommentar</w:t></w:r></w:p> -->" +
      "<w:p><w:r><w:t><![CDATA[a < b & c]]></w:t></w:r></w:p>" +
      "<w:p><w:r><w:t>rad\nett</w:t></w:r></w:p>";
    expect(parseBody(body).map((x) => x.text)).toEqual(["länktext", "Bilaga 1", "Kommunen", "a < b & c", "rad ett"]);
  });

  it("reads a text box once (skipping the mc:Fallback copy)", () => {
    const body =
      '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>Textruta</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice>' +
      "<mc:Fallback><w:pict><v:textbox><w:txbxContent><w:p><w:r><w:t>Textruta</w:t></w:r></w:p></w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>" +
      "<w:r><w:t>Efter rutan</w:t></w:r></w:p>";
    expect(parseBody(body).map((x) => x.text)).toEqual(["Textruta", "Efter rutan"]);
  });

  it("recognises headings by style id (English and Swedish), Title and outline level, and lists by numbering", () => {
    const body =
      p("Avtal", '<w:pStyle w:val="Title"/>') +
      p("Inledning", '<w:pStyle w:val="Rubrik1"/>') +
      p("Underrubrik", '<w:pStyle w:val="Rubrik2"/>') +
      p("Definitions", '<w:pStyle w:val="Heading3"/>') +
      p("Kapitel", '<w:outlineLvl w:val="2"/>') +
      p("Brödtext trots stil", '<w:pStyle w:val="Heading1"/><w:outlineLvl w:val="9"/>') +
      p("Punkt", '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr>') +
      p("Inte lista", '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>') +
      p("Gammal stil ignoreras", '<w:pStyle w:val="Normal"/><w:pPrChange w:id="1"><w:pPr><w:pStyle w:val="Heading1"/></w:pPr></w:pPrChange>');
    expect(parseBody(body)).toEqual([
      { text: "Avtal", kind: "heading", level: 1 },
      { text: "Inledning", kind: "heading", level: 1 },
      { text: "Underrubrik", kind: "heading", level: 2 },
      { text: "Definitions", kind: "heading", level: 3 },
      { text: "Kapitel", kind: "heading", level: 3 },
      { text: "Brödtext trots stil", kind: "body" },
      { text: "Punkt", kind: "list-item" },
      { text: "Inte lista", kind: "body" },
      { text: "Gammal stil ignoreras", kind: "body" },
    ]);
  });

  it("resolves headings and lists through styles.xml (outline level, built-in names, basedOn, cycles)", () => {
    const styles = parseStyles(
      stylesXml(
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
          '<w:style w:type="paragraph" w:styleId="Rubrik1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>' +
          '<w:style w:type="paragraph" w:styleId="Rubrik2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/></w:style>' +
          '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Avtalsrubrik"><w:name w:val="Avtalsrubrik"/><w:basedOn w:val="Rubrik2"/></w:style>' +
          '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Klausul"><w:name w:val="Klausul"/><w:pPr><w:outlineLvl w:val="3"/></w:pPr></w:style>' +
          '<w:style w:type="paragraph" w:styleId="Punktlista"><w:name w:val="List Bullet"/><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>' +
          '<w:style w:type="paragraph" w:styleId="A"><w:name w:val="A"/><w:basedOn w:val="B"/></w:style>' +
          '<w:style w:type="paragraph" w:styleId="B"><w:name w:val="B"/><w:basedOn w:val="A"/></w:style>' +
          '<w:style w:type="character" w:styleId="Rubrik1Char"><w:name w:val="heading 1 Char"/></w:style>',
      ),
    );
    const body =
      p("Ett", '<w:pStyle w:val="Rubrik1"/>') +
      p("Två", '<w:pStyle w:val="Avtalsrubrik"/>') +
      p("Fyra", '<w:pStyle w:val="Klausul"/>') +
      p("Punkt", '<w:pStyle w:val="Punktlista"/>') +
      p("Ingen punkt", '<w:pStyle w:val="Punktlista"/><w:numPr><w:numId w:val="0"/></w:numPr>') +
      p("Cykel", '<w:pStyle w:val="A"/>') +
      p("Okänd stil", '<w:pStyle w:val="FinnsInte"/>');
    expect(parseBody(body, styles)).toEqual([
      { text: "Ett", kind: "heading", level: 1 },
      { text: "Två", kind: "heading", level: 2 },
      { text: "Fyra", kind: "heading", level: 4 },
      { text: "Punkt", kind: "list-item" },
      { text: "Ingen punkt", kind: "body" },
      { text: "Cykel", kind: "body" },
      { text: "Okänd stil", kind: "body" },
    ]);
  });

  it("reads styles.xml from the package", async () => {
    const bytes = await makeDocx({
      body: p("Omfattning", '<w:pStyle w:val="Egen"/>') + p("Text"),
      styles: stylesXml('<w:style w:type="paragraph" w:styleId="Egen"><w:name w:val="Egen rubrik"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>'),
    });
    expect(paragraphsOf(await readDocx(bytes))).toEqual([
      { text: "Omfattning", kind: "heading", level: 2 },
      { text: "Text", kind: "body" },
    ]);
  });

  it("makes every paragraph in a table cell its own table-cell paragraph, rows in order, nested tables included", () => {
    const tc = (inner: string): string => `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${inner}</w:tc>`;
    const body =
      p("Före tabellen") +
      "<w:tbl><w:tblPr/><w:tblGrid/>" +
      `<w:tr>${tc(p("A1"))}${tc(p("B1 första") + p("B1 andra"))}</w:tr>` +
      `<w:tr>${tc(p("A2") + `<w:tbl><w:tr>${tc(p("inre 1"))}${tc(p("inre 2"))}</w:tr></w:tbl>` + p(""))}${tc(p("Cellrubrik", '<w:pStyle w:val="Heading1"/>'))}</w:tr>` +
      `<w:tr><w:trPr><w:del w:id="9" w:author="X" w:date="2024-01-01T00:00:00Z"/></w:trPr>${tc(p("Borttagen rad"))}</w:tr>` +
      "</w:tbl>" +
      p("Efter tabellen");
    expect(parseBody(body)).toEqual([
      { text: "Före tabellen", kind: "body" },
      { text: "A1", kind: "table-cell" },
      { text: "B1 första", kind: "table-cell" },
      { text: "B1 andra", kind: "table-cell" },
      { text: "A2", kind: "table-cell" },
      { text: "inre 1", kind: "table-cell" },
      { text: "inre 2", kind: "table-cell" },
      { text: "Cellrubrik", kind: "table-cell" },
      { text: "Efter tabellen", kind: "body" },
    ]);
  });

  it("accepts a namespace prefix other than w:", () => {
    const xml =
      '<?xml version="1.0"?><ns0:document xmlns:ns0="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><ns0:body>' +
      '<ns0:p><ns0:pPr><ns0:pStyle ns0:val="Heading2"/></ns0:pPr><ns0:r><ns0:t>Rubrik</ns0:t></ns0:r></ns0:p>' +
      "<ns0:p><ns0:r><ns0:t>Text</ns0:t></ns0:r></ns0:p></ns0:body></ns0:document>";
    const out = new ParagraphCollector();
    expect(parseDocumentXml(xml, new StyleSheet(), out)).toBe("ok");
    expect(out.paragraphs).toEqual([
      { text: "Rubrik", kind: "heading", level: 2 },
      { text: "Text", kind: "body" },
    ]);
  });

  it("finds the main part through _rels/.rels when it is not word/document.xml", async () => {
    const bytes = await makeDocx({
      files: { "word/document.xml": undefined, "word/document2.xml": documentXml(p("Från document2")), "_rels/.rels": rootRels("/word/document2.xml") },
    });
    expect(texts(await readDocx(bytes))).toEqual(["Från document2"]);
  });

  it("splits a paragraph longer than the limit into consecutive paragraphs without losing text", async () => {
    const words: string[] = [];
    for (let i = 0, length = 0; length < 2.5 * MAX_PARAGRAPH_CHARS; i++) {
      words.push(`ord${i}`);
      length += `ord${i}`.length + 1;
    }
    const long = words.join(" ");
    const result = paragraphsOf(await readDocx(await makeDocx({ body: p(long) })));
    expect(result.length).toBe(3);
    for (const para of result) expect(para.text.length).toBeLessThanOrEqual(MAX_PARAGRAPH_CHARS);
    expect(result.map((x) => x.text).join(" ")).toBe(long);
  });

  it("reads a large document (20,000 paragraphs)", async () => {
    const parts: string[] = [];
    for (let i = 1; i <= 20_000; i++) {
      parts.push(i % 100 === 1 ? p(`${i} Avsnitt ${i}`, '<w:pStyle w:val="Heading1"/>') : p(`${i}. Leverantören ska behandla personuppgifter nr ${i} enligt bilaga ${i % 7}.`));
    }
    const result = paragraphsOf(await readDocx(await makeDocx({ body: parts.join("") })));
    expect(result.length).toBe(20_000);
    expect(result[0]).toEqual({ text: "1 Avsnitt 1", kind: "heading", level: 1 });
    expect(result[19_999]?.text).toBe("20000. Leverantören ska behandla personuppgifter nr 20000 enligt bilaga 1.");
  });
});

describe("readDocx: refusals", () => {
  it("returns empty-document for a docx without text", async () => {
    const bytes = await makeDocx({ body: "<w:p/>" + p("  ") + '<w:p><w:r><w:del w:id="1" w:author="X"><w:r><w:delText>bort</w:delText></w:r></w:del></w:r></w:p>' });
    expect(await readDocx(bytes)).toEqual({ ok: false, code: "empty-document" });
  });

  it("returns corrupt-docx for random bytes and for a truncated zip", async () => {
    expect(await readDocx(pseudoRandomBytes(4096))).toMatchObject({ ok: false, code: "corrupt-docx" });
    const good = await makeDocx({ body: p("Text") });
    expect(await readDocx(good.subarray(0, Math.floor(good.length / 2)))).toMatchObject({ ok: false, code: "corrupt-docx" });
    // Zip magic followed by junk.
    const junk = pseudoRandomBytes(2048, 7);
    junk.set([0x50, 0x4b, 0x03, 0x04], 0);
    expect(await readDocx(junk)).toMatchObject({ ok: false, code: "corrupt-docx" });
    expect(await readDocx(new Uint8Array(0))).toMatchObject({ ok: false, code: "corrupt-docx" });
  });

  it("returns corrupt-docx when word/document.xml is missing or its XML is cut off", async () => {
    const noDocument = await makeDocx({ files: { "word/document.xml": undefined } });
    expect(await readDocx(noDocument)).toEqual({ ok: false, code: "corrupt-docx", details: { reason: "missing-part", part: "word/document.xml" } });
    const xml = documentXml(p("Text"));
    const cut = xml.slice(0, xml.lastIndexOf("<") + 4);
    expect(await readDocx(await makeDocx({ document: cut }))).toMatchObject({ ok: false, code: "corrupt-docx", details: { reason: "bad-xml" } });
  });

  it("returns corrupt-docx when an entry's data is damaged", async () => {
    const text = documentXml(p("Text ".repeat(200)));
    const bytes = craftZip([storedEntry("[Content_Types].xml", "<Types/>"), { name: "word/document.xml", stored: pseudoRandomBytes(300, 3), method: 8, declaredSize: text.length }]);
    expect(await readDocx(bytes)).toMatchObject({ ok: false, code: "corrupt-docx" });
  });

  it("returns encrypted-docx for a password-protected docx (CFB container) and legacy-doc for a renamed .doc", async () => {
    const cfb = (marker?: string): Uint8Array => {
      const bytes = new Uint8Array(2048);
      bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
      if (marker) bytes.set(Buffer.from(marker, "utf16le"), 1024);
      return bytes;
    };
    expect(await readDocx(cfb("EncryptedPackage"))).toEqual({ ok: false, code: "encrypted-docx" });
    expect(await readDocx(cfb())).toEqual({ ok: false, code: "encrypted-docx" });
    expect(await readDocx(cfb("WordDocument"))).toEqual({ ok: false, code: "legacy-doc" });
  });

  it("refuses a zip bomb from its declared size before inflating (200 MB of spaces)", async () => {
    const size = 200 * 1024 * 1024;
    const bytes = craftZip([
      storedEntry("[Content_Types].xml", "<Types/>"),
      { name: "word/document.xml", stored: deflatedFill(size), method: 8, declaredSize: size },
    ]);
    expect(bytes.length).toBeLessThan(1024 * 1024);
    const result = await readDocx(bytes);
    expect(result).toMatchObject({ ok: false, code: "zip-bomb", details: { entry: "word/document.xml", reason: "declared-size", size } });
  });

  it("refuses an entry whose compression ratio is extreme even when its size is allowed", async () => {
    const size = 5 * 1024 * 1024;
    const bytes = craftZip([{ name: "word/document.xml", stored: deflatedFill(size), method: 8, declaredSize: size }]);
    const result = await readDocx(bytes);
    expect(result).toMatchObject({ ok: false, code: "zip-bomb", details: { reason: "ratio" } });
  });

  it("stops inflating when an entry yields more than it declared (lying headers)", async () => {
    const bytes = craftZip([{ name: "word/document.xml", stored: deflatedFill(200 * 1024 * 1024), method: 8, declaredSize: 1000 }]);
    const result = await readDocx(bytes);
    expect(result).toMatchObject({ ok: false, code: "zip-bomb", details: { reason: "size-mismatch" } });
  });

  it("refuses a bomb hidden in the relationships part too", async () => {
    const size = 200 * 1024 * 1024;
    const bytes = craftZip([
      { name: "_rels/.rels", stored: deflatedFill(size), method: 8, declaredSize: size },
      storedEntry("word/document.xml", documentXml(p("Text"))),
    ]);
    expect(await readDocx(bytes)).toMatchObject({ ok: false, code: "zip-bomb", details: { entry: "_rels/.rels" } });
  });

  it("reads a document a zip tool stored without compression", async () => {
    const bytes = craftZip([storedEntry("word/document.xml", documentXml(p("Okomprimerad")))]);
    expect(texts(await readDocx(bytes))).toEqual(["Okomprimerad"]);
  });

  it("stops at the paragraph limit", async () => {
    const out = new ParagraphCollector(5);
    expect(parseDocumentXml(documentXml(Array.from({ length: 10 }, (_, i) => p(`Stycke ${i}`)).join("")), new StyleSheet(), out)).toBe("too-many-paragraphs");
    expect(out.paragraphs.length).toBe(5);
  });

  it("returns too-many-paragraphs for a docx over the limit", async () => {
    const body: string[] = [];
    for (let i = 0; i <= MAX_PARAGRAPHS; i++) body.push(`<w:p><w:r><w:t>${i}</w:t></w:r></w:p>`);
    const zip = new JSZip();
    zip.file("word/document.xml", documentXml(body.join("")));
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "STORE" });
    expect(await readDocx(bytes)).toEqual({ ok: false, code: "too-many-paragraphs", details: { limit: MAX_PARAGRAPHS } });
  });
});

describe("robustness", () => {
  const tokens = [
    "<w:p>", "</w:p>", "<w:p/>", "<w:r>", "</w:r>", "<w:t>", "</w:t>", "<w:tc>", "</w:tc>", "<w:tbl>", "</w:tbl>", "<w:tr>", "</w:tr>",
    "<w:del>", "</w:del>", "<w:ins>", "</w:ins>", "<w:pPr>", "</w:pPr>", '<w:pStyle w:val="Heading1"/>', '<w:numId w:val="2"/>',
    "<w:tab/>", "<w:br/>", "<mc:Fallback>", "</mc:Fallback>", "&amp;", "&#229;", "&#", "&", "<", ">", "<!--", "-->", "<![CDATA[", "]]>",
    "<?x", "?>", '"', "'", "text", " ", "å", "\n",
  ];

  it("never throws on arbitrary or XML-like document text, and returns trimmed non-empty paragraphs", () => {
    const xmlLike = fc.array(fc.constantFrom(...tokens), { maxLength: 60 }).map((a) => documentXml(a.join("")));
    fc.assert(
      fc.property(fc.oneof(fc.string(), xmlLike), (xml) => {
        const out = new ParagraphCollector(50, 40);
        const outcome = parseDocumentXml(xml, new StyleSheet(), out);
        expect(["ok", "malformed", "too-many-paragraphs"]).toContain(outcome);
        for (const para of out.paragraphs) {
          expect(para.text.length).toBeGreaterThan(0);
          expect(para.text).toBe(para.text.trim());
          expect(para.text.length).toBeLessThanOrEqual(40);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("readDocx never throws on random bytes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 512 }), fc.boolean(), async (bytes, zipMagic) => {
        if (zipMagic && bytes.length >= 4) bytes.set([0x50, 0x4b, 0x03, 0x04], 0);
        const result = await readDocx(bytes);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});
