import JSZip from 'jszip';

/** The body of a downloaded Word file (word/document.xml), to read its text and its formatting. */
export async function docxXml(response: Response): Promise<string> {
  const zip = await JSZip.loadAsync(await response.arrayBuffer());
  return zip.file('word/document.xml')!.async('string');
}

/** Word XML as the text it shows: paragraphs and line breaks on lines of their own, tabs as tabs. */
export function wordText(xml: string): string {
  return xml
    .replace(/<w:br\/>/g, '\n')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The text of a downloaded PDF, page by page, as a reader extracts it (pieces of a line joined by spaces). */
export async function pdfPages(response: Response): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(await response.arrayBuffer()), useSystemFonts: false })
    .promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return pages;
}

export interface DrawnText {
  /** The characters drawn, as the PDF's own character map names them. */
  text: string;
  /** Glyphs drawn as the font's "missing" box (glyph 0). */
  missing: number;
  /** The fonts embedded in the file. */
  fonts: Set<string>;
}

/** What a PDF draws, read glyph by glyph from its pages' drawing operations. */
export async function drawnText(bytes: ArrayBuffer): Promise<DrawnText> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  const drawn: DrawnText = { text: '', missing: 0, fonts: new Set() };
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const ops = await page.getOperatorList();
    for (const [i, fn] of ops.fnArray.entries()) {
      const args = ops.argsArray[i] as unknown[];
      if (fn === pdfjs.OPS.setFont) {
        const font = page.commonObjs.get(args[0] as string) as { name: string };
        drawn.fonts.add(font.name.replace(/^[A-Z]{6}\+/, ''));
      }
      if (fn === pdfjs.OPS.showText) {
        for (const glyph of args[0] as ({ unicode: string; originalCharCode: number } | number)[]) {
          if (typeof glyph === 'number') continue;
          if (glyph.originalCharCode === 0) drawn.missing++;
          drawn.text += glyph.unicode;
        }
      }
    }
  }
  return drawn;
}
