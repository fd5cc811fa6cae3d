const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
// Characters XML 1.0 cannot carry at all (not even as &#1;): controls but tab and line breaks,
// lone surrogates, U+FFFE/U+FFFF. A name from the data holding one would break a feed.
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|\p{Cs}/gu;

/**
 * Escapes text for markup built as strings (charts, feeds); Astro escapes its own output.
 * A character XML cannot carry is shown as its code ("\u0001") rather than dropped unseen.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[&<>"']/g, (c) => ENTITIES[c]!)
    .replace(NOT_XML, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
