import fs from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { pdfFontSettings } from './pdf-font-settings';

/**
 * Fonts for the names people write in Korean, Chinese, Japanese, Russian and Mongolian. No single
 * font covers them all (Noto Sans KR lacks the Mongolian Ө and Ү and some Japanese kanji), so each
 * run of text is set in the font of its script, and a character that font lacks falls through to
 * the next one that has it. The Noto fonts ship with the npm packages @embedpdf/fonts-*, so a
 * machine with only Node draws every name; a system's own Noto fonts are preferred where present,
 * and the configuration may name one more to try first (PLENARY_PDF_FONT) or turn the system's off
 * (PLENARY_PDF_SYSTEM_FONTS=false).
 */
export type FontWeight = 'regular' | 'bold';

type Script = 'latin' | 'korean' | 'japanese' | 'chinese';

interface FaceSource {
  file: string;
  /** The face within a collection (TTC). */
  postscriptName?: string;
}

/** A font, opened once for the life of the process, as a PDF document registers it under `name`. */
export interface PdfFace extends FaceSource {
  name: string;
  font: fontkit.Font;
}

const SYSTEM_CJK = ['/usr/share/fonts/opentype/noto', '/usr/share/fonts/noto-cjk'];
const SYSTEM_LATIN = ['/usr/share/fonts/truetype/noto'];

/** Where a packaged font lives: beside the package's entry point, in its fonts/ folder. */
function packaged(pkg: string, file: string): string {
  return path.join(path.dirname(require.resolve(pkg)), '..', 'fonts', file);
}

function systemCjk(weight: FontWeight, region: string): FaceSource[] {
  const style = weight === 'bold' ? 'Bold' : 'Regular';
  return SYSTEM_CJK.map((dir) => ({
    file: path.join(dir, `NotoSansCJK-${style}.ttc`),
    postscriptName: `NotoSansCJK${region}-${style}`,
  }));
}

function sources(script: Script, weight: FontWeight, system: boolean): FaceSource[] {
  const style = weight === 'bold' ? 'Bold' : 'Regular';
  switch (script) {
    case 'latin':
      return [
        ...(system ? SYSTEM_LATIN.map((dir) => ({ file: path.join(dir, `NotoSans-${style}.ttf`) })) : []),
        { file: packaged('@embedpdf/fonts-latin', `NotoSans-${style}.ttf`) },
      ];
    case 'korean':
      return [
        ...(system ? systemCjk(weight, 'kr') : []),
        { file: packaged('@embedpdf/fonts-kr', `NotoSansKR-${style}.otf`) },
      ];
    case 'japanese':
      return [
        ...(system ? systemCjk(weight, 'jp') : []),
        { file: packaged('@embedpdf/fonts-jp', `NotoSansJP-${style}.otf`) },
      ];
    case 'chinese':
      return [
        ...(system ? systemCjk(weight, 'sc') : []),
        { file: packaged('@embedpdf/fonts-sc', `NotoSansHans-${style}.otf`) },
      ];
  }
}

const scripts: readonly Script[] = ['latin', 'korean', 'japanese', 'chinese'];

const files = new Map<string, Buffer | null>();
const faces = new Map<string, PdfFace | null>();

/** Reads a font the first time a run needs it; null when the file is not there or has no such face. */
function load(source: FaceSource, weight: FontWeight): PdfFace | null {
  const key = `${weight}:${source.file}#${source.postscriptName ?? ''}`;
  if (!faces.has(key)) {
    if (!files.has(source.file))
      files.set(source.file, fs.existsSync(source.file) ? fs.readFileSync(source.file) : null);
    const data = files.get(source.file);
    const font = data ? fontkit.create(data, source.postscriptName) : null;
    // A collection opened without a face name has no glyphs of its own to offer.
    const usable = font && 'hasGlyphForCodePoint' in font ? font : null;
    faces.set(key, usable ? { ...source, name: `face-${faces.size}`, font: usable } : null);
  }
  return faces.get(key) ?? null;
}

const chains = new Map<string, FaceSource[]>();

/** The faces to try for a script, best first, then every other script's as a fallback. */
function* chain(script: Script, weight: FontWeight): Generator<PdfFace> {
  const settings = pdfFontSettings();
  const key = `${script}/${weight}/${settings.system}/${settings.custom ?? ''}`;
  let list = chains.get(key);
  if (!list) {
    const order = [script, ...scripts.filter((s) => s !== script)];
    const custom = settings.custom ? [{ file: settings.custom }] : [];
    list = [...custom, ...order.flatMap((s) => sources(s, weight, settings.system))];
    chains.set(key, list);
  }
  for (const source of list) {
    const face = load(source, weight);
    if (face) yield face;
  }
}

function first(script: Script, weight: FontWeight, code?: number): PdfFace | undefined {
  for (const face of chain(script, weight)) {
    if (code === undefined || face.font.hasGlyphForCodePoint(code)) return face;
  }
  return undefined;
}

const HANGUL = /[\p{Script=Hangul}]/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HAN = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** Han characters are drawn as the text around them is written: Japanese beside kana, Korean beside Hangul. */
function hanScript(text: string): Script {
  if (KANA.test(text)) return 'japanese';
  if (HANGUL.test(text)) return 'korean';
  return 'chinese';
}

function scriptOf(char: string, han: Script): Script | null {
  if (HANGUL.test(char)) return 'korean';
  if (KANA.test(char)) return 'japanese';
  if (HAN.test(char)) return han;
  // Spaces take the font of the run they are in; Latin punctuation and digits keep their Latin widths.
  if (/\s/u.test(char)) return null;
  return 'latin';
}

export interface FontRun {
  text: string;
  face: PdfFace;
}

/**
 * The text cut into runs, each set in one face: the face of its script when it has every glyph,
 * otherwise the first face that does. A character no face has is drawn as its run's font draws it.
 * Han characters are read as the language of `context` writes them (a styled stretch of a longer text).
 */
export function fontRuns(text: string, weight: FontWeight, context = text): FontRun[] {
  const han = hanScript(context);
  const runs: FontRun[] = [];
  let current: PdfFace | undefined;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const script = scriptOf(char, han);
    const face =
      (script === null && current?.font.hasGlyphForCodePoint(code) ? current : undefined) ??
      first(script ?? 'latin', weight, code) ??
      current ??
      first(script ?? 'latin', weight);
    if (!face) throw new Error('No font for PDFs: the @embedpdf/fonts-* packages are not installed');
    const last = runs.at(-1);
    if (last?.face === face) last.text += char;
    else runs.push({ text: char, face });
    current = face;
  }
  return runs;
}
