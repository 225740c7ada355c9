export interface ParagraphNaming {
  kind: string;
  number: number | null;
  recommendationNumber?: number | null;
  /** The saved text, so a name does not change while the heading is being typed. */
  text: string;
}

const HEADING_NAME_LENGTH = 40;

function headingName(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (trimmed === '') return 'untitled heading';
  const short = trimmed.length > HEADING_NAME_LENGTH ? `${trimmed.slice(0, HEADING_NAME_LENGTH - 1)}…` : trimmed;
  return `heading “${short}”`;
}

/**
 * How controls name a paragraph: "paragraph 3", or for a heading (which has no number) its words:
 * "heading “Introduction”". Used in "Save paragraph 3", "Delete heading “Introduction”".
 */
export function paragraphName(paragraph: ParagraphNaming): string {
  return paragraph.number === null ? headingName(paragraph.text) : `paragraph ${paragraph.number}`;
}

/** What follows "Add paragraph after": "3", or "heading “Introduction”". */
export function paragraphReference(paragraph: ParagraphNaming): string {
  return paragraph.number === null ? headingName(paragraph.text) : String(paragraph.number);
}

/** "Paragraph 3", "Recommendation 2 (paragraph 5)", "Heading “Introduction”": the title of a paragraph's card. */
export function paragraphTitle(paragraph: ParagraphNaming): string {
  if (paragraph.number === null) return capitalize(headingName(paragraph.text));
  if (paragraph.recommendationNumber != null) {
    return `Recommendation ${paragraph.recommendationNumber} (paragraph ${paragraph.number})`;
  }
  return `Paragraph ${paragraph.number}`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

interface VersionFacts {
  number: number;
  isWorking: boolean;
  isFinal: boolean;
}

/**
 * "Version 2 (working draft)", "Version 1 (circulated)", "Final". Only the newest final version is
 * "Final": an earlier one was returned for revision.
 */
export function versionLabel(version: VersionFacts, versions: readonly VersionFacts[]): string {
  if (version.isWorking) return `Version ${version.number} (working draft)`;
  if (version.isFinal) {
    const newestFinal = versions.filter((candidate) => candidate.isFinal).at(-1);
    return newestFinal?.number === version.number ? 'Final' : `Version ${version.number} (final, returned)`;
  }
  return `Version ${version.number} (circulated)`;
}

/** The editor's HTML with an empty editor as the empty string, as the server stores it. */
export function normalizeHtml(html: string): string {
  return html === '<p></p>' ? '' : html;
}

/** Words compared the way a quote is checked: runs of white space count as one space. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
