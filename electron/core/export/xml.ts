// Text safety for the XML formats we write by hand (GraphML, SVG). Article text comes from the
// wild, so besides the five markup characters it can hold characters XML 1.0 forbids outright
// (C0 controls, lone surrogates, U+FFFE/U+FFFF); a single one makes the whole file unreadable to
// a conforming parser, so they are replaced with U+FFFD rather than passed through.

// XML 1.0 Char production, complemented; surrogates are only legal in valid pairs.
const INVALID_XML =
  // eslint-disable-next-line no-control-regex -- matching the control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Replaces characters XML 1.0 cannot carry; for writers that escape markup themselves. */
export function sanitizeXmlText(value: string): string {
  return value.replace(INVALID_XML, '\uFFFD');
}

/** Escapes `value` for use in XML text content or a quoted attribute value. */
export function escapeXml(value: string): string {
  return sanitizeXmlText(value).replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

/**
 * Like escapeXml, and also keeps tabs and newlines inside attribute values: attribute value
 * normalisation would otherwise turn them into spaces.
 */
export function escapeXmlAttribute(value: string): string {
  return escapeXml(value).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

/** True when `text` contains a right-to-left letter (Arabic, Hebrew, Syriac, Thaana, N'Ko…). */
export function hasRtl(text: string): boolean {
  return /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/.test(text);
}
