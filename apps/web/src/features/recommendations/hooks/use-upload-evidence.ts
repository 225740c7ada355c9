import { useCallback } from 'react';
import { uploadFile } from '../../files/upload-file';

/** Where the API takes a recommendation's evidence files. */
export function evidenceUploadUrl(recommendationId: string): string {
  return `/recommendations/${encodeURIComponent(recommendationId)}/files`;
}

/**
 * Uploads a file of evidence to the recommendation, as agenda papers are, and resolves to the stored
 * file; a step cites it by id when it is recorded. Rejects with a FileUploadError.
 */
export function useUploadEvidence(recommendationId: string) {
  return useCallback((file: File) => uploadFile(evidenceUploadUrl(recommendationId), file), [recommendationId]);
}
