// Reads the whole body in one batch: every paragraph (table cells included) with its heading/list/table role.
import type { Paragraph, ParagraphKind } from "../../analysis/types";
import type { WordCapabilities } from "./actions";

// Built-in heading styles ("Heading1", "Title") and their display names in English and Swedish.
const HEADING_STYLE = /^(?:heading\s?(\d)|rubrik\s?(\d)|title|rubrik)$/iu;

function kindOf(p: Word.Paragraph, caps: WordCapabilities): { kind: ParagraphKind; level?: number } {
  const style = caps.tables ? String(p.styleBuiltIn ?? "") : "";
  const named = HEADING_STYLE.exec(style) ?? HEADING_STYLE.exec(String(p.style ?? ""));
  if (named) return { kind: "heading", level: Number(named[1] ?? named[2] ?? 1) };
  if (caps.tables && p.tableNestingLevel > 0) return { kind: "table-cell" };
  if (caps.tables && p.isListItem) return { kind: "list-item" };
  return { kind: "body" };
}

/**
 * One load, one sync, whatever the document's size. Empty paragraphs are kept so that paragraph indexes in the
 * report are Word's own indexes (the locate, comment and highlight actions rely on that).
 */
export async function readParagraphs(context: Word.RequestContext, caps: WordCapabilities): Promise<Paragraph[]> {
  const paragraphs = context.document.body.paragraphs;
  // styleBuiltIn, isListItem and tableNestingLevel need WordApi 1.3; older builds get text and style name only.
  paragraphs.load(caps.tables ? "items/text,items/style,items/styleBuiltIn,items/isListItem,items/tableNestingLevel" : "items/text,items/style");
  await context.sync();
  return paragraphs.items.map((p) => ({ text: p.text ?? "", ...kindOf(p, caps) }));
}
