/** Input limits, shared so the web app's forms say what the API will accept. */
export const limits = {
  shortText: 200,
  honorific: 40,
  title: 300,
  email: 254,
  passwordMin: 10,
  passwordMax: 200,
  acronym: 32,
  searchText: 100,
  longText: 20_000,
} as const;

/** Deliberately plain: the mail server is the final judge, this only catches typing mistakes. */
export function isEmail(value: string): boolean {
  return value.length <= limits.email && /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(value);
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** An ISO 3166-1 alpha-2 code the runtime knows, e.g. KR, CN, JP, RU, MN, US. */
export function isCountryCode(value: string): boolean {
  return /^[A-Z]{2}$/.test(value) && regionNames.of(value) !== undefined;
}

/** Where United Nations usage differs from the runtime's everyday English names. */
const unCountryNames: Record<string, string> = {
  KR: 'Republic of Korea',
  KP: "Democratic People's Republic of Korea",
  RU: 'Russian Federation',
  CN: "People's Republic of China",
};

/** The English name of a country code, as UN documents write it; the code itself if unknown. */
export function countryName(code: string): string {
  return unCountryNames[code] ?? ((isCountryCode(code) && regionNames.of(code)) || code);
}
