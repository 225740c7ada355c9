/** Which fonts PDFs are set in, from the configuration, apart from the font library that reads them. */
export interface FontSettings {
  /** Look for the system's Noto fonts before the packaged ones. */
  system: boolean;
  /** A font file to try before all others. */
  custom: string | null;
}

let settings: FontSettings = { system: true, custom: null };

/** Set from the app's configuration at start. */
export function configurePdfFonts(next: Partial<FontSettings>): void {
  settings = { ...settings, ...next };
}

export function pdfFontSettings(): FontSettings {
  return settings;
}
