import { useCallback } from 'react';

/** A stored file as the upload route answers it. */
export interface UploadedEvidence {
  id: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  url: string;
  createdAt: string;
}

/** A refused or failed upload, with a sentence to show under the file input. */
export class EvidenceUploadError extends Error {
  constructor(
    message: string,
    readonly reason: string | undefined,
  ) {
    super(message);
    this.name = 'EvidenceUploadError';
  }
}

const networkMessage =
  'The file could not be sent: Plenary cannot reach the server. Check your connection and try again.';

function isUploadedEvidence(body: unknown): body is UploadedEvidence {
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

function refusal(status: number, body: unknown): EvidenceUploadError {
  if (typeof body === 'object' && body !== null && 'message' in body && typeof body.message === 'string') {
    const reason = 'reason' in body && typeof body.reason === 'string' ? body.reason : undefined;
    return new EvidenceUploadError(body.message, reason);
  }
  if (status === 413) return new EvidenceUploadError('This file is too large to upload.', undefined);
  return new EvidenceUploadError('The file could not be uploaded. Try again in a moment.', undefined);
}

/** Where the API takes a recommendation's evidence files. */
export function evidenceUploadUrl(recommendationId: string): string {
  return `/recommendations/${encodeURIComponent(recommendationId)}/files`;
}

/**
 * Uploads a file of evidence to the recommendation (multipart, with the session cookie), as agenda
 * papers are, and resolves to the stored file; a step cites it by id when it is recorded. Rejects
 * with an EvidenceUploadError.
 */
export function useUploadEvidence(recommendationId: string) {
  return useCallback(
    async (file: File): Promise<UploadedEvidence> => {
      const body = new FormData();
      body.append('file', file);
      let response: Response;
      try {
        response = await fetch(evidenceUploadUrl(recommendationId), {
          method: 'POST',
          body,
          credentials: 'same-origin',
          headers: { Accept: 'application/json' },
        });
      } catch {
        throw new EvidenceUploadError(networkMessage, undefined);
      }
      const answer = await readJson(response);
      if (!response.ok) throw refusal(response.status, answer);
      if (!isUploadedEvidence(answer)) {
        throw new EvidenceUploadError('The server’s answer was not understood. Try again in a moment.', undefined);
      }
      return answer;
    },
    [recommendationId],
  );
}
