import { useCallback } from 'react';
import { meetingDownloadUrl } from '../../../lib/downloads';
import { uploadFile } from '../../files/upload-file';

/**
 * Uploads a paper to the meeting's files and resolves to the stored file; an item lists it once the
 * item is saved with its id. Rejects with a FileUploadError.
 */
export function useUploadPaper(meetingId: string) {
  return useCallback((file: File) => uploadFile(meetingDownloadUrl(meetingId, 'files'), file), [meetingId]);
}
