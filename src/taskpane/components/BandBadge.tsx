// A risk band as a coloured badge with readable text (band colours are shared with Word and Excel).
import { Badge } from "@fluentui/react-components";
import { BAND_COLOUR, BAND_LABEL } from "../../analysis/labels";
import type { OverallBand } from "../../analysis/types";
import type { Lang } from "../../rules/types";

// Dark text on the light yellow band keeps WCAG contrast; white elsewhere.
const TEXT: Readonly<Record<OverallBand, string>> = { low: "#FFFFFF", medium: "#1A1A1A", high: "#1A1A1A", "very-high": "#FFFFFF", stop: "#FFFFFF" };

export function BandBadge({ band, lang, size = "medium" }: { band: OverallBand; lang: Lang; size?: "small" | "medium" | "large" }) {
  return (
    <Badge appearance="filled" size={size} style={{ backgroundColor: `#${BAND_COLOUR[band]}`, color: TEXT[band] }}>
      {BAND_LABEL[band][lang]}
    </Badge>
  );
}
