import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { StoredFileEntity } from './stored-file.entity';

/** A stored file without its bytes: what lists and links need. */
export type StoredFile = Omit<StoredFileEntity, 'data'>;

@Injectable()
export class FilesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, values: Omit<StoredFileEntity, 'id' | 'createdAt'>): Promise<StoredFile> {
    const [row] = await manager.query<StoredFile[]>(
      `INSERT INTO files (meeting_id, recommendation_id, filename, content_type, size_bytes, sha256, data, uploaded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       RETURNING id, meeting_id AS "meetingId", recommendation_id AS "recommendationId", filename,
                 content_type AS "contentType", size_bytes AS "sizeBytes", sha256,
                 uploaded_by AS "uploadedBy", created_at AS "createdAt"`,
      [
        values.meetingId,
        values.recommendationId,
        values.filename,
        values.contentType,
        values.sizeBytes,
        values.sha256,
        values.data,
        values.uploadedBy,
      ],
    );
    return row!;
  }

  /** The file with its bytes and what it belongs to. */
  async findWithData(
    id: string,
  ): Promise<Pick<StoredFileEntity, 'meetingId' | 'recommendationId' | 'filename' | 'contentType' | 'data'> | null> {
    const [row] = await this.dataSource.query<
      Pick<StoredFileEntity, 'meetingId' | 'recommendationId' | 'filename' | 'contentType' | 'data'>[]
    >(
      `SELECT meeting_id AS "meetingId", recommendation_id AS "recommendationId", filename,
              content_type AS "contentType", data FROM files WHERE id = $1`,
      [id],
    );
    return row ?? null;
  }
}
