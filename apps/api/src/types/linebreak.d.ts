/** The Unicode line breaking algorithm (UAX #14) that PDFKit wraps its own text with. */
declare module 'linebreak' {
  interface Break {
    /** Where the next line may start, in UTF-16 code units. */
    position: number;
    /** A hard break: a newline in the text. */
    required: boolean;
  }
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): Break | null;
  }
}
