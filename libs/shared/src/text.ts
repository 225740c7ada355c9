/**
 * The paragraphs of a long text as people type it: separated by a blank line, while a single line
 * break stays inside its paragraph. The web app shows them and the exports print them this way.
 */
export function paragraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
}
