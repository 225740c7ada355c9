import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { MeetingKind, MeetingStatus, OrganizationKind, Track } from '@plenary/shared';
import { hashPassword } from '../../apps/api/src/auth/secrets';

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;

/** Test data with random ids, written straight to the test file's own database. */
export class Factory {
  constructor(private readonly db: DataSource) {}

  async organization(values: Partial<{ name: string; acronym: string; kind: OrganizationKind; country: string }> = {}) {
    const id = randomUUID();
    const name = values.name ?? `Organization ${id.slice(0, 8)}`;
    await this.db.query(`INSERT INTO organizations (id, name, acronym, kind, country) VALUES ($1, $2, $3, $4, $5)`, [
      id,
      name,
      values.acronym ?? null,
      values.kind ?? OrganizationKind.THINK_TANK,
      values.country ?? null,
    ]);
    return { id, name };
  }

  /** A person with an account that can sign in with TEST_PASSWORD. */
  async user(
    values: Partial<{
      name: string;
      sortName: string;
      email: string;
      isPlatformAdmin: boolean;
      affiliationId: string;
    }> = {},
  ) {
    const personId = randomUUID();
    const userId = randomUUID();
    const email = values.email ?? `user-${personId.slice(0, 8)}@example.org`;
    const name = values.name ?? `Person ${personId.slice(0, 8)}`;
    await this.db.query(`INSERT INTO people (id, name, sort_name, affiliation_id, email) VALUES ($1, $2, $3, $4, $5)`, [
      personId,
      name,
      values.sortName ?? name,
      values.affiliationId ?? null,
      email,
    ]);
    passwordHash ??= hashPassword(TEST_PASSWORD);
    await this.db.query(
      `INSERT INTO users (id, person_id, email, password_hash, is_platform_admin) VALUES ($1, $2, $3, $4, $5)`,
      [userId, personId, email, await passwordHash, values.isPlatformAdmin ?? false],
    );
    return { userId, personId, email, name, password: TEST_PASSWORD };
  }

  async meeting(
    values: Partial<{
      title: string;
      startDate: string;
      endDate: string;
      organizerIds: string[];
      timeZone: string;
    }> = {},
  ) {
    const id = randomUUID();
    const title = values.title ?? `Meeting ${id.slice(0, 8)}`;
    await this.db.query(
      `INSERT INTO meetings (id, title, kind, track, venue, time_zone, start_date, end_date, status, version, calendar_token)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 1, $10)`,
      [
        id,
        title,
        MeetingKind.WORKSHOP,
        Track.TRACK_2,
        'Conference room',
        values.timeZone ?? 'Asia/Seoul',
        values.startDate ?? '2026-03-10',
        values.endDate ?? values.startDate ?? '2026-03-11',
        MeetingStatus.PLANNED,
        randomUUID(),
      ],
    );
    for (const [index, organizationId] of (values.organizerIds ?? []).entries()) {
      await this.db.query(
        `INSERT INTO meeting_organizers (meeting_id, organization_id, position) VALUES ($1, $2, $3)`,
        [id, organizationId, index + 1],
      );
    }
    return { id, title };
  }

  async grant(
    personId: string,
    objectType: 'MEETING' | 'ORGANIZATION' | 'STUDY_GROUP',
    objectId: string,
    role: string,
    representingId: string | null = null,
  ) {
    await this.db.query(
      `INSERT INTO memberships (person_id, object_type, object_id, role, representing_id) VALUES ($1, $2, $3, $4, $5)`,
      [personId, objectType, objectId, role, representingId],
    );
  }

  async count(table: string, where = 'true', params: unknown[] = []): Promise<number> {
    const [row] = await this.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM ${table} WHERE ${where}`,
      params,
    );
    return row!.n;
  }
}
