/**
 * Turns the bytes of an export into NFC text. Handles UTF-8 with or without BOM and UTF-16
 * (Excel's "Unicode text") with either byte order; rejects bytes that are not valid UTF-8
 * rather than showing mojibake.
 */
export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; detail: string };

function looksUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  // Without a BOM, ASCII-heavy UTF-16 has a zero byte in every other position.
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const half = n / 2;
  if (oddZeros > half * 0.4 && evenZeros < half * 0.1) return 'utf-16le';
  if (evenZeros > half * 0.4 && oddZeros < half * 0.1) return 'utf-16be';
  return null;
}

/** Spreadsheets saved under a .csv name: a ZIP (.xlsx, .ods) or an OLE2 compound file (.xls). */
function spreadsheetKind(bytes: Uint8Array): string | null {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    return 'ZIP (.xlsx, .ods)';
  const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  if (ole.every((b, i) => bytes[i] === b)) return 'Excel 97–2003 (.xls)';
  return null;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  const spreadsheet = spreadsheetKind(bytes);
  if (spreadsheet)
    return {
      ok: false,
      detail: `đây là tệp bảng tính ${spreadsheet}, không phải CSV: mở bằng Excel và lưu thành "CSV UTF-8" / a ${spreadsheet} spreadsheet, not CSV: open it in Excel and save as "CSV UTF-8"`,
    };
  let encoding = 'utf-8';
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    start = 3;
    encoding = 'utf-8-bom';
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    start = 2;
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    start = 2;
  } else {
    encoding = looksUtf16(bytes) ?? 'utf-8';
  }
  const label = encoding === 'utf-8-bom' ? 'utf-8' : encoding;
  try {
    const text = new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(
      bytes.subarray(start),
    );
    return { ok: true, text: text.normalize('NFC'), encoding };
  } catch {
    return {
      ok: false,
      detail: `không phải UTF-8/UTF-16 hợp lệ (có thể là Windows-1258/TCVN3) / not valid ${label} (perhaps Windows-1258 or TCVN3)`,
    };
  }
}
