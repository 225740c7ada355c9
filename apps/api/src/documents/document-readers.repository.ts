import { Injectable } from '@nestjs/common';
import type { DocumentStatus } from '@plenary/shared';
import { DataSource } from 'typeorm';
import { rolesSqlFor } from '../access/access.repository';
import { MembershipObjectType } from '../access/membership.entity';

/** A document's state and the roles of those reading it, for deciding what each of them may hear. */
export interface DocumentReaders {
  status: DocumentStatus;
  /** Each reader's roles on the document, held and derived; [] for none. */
  roles: Map<string, string[]>;
}

@Injectable()
export class DocumentReadersRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** In one statement however many readers; null when the document is gone. */
  async read(documentId: string, personIds: readonly string[]): Promise<DocumentReaders | null> {
    const [row]: { status: DocumentStatus; roles: Record<string, string[]> }[] = await this.dataSource.query(
      `SELECT d.status,
              (SELECT COALESCE(json_object_agg(reader.id, reader.roles), '{}')
                 FROM (SELECT viewer.id,
                              COALESCE(array_agg(DISTINCT held.role) FILTER (WHERE held.role IS NOT NULL), '{}') AS roles
                         FROM unnest($2::uuid[]) AS viewer(id)
                         LEFT JOIN LATERAL (${rolesSqlFor(MembershipObjectType.DOCUMENT, 'viewer.id', 'ARRAY[d.id]')}) AS held
                           ON true
                        GROUP BY viewer.id) reader) AS roles
         FROM documents d
        WHERE d.id = $1`,
      [documentId, personIds],
    );
    return row ? { status: row.status, roles: new Map(Object.entries(row.roles)) } : null;
  }
}
