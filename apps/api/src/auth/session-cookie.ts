import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'plenary_session';

export function readSessionCookie(cookies: Record<string, unknown> | undefined): string | undefined {
  const value = cookies?.[SESSION_COOKIE];
  return typeof value === 'string' ? value : undefined;
}

export function setSessionCookie(res: Response | undefined, token: string, expires: Date, secure: boolean): void {
  res?.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, expires, path: '/' });
}

export function clearSessionCookie(res: Response | undefined, secure: boolean): void {
  res?.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}

/** Parses the Cookie header of a WebSocket upgrade, which has no cookie middleware in front of it. */
export function sessionTokenFromHeader(header: string | undefined): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const [name, ...rest] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

export function clientIp(req: Request | undefined): string {
  return req?.ip ?? req?.socket.remoteAddress ?? 'unknown';
}
