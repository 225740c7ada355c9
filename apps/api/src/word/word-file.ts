import * as CFB from 'cfb';
import { DomainError } from '../common/domain-error';
import { containerKind, containerKindName, openZip } from '../files/office-container';

/** A memorandum of a few hundred pages with its comments is a few megabytes; pictures make the rest. */
export const MAX_WORD_BYTES = 10 * 1024 * 1024;
/** What the file's parts may unpack to. */
const MAX_EXPANDED_BYTES = 100 * 1024 * 1024;

/** Compound files (OLE): Word 97–2003 documents, and Word documents locked with a password. */
const OLE_MAGIC = Buffer.from('d0cf11e0a1b11ae1', 'hex');

export interface UploadedWordFile {
  originalname: string;
  buffer: Buffer;
  size: number;
}

export function tooLarge(): DomainError {
  return new DomainError(
    'FILE_TOO_LARGE',
    `This file is larger than ${MAX_WORD_BYTES / 1024 / 1024} MB. Remove pictures from it, or save it without them, and try again.`,
    { field: 'file', maxBytes: MAX_WORD_BYTES },
  );
}

/**
 * The bytes of an uploaded Word document (.docx), or a refusal that says what the file is instead:
 * nothing, too large, locked with a password, an older Word format, or not a Word document at all.
 */
export async function wordDocument(file: UploadedWordFile | undefined): Promise<Buffer> {
  if (!file || file.size === 0) throw new DomainError('INVALID_FILE', 'Choose a Word file.', { field: 'file' });
  if (file.size > MAX_WORD_BYTES) throw tooLarge();
  const bytes = file.buffer;
  if (bytes.subarray(0, OLE_MAGIC.length).equals(OLE_MAGIC)) {
    // Word keeps a password-protected document's package encrypted inside a compound file.
    if (encrypted(bytes)) {
      throw new DomainError(
        'PASSWORD_PROTECTED_FILE',
        'This Word file is protected with a password, so Plenary cannot read it. Open it in Word, remove the password (File › Info › Protect Document), save it and upload it again.',
        { field: 'file' },
      );
    }
    throw new DomainError(
      'INVALID_FILE',
      'This is an older Word document (.doc). Open it in Word and save it as a Word document (.docx), then upload that.',
      { field: 'file' },
    );
  }
  const kind = await containerKind(bytes);
  if (kind !== 'docx') {
    throw new DomainError(
      'INVALID_FILE',
      kind
        ? `This file is ${containerKindName(kind)}, not a Word document. Choose the Word file (.docx).`
        : 'This file is not a Word document. Choose the Word file (.docx).',
      { field: 'file' },
    );
  }
  if (!(await expandsWithin(bytes, MAX_EXPANDED_BYTES))) {
    throw new DomainError(
      'FILE_TOO_LARGE',
      `This Word file unpacks to more than ${MAX_EXPANDED_BYTES / 1024 / 1024} MB. Remove pictures from it, or save it without them, and try again.`,
      { field: 'file', maxBytes: MAX_EXPANDED_BYTES },
    );
  }
  return bytes;
}

/**
 * Whether the archive's parts, unpacked, stay within `limit` bytes: a few megabytes of ZIP can
 * unpack to gigabytes, which reading the text would then hold in memory. Stops at the limit.
 */
async function expandsWithin(bytes: Buffer, limit: number): Promise<boolean> {
  const zip = await openZip(bytes);
  let total = 0;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const within = await new Promise<boolean>((resolve, reject) => {
      const stream = entry.nodeStream('nodebuffer');
      stream
        .on('data', (chunk: Buffer) => {
          total += chunk.length;
          if (total > limit) {
            stream.pause();
            resolve(false);
          }
        })
        .on('error', reject)
        .on('end', () => resolve(true));
    });
    if (!within) return false;
  }
  return true;
}

function encrypted(bytes: Buffer): boolean {
  try {
    const container = CFB.read(bytes, { type: 'buffer' });
    return !!(CFB.find(container, 'EncryptedPackage') ?? CFB.find(container, 'EncryptionInfo'));
  } catch {
    return false;
  }
}
