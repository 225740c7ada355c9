import { createHash, randomBytes } from 'node:crypto';
import argon2 from 'argon2';

/** A fresh random token for a cookie or link, and the hash that is all the database keeps. */
export function newToken(): { token: string; hash: Buffer } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

/**
 * Verifies against a stored hash. When there is no account, a dummy hash is verified instead so
 * that a wrong e-mail takes as long as a wrong password and reveals nothing.
 */
export async function verifyPassword(hash: string | null | undefined, password: string): Promise<boolean> {
  try {
    const ok = await argon2.verify(hash ?? (await dummyHash()), password);
    return ok && !!hash;
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;
function dummyHash(): Promise<string> {
  dummy ??= argon2.hash(randomBytes(16).toString('hex'), { type: argon2.argon2id });
  return dummy;
}
