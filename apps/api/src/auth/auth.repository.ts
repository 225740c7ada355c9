import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../common/viewer';
import { UserEntity } from './user.entity';

/** Advisory-lock namespaces (the first of two keys) for sign-in tries by e-mail and by address. */
const SIGN_IN_EMAIL_LOCK = 4_242_101;
const SIGN_IN_ADDRESS_LOCK = 4_242_102;

export interface SignInCandidate {
  id: string;
  personId: string;
  email: string;
  passwordHash: string | null;
  isPlatformAdmin: boolean;
  disabledAt: Date | null;
}

export interface LiveSession {
  id: string;
  userId: string;
  expiresAt: Date;
}

export interface InvitationRow {
  id: string;
  userId: string;
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
  email: string;
  name: string;
  disabledAt: Date | null;
}

@Injectable()
export class AuthRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findSignInCandidate(email: string): Promise<SignInCandidate | null> {
    const rows: SignInCandidate[] = await this.dataSource.query(
      `SELECT id, person_id AS "personId", email, password_hash AS "passwordHash",
              is_platform_admin AS "isPlatformAdmin", disabled_at AS "disabledAt"
         FROM users WHERE email = $1`,
      [email],
    );
    return rows[0] ?? null;
  }

  /**
   * Records a sign-in try before its password is checked, as a failure until it proves right, so that
   * tries still being checked count against the limits. Returns the try's id, or null (recording
   * nothing) when the e-mail or the address has reached its limit.
   */
  reserveAttempt(
    email: string,
    ip: string,
    since: Date,
    limits: { perEmail: number; perAddress: number },
  ): Promise<string | null> {
    return this.dataSource.transaction(async (manager) => {
      // Counting and recording are one step per e-mail and per address: held for milliseconds, never
      // across the password check. The e-mail's lock always comes first, so two tries never deadlock.
      await manager.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [SIGN_IN_EMAIL_LOCK, email]);
      await manager.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [SIGN_IN_ADDRESS_LOCK, ip]);
      const [row]: { by_email: number; by_ip: number }[] = await manager.query(
        `SELECT
           (SELECT count(*)::int FROM sign_in_attempts a
             WHERE a.email = $1 AND NOT a.succeeded AND a.attempted_at > $3
               AND a.attempted_at > coalesce((SELECT max(attempted_at) FROM sign_in_attempts
                                               WHERE email = $1 AND succeeded), '-infinity')) AS by_email,
           (SELECT count(*)::int FROM sign_in_attempts
             WHERE ip = $2 AND NOT succeeded AND attempted_at > $3) AS by_ip`,
        [email, ip, since],
      );
      if ((row?.by_email ?? 0) >= limits.perEmail || (row?.by_ip ?? 0) >= limits.perAddress) return null;
      const [attempt]: { id: string }[] = await manager.query(
        `INSERT INTO sign_in_attempts (email, ip, succeeded) VALUES ($1, $2, false) RETURNING id`,
        [email, ip],
      );
      return attempt!.id;
    });
  }

  async markAttemptSucceeded(manager: EntityManager, attemptId: string): Promise<void> {
    await manager.query(`UPDATE sign_in_attempts SET succeeded = true WHERE id = $1`, [attemptId]);
  }

  async createSession(manager: EntityManager, userId: string, tokenHash: Buffer, expiresAt: Date): Promise<void> {
    await manager.query(`INSERT INTO sessions (user_id, token_hash, expires_at) VALUES ($1, $2, $3)`, [
      userId,
      tokenHash,
      expiresAt,
    ]);
    await manager.query(`UPDATE users SET last_sign_in_at = now() WHERE id = $1`, [userId]);
  }

  async findViewerBySession(tokenHash: Buffer): Promise<Viewer | null> {
    const rows: Viewer[] = await this.dataSource.query(
      `SELECT u.id AS "userId", u.person_id AS "personId", u.email, u.is_platform_admin AS "isPlatformAdmin"
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.expires_at > now() AND u.disabled_at IS NULL`,
      [tokenHash],
    );
    return rows[0] ?? null;
  }

  /** The session's id, expiry and account, while it is valid. */
  async findLiveSession(tokenHash: Buffer): Promise<LiveSession | null> {
    const rows: LiveSession[] = await this.dataSource.query(
      `SELECT s.id, s.user_id AS "userId", s.expires_at AS "expiresAt"
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.expires_at > now() AND u.disabled_at IS NULL`,
      [tokenHash],
    );
    return rows[0] ?? null;
  }

  /** Of these sessions, the ones still valid. */
  async findLiveSessionIds(ids: readonly string[]): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT s.id FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = ANY($1) AND s.expires_at > now() AND u.disabled_at IS NULL`,
      [ids],
    );
    return rows.map((row) => row.id);
  }

  /** Returns the id of the session it deleted, if there was one. */
  async deleteSession(manager: EntityManager, tokenHash: Buffer): Promise<string | null> {
    const [rows]: [{ id: string }[], number] = await manager.query(
      `DELETE FROM sessions WHERE token_hash = $1 RETURNING id`,
      [tokenHash],
    );
    return rows[0]?.id ?? null;
  }

  /** Returns the ids of the sessions it deleted. */
  async deleteSessionsOf(manager: EntityManager, userId: string): Promise<string[]> {
    const [rows]: [{ id: string }[], number] = await manager.query(
      `DELETE FROM sessions WHERE user_id = $1 RETURNING id`,
      [userId],
    );
    return rows.map((row) => row.id);
  }

  /** With `lock`, holds the row so a link used twice at the same moment is used once. */
  async findInvitation(manager: EntityManager, tokenHash: Buffer, lock = false): Promise<InvitationRow | null> {
    const rows: InvitationRow[] = await manager.query(
      `SELECT i.id, i.user_id AS "userId", i.expires_at AS "expiresAt", i.used_at AS "usedAt",
              i.revoked_at AS "revokedAt", u.email, p.name, u.disabled_at AS "disabledAt"
         FROM account_invitations i
         JOIN users u ON u.id = i.user_id
         JOIN people p ON p.id = u.person_id
        WHERE i.token_hash = $1
        ${lock ? 'FOR UPDATE OF i' : ''}`,
      [tokenHash],
    );
    return rows[0] ?? null;
  }

  async useInvitation(
    manager: EntityManager,
    invitationId: string,
    userId: string,
    passwordHash: string,
  ): Promise<void> {
    await manager.query(`UPDATE account_invitations SET used_at = now() WHERE id = $1`, [invitationId]);
    await manager.query(`UPDATE users SET password_hash = $2 WHERE id = $1`, [userId, passwordHash]);
  }

  /** Replaces any pending invitation of the user with a new one. */
  async createInvitation(
    manager: EntityManager,
    invitation: { userId: string; tokenHash: Buffer; expiresAt: Date; createdBy: string },
  ): Promise<void> {
    await manager.query(
      `UPDATE account_invitations SET revoked_at = now() WHERE user_id = $1 AND used_at IS NULL AND revoked_at IS NULL`,
      [invitation.userId],
    );
    await manager.query(
      `INSERT INTO account_invitations (user_id, token_hash, expires_at, created_by) VALUES ($1, $2, $3, $4)`,
      [invitation.userId, invitation.tokenHash, invitation.expiresAt, invitation.createdBy],
    );
  }

  findUsersByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('u.id = ANY(:ids)', { ids })
      .getMany();
  }

  listUsers(): Promise<UserEntity[]> {
    return this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .innerJoin('u.person', 'p')
      .orderBy('p.sort_name', 'ASC')
      .getMany();
  }

  /** The person's account, if they have one, and whether its password is set. */
  async accountOf(manager: EntityManager, personId: string): Promise<{ id: string; hasPassword: boolean } | null> {
    const [row] = await manager.query<{ id: string; hasPassword: boolean }[]>(
      `SELECT id, password_hash IS NOT NULL AS "hasPassword" FROM users WHERE person_id = $1`,
      [personId],
    );
    return row ?? null;
  }

  /** The account's address and holder, locked for the rest of the transaction. */
  async lockAccountHolder(
    manager: EntityManager,
    userId: string,
  ): Promise<{ email: string; name: string; hasPassword: boolean } | null> {
    const [row] = await manager.query<{ email: string; name: string; hasPassword: boolean }[]>(
      `SELECT u.email, p.name, u.password_hash IS NOT NULL AS "hasPassword"
         FROM users u JOIN people p ON p.id = u.person_id WHERE u.id = $1 FOR UPDATE OF u`,
      [userId],
    );
    return row ?? null;
  }

  async emailTaken(manager: EntityManager, email: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM users WHERE email = $1`, [email]);
    return rows.length > 0;
  }

  async insertUser(
    manager: EntityManager,
    user: { personId: string; email: string; isPlatformAdmin: boolean },
  ): Promise<string> {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO users (person_id, email, is_platform_admin) VALUES ($1, $2, $3) RETURNING id`,
      [user.personId, user.email, user.isPlatformAdmin],
    );
    return row!.id;
  }

  async setDisabled(manager: EntityManager, userId: string, disabled: boolean): Promise<boolean> {
    const result: [unknown[], number] = await manager.query(
      `UPDATE users SET disabled_at = CASE WHEN $2 THEN coalesce(disabled_at, now()) ELSE NULL END WHERE id = $1`,
      [userId, disabled],
    );
    return result[1] > 0;
  }
}
