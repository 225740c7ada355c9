import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import type { Viewer } from '../common/viewer';
import { DomainError, notFound } from '../common/domain-error';
import { optionalText } from '../common/text';
import { type ContainerKind, containerKind, containerKindName } from './office-container';
import { FilesRepository, type StoredFile } from './files.repository';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/**
 * What papers may be, recognised by their first bytes rather than by what the browser claims, and
 * for Office files (ZIP archives all) by what the archive declares it holds.
 */
const kinds = [
  { extension: 'pdf', contentType: 'application/pdf', magic: Buffer.from('%PDF-') },
  {
    extension: 'docx',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    magic: Buffer.from('PK\x03\x04'),
    container: true,
  },
  {
    extension: 'xlsx',
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    magic: Buffer.from('PK\x03\x04'),
    container: true,
  },
  {
    extension: 'pptx',
    contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    magic: Buffer.from('PK\x03\x04'),
    container: true,
  },
  {
    extension: 'odt',
    contentType: 'application/vnd.oasis.opendocument.text',
    magic: Buffer.from('PK\x03\x04'),
    container: true,
  },
  // Evidence is often a scanned letter or a photograph of a signed page.
  { extension: 'png', contentType: 'image/png', magic: Buffer.from('\x89PNG\r\n\x1a\n', 'latin1') },
  { extension: 'jpg', contentType: 'image/jpeg', magic: Buffer.from('\xff\xd8\xff', 'latin1') },
  { extension: 'jpeg', contentType: 'image/jpeg', magic: Buffer.from('\xff\xd8\xff', 'latin1') },
] as const;

/** What a file belongs to: a meeting (its papers) or a recommendation (evidence of its follow-up). */
export type FileOwner = { meetingId: string } | { recommendationId: string };

export interface UploadedPaper {
  originalname: string;
  buffer: Buffer;
  size: number;
}

@Injectable()
export class FilesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: FilesRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async upload(viewer: Viewer, owner: FileOwner, file: UploadedPaper | undefined): Promise<StoredFile> {
    const meetingId = 'meetingId' in owner ? owner.meetingId : null;
    const recommendationId = 'recommendationId' in owner ? owner.recommendationId : null;
    if (meetingId) await this.access.require(viewer, 'MeetingManage', [meetingId]);
    if (recommendationId) await this.access.require(viewer, 'RecommendationTrack', [recommendationId]);
    if (!file || file.size === 0) throw new DomainError('INVALID_FILE', 'Choose a file to upload.', { field: 'file' });
    const filename =
      optionalText('filename', Buffer.from(file.originalname, 'latin1').toString('utf8'), 200) ?? 'paper';
    const extension = filename.split('.').pop()?.toLowerCase() ?? '';
    const kind = kinds.find((k) => k.extension === extension);
    if (!kind) {
      throw new DomainError(
        'INVALID_FILE',
        `Files can be ${kinds.map((k) => k.extension.toUpperCase()).join(', ')} files.`,
        { field: 'file' },
      );
    }
    if (!file.buffer.subarray(0, kind.magic.length).equals(kind.magic)) {
      throw new DomainError('INVALID_FILE', `This file is not a readable ${kind.extension.toUpperCase()} document.`, {
        field: 'file',
      });
    }
    if ('container' in kind) await this.requireContainer(kind.extension, file.buffer);
    const sha256 = createHash('sha256').update(file.buffer).digest('hex');
    return this.dataSource.transaction(async (manager) => {
      const row = await this.repository.insert(manager, {
        meetingId,
        recommendationId,
        filename,
        contentType: kind.contentType,
        sizeBytes: file.size,
        sha256,
        data: file.buffer,
        uploadedBy: viewer.userId,
      });
      await this.audit.record(manager, {
        actorUserId: viewer.userId,
        objectType: meetingId ? 'MEETING' : 'RECOMMENDATION',
        objectId: (meetingId ?? recommendationId)!,
        action: 'file.uploaded',
        data: { fileId: row.id, filename, sha256 },
      });
      return row;
    });
  }

  /** An Office file whose archive holds the kind of document its name says, or a refusal that says what it holds. */
  private async requireContainer(extension: ContainerKind, bytes: Buffer): Promise<void> {
    const found = await containerKind(bytes);
    if (found === extension) return;
    const expected = containerKindName(extension);
    throw new DomainError(
      'INVALID_FILE',
      found
        ? `This file is ${containerKindName(found)}, not ${expected}. Give it the ending .${found}, or choose ${expected}.`
        : `This file is not ${expected}: it is a ZIP archive without the parts ${expected} has. Save it again from the program that made it.`,
      { field: 'file', expected: extension, found },
    );
  }

  /** The file with its bytes, for someone who may see what it belongs to. */
  async download(viewer: Viewer, fileId: string): Promise<{ filename: string; contentType: string; data: Buffer }> {
    const file = await this.repository.findWithData(fileId);
    if (!file) throw notFound('file');
    if (file.meetingId) await this.access.require(viewer, 'MeetingView', [file.meetingId]);
    if (file.recommendationId) await this.access.require(viewer, 'RecommendationView', [file.recommendationId]);
    return file;
  }
}
