import { createHmac, timingSafeEqual } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ID_BYTES = 16;
const MAC_BYTES = 18;

function idBytes(id: string): Buffer {
  return Buffer.from(id.replaceAll('-', ''), 'hex');
}

function idOf(bytes: Buffer): string {
  const hex = bytes.toString('hex');
  return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join('-');
}

function mac(meetingKey: string, meetingId: string, personId: string): Buffer {
  return createHmac('sha256', meetingKey)
    .update(`calendar-feed:${meetingId}:${personId}`)
    .digest()
    .subarray(0, MAC_BYTES);
}

/**
 * The secret part of one person's calendar feed of one meeting: both ids and a MAC of them under
 * the meeting's key, which never leaves the server. Each person has an address of their own, so a
 * feed that was passed on is traced to, and ends with, its owner's access to the meeting.
 */
export function calendarFeedToken(meetingKey: string, meetingId: string, personId: string): string {
  return Buffer.concat([idBytes(meetingId), idBytes(personId), mac(meetingKey, meetingId, personId)]).toString(
    'base64url',
  );
}

/** The ids a feed address claims, before its MAC is checked; null when it cannot be one. */
export function calendarFeedIds(token: string): { meetingId: string; personId: string } | null {
  if (!/^[\w-]{60,80}$/.test(token)) return null;
  const bytes = Buffer.from(token, 'base64url');
  if (bytes.length !== 2 * ID_BYTES + MAC_BYTES) return null;
  const meetingId = idOf(bytes.subarray(0, ID_BYTES));
  const personId = idOf(bytes.subarray(ID_BYTES, 2 * ID_BYTES));
  return UUID.test(meetingId) && UUID.test(personId) ? { meetingId, personId } : null;
}

/** Whether `token` is the feed address made under `meetingKey` for the ids it carries. */
export function calendarFeedTokenValid(token: string, meetingKey: string): boolean {
  const ids = calendarFeedIds(token);
  if (!ids) return false;
  const expected = Buffer.from(calendarFeedToken(meetingKey, ids.meetingId, ids.personId));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
