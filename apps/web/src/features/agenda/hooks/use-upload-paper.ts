import { useCallback } from 'react';
import { meetingDownloadUrl } from '../../meetings/components/meeting-downloads';

/** A stored paper as the upload route answers it. */
export interface UploadedPaper {
  id: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  url: string;
  createdAt: string;
}

/** A refused or failed upload, with a sentence to show under the file input. */
export class PaperUploadError extends Error {
  constructor(
    message: string,
    readonly reason: string | undefined,
  ) {
    super(message);
    this.name = 'PaperUploadError';
  }
}

const networkMessage =
  'The paper could not be sent: Plenary cannot reach the server. Check your connection and try again.';

function isUploadedPaper(body: unknown): body is UploadedPaper {
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

function refusal(status: number, body: unknown): PaperUploadError {
  if (typeof body === 'object' && body !== null && 'message' in body && typeof body.message === 'string') {
    const reason = 'reason' in body && typeof body.reason === 'string' ? body.reason : undefined;
    return new PaperUploadError(body.message, reason);
  }
  if (status === 413) return new PaperUploadError('This file is too large to upload.', undefined);
  return new PaperUploadError('The paper could not be uploaded. Try again in a moment.', undefined);
}

/**
 * Uploads a paper to the meeting's files (multipart, with the session cookie) and resolves to the
 * stored file; an item lists it once the item is saved with its id. Rejects with a PaperUploadError.
 */
export function useUploadPaper(meetingId: string) {
  return useCallback(
    async (file: File): Promise<UploadedPaper> => {
      const body = new FormData();
      body.append('file', file);
      let response: Response;
      try {
        response = await fetch(meetingDownloadUrl(meetingId, 'files'), {
          method: 'POST',
          body,
          credentials: 'same-origin',
          headers: { Accept: 'application/json' },
        });
      } catch {
        throw new PaperUploadError(networkMessage, undefined);
      }
      const answer = await readJson(response);
      if (!response.ok) throw refusal(response.status, answer);
      if (!isUploadedPaper(answer)) {
        throw new PaperUploadError('The server’s answer was not understood. Try again in a moment.', undefined);
      }
      return answer;
    },
    [meetingId],
  );
}
