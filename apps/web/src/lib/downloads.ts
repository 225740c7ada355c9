/*
 * Where the API serves files to download. They are plain links: the session cookie goes with the
 * request, and the browser saves the answer as it would any file.
 */

export function meetingDownloadUrl(meetingId: string, file: string): string {
  return `/meetings/${encodeURIComponent(meetingId)}/${file}`;
}

export function documentDownloadUrl(documentId: string, file: string): string {
  return `/documents/${encodeURIComponent(documentId)}/${file}`;
}
