import fs from 'node:fs';

/**
 * A font that covers the names people write in Korean, Chinese, Japanese, Russian and Mongolian.
 * PLENARY_PDF_FONT names one (TTF, OTF or TTC); otherwise Noto Sans CJK is used where the system
 * has it (Debian: fonts-noto-cjk). Without one, PDFs fall back to Helvetica, which has Latin only.
 */
export interface PdfFonts {
  regular: { src: string; family?: string } | null;
  bold: { src: string; family?: string } | null;
}

const candidates = [
  {
    regular: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
    bold: '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc',
    family: 'NotoSansCJKkr',
  },
  {
    regular: '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
    bold: '/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc',
    family: 'NotoSansCJKkr',
  },
];

let found: PdfFonts | undefined;

export function pdfFonts(): PdfFonts {
  if (found) return found;
  const custom = process.env.PLENARY_PDF_FONT;
  if (custom && fs.existsSync(custom)) {
    found = { regular: { src: custom }, bold: { src: process.env.PLENARY_PDF_FONT_BOLD ?? custom } };
    return found;
  }
  const system = candidates.find((c) => fs.existsSync(c.regular) && fs.existsSync(c.bold));
  found = system
    ? {
        regular: { src: system.regular, family: `${system.family}-Regular` },
        bold: { src: system.bold, family: `${system.family}-Bold` },
      }
    : { regular: null, bold: null };
  return found;
}
