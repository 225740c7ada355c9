/** What a Word file written by Plenary carries so that, when it comes back, its text can be placed again. */

/** The file's properties naming the document and version it holds, read back when the file returns. */
export const DOCUMENT_PROPERTY = 'PlenaryDocument';
export const VERSION_PROPERTY = 'PlenaryVersion';
/** The style of the line naming the text's state under the title, which an import leaves out. */
export const STATE_STYLE_NAME = 'Document state';

/**
 * The bookmark marking a paragraph's text by its identity across versions. A leading underscore
 * keeps it out of Word's list of bookmarks; a name holds at most 40 letters, digits and underscores.
 */
export function paragraphBookmark(paragraphId: string): string {
  return `_P${paragraphId.replace(/-/g, '')}`;
}

/** The paragraph id a bookmark stands for, or null for any other bookmark. */
export function bookmarkParagraphId(name: string): string | null {
  const hex = /^_P([0-9a-f]{32})$/.exec(name)?.[1];
  return hex
    ? `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
    : null;
}
