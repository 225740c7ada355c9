/** A stored file as the upload routes answer it (meeting papers, recommendation evidence). */
export interface UploadedFile {
  id: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  url: string;
  createdAt: string;
}

/** A refused or failed upload, with a sentence to show under the file input. */
export class FileUploadError extends Error {
  constructor(
    message: string,
    readonly reason: string | undefined,
  ) {
    super(message);
    this.name = 'FileUploadError';
  }
}

const networkMessage =
  'The file could not be sent: Plenary cannot reach the server. Check your connection and try again.';

function isUploadedFile(body: unknown): body is UploadedFile {
  return (
    typeof body === 'object' &&
    body !== null &&
    'id' in body &&
    typeof body.id === 'string' &&
    'filename' in body &&
    typeof body.filename === 'string' &&
    'url' in body &&
    typeof body.url === 'string'
  );
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    // A proxy's error page, or an empty answer.
    return undefined;
  }
}

function refusal(status: number, body: unknown): FileUploadError {
  if (typeof body === 'object' && body !== null && 'message' in body && typeof body.message === 'string') {
    const reason = 'reason' in body && typeof body.reason === 'string' ? body.reason : undefined;
    return new FileUploadError(body.message, reason);
  }
  if (status === 413) return new FileUploadError('This file is too large to upload.', undefined);
  return new FileUploadError('The file could not be uploaded. Try again in a moment.', undefined);
}

/**
 * Sends one file (multipart, field "file", with the session cookie) to a route and resolves to its
 * JSON answer. Rejects with a FileUploadError saying what went wrong.
 */
export async function postFile(url: string, file: File): Promise<unknown> {
  const body = new FormData();
  body.append('file', file);
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      body,
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    });
  } catch {
    throw new FileUploadError(networkMessage, undefined);
  }
  const answer = await readJson(response);
  if (!response.ok) throw refusal(response.status, answer);
  return answer;
}

/** Uploads one file to an upload route and resolves to the stored file. */
export async function uploadFile(url: string, file: File): Promise<UploadedFile> {
  const answer = await postFile(url, file);
  if (!isUploadedFile(answer)) {
    throw new FileUploadError('The server’s answer was not understood. Try again in a moment.', undefined);
  }
  return answer;
}
