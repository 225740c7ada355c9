import { Parser } from 'htmlparser2';
import type JSZip from 'jszip';

export type ContainerKind = 'docx' | 'xlsx' | 'pptx' | 'odt' | 'ods' | 'odp';

/**
 * Office files are ZIP archives, so their first bytes say only "ZIP". What kind of document one holds
 * is written inside: an Office Open XML package declares its main part's content type in
 * `[Content_Types].xml`; an OpenDocument file starts with a `mimetype` entry naming its type.
 */
const kinds: Record<ContainerKind, { name: string; main?: string; mimetype?: string }> = {
  docx: {
    name: 'a Word document',
    main: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  },
  xlsx: {
    name: 'an Excel workbook',
    main: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  },
  pptx: {
    name: 'a PowerPoint presentation',
    main: 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml',
  },
  odt: { name: 'an OpenDocument text', mimetype: 'application/vnd.oasis.opendocument.text' },
  ods: { name: 'an OpenDocument spreadsheet', mimetype: 'application/vnd.oasis.opendocument.spreadsheet' },
  odp: { name: 'an OpenDocument presentation', mimetype: 'application/vnd.oasis.opendocument.presentation' },
};

const entries = Object.entries(kinds) as [ContainerKind, (typeof kinds)[ContainerKind]][];
const byMainPart = new Map(entries.flatMap(([kind, k]) => (k.main ? [[k.main, kind] as const] : [])));
const byMimetype = new Map(entries.flatMap(([kind, k]) => (k.mimetype ? [[k.mimetype, kind] as const] : [])));

/** "a Word document", to tell someone what a file is and what it should have been. */
export function containerKindName(kind: ContainerKind): string {
  return kinds[kind].name;
}

/** The entries read are a few kilobytes; a larger one is not what it claims (or expands without end). */
const MAX_ENTRY_BYTES = 1024 * 1024;

function readEntry(entry: JSZip.JSZipObject): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stream = entry.nodeStream('nodebuffer');
    stream
      .on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_ENTRY_BYTES) {
          stream.pause();
          resolve(null);
        } else {
          chunks.push(chunk);
        }
      })
      .on('error', reject)
      .on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

/** The part names and content types `[Content_Types].xml` declares one by one. */
function overrides(xml: string): Map<string, string> {
  const declared = new Map<string, string>();
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name.replace(/^.*:/, '') !== 'Override') return;
        const part = attributes['PartName'];
        const type = attributes['ContentType'];
        if (part && type) declared.set(part.replace(/^\//, ''), type.trim());
      },
    },
    { xmlMode: true },
  );
  parser.end(xml);
  return declared;
}

/**
 * The entries of a ZIP archive (an Office file). jszip is loaded with the first file read, not with
 * the server: a server answering pages does not carry it.
 */
export async function openZip(bytes: Buffer): Promise<JSZip> {
  const { default: zip } = await import('jszip');
  return zip.loadAsync(bytes);
}

/**
 * The kind of Office document a ZIP archive holds, from its structure; null for a ZIP that is not one
 * of them (or not readable at all). Macro-enabled workbooks and templates are not among them.
 */
export async function containerKind(bytes: Buffer): Promise<ContainerKind | null> {
  let zip: JSZip;
  try {
    zip = await openZip(bytes);
  } catch {
    return null;
  }
  try {
    // OpenDocument: the archive's first entry is "mimetype".
    const [first] = Object.values(zip.files);
    if (first?.name === 'mimetype') {
      const mimetype = await readEntry(first);
      return (mimetype !== null && byMimetype.get(mimetype.trim())) || null;
    }
    const contentTypes = zip.file('[Content_Types].xml');
    if (!contentTypes) return null;
    const xml = await readEntry(contentTypes);
    if (xml === null) return null;
    for (const [part, type] of overrides(xml)) {
      const kind = byMainPart.get(type);
      // The declared main part must be there.
      if (kind && zip.file(part)) return kind;
    }
    return null;
  } catch {
    return null;
  }
}
