/** A download's bytes as text, its BOM kept (TextDecoder drops it unless told not to). */
export const text = (bytes: Uint8Array): string =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
