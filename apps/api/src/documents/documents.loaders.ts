import { Injectable } from '@nestjs/common';
import { Loader } from '../graphql/loader';
import { AccessRepository } from '../access/access.repository';
import { MembershipObjectType } from '../access/membership.entity';
import type { Viewer } from '../common/viewer';
import { byId, groupBy, groupsOf } from '../common/group-by';
import type { DocumentDecisionEntity, DocumentDisseminationEntity } from './document-decision.entity';
import { DocumentPeopleRepository } from './document-people.repository';
import type { DocumentVersionEntity } from './document-version.entity';
import { documentAccess, type DocumentAccess } from './document-visibility';
import type { DocumentEntity } from './document.entity';
import { DocumentsRepository } from './documents.repository';
import type { VersionParagraphEntity } from './paragraph.entity';
import { ParagraphsRepository } from './paragraphs.repository';

export interface DocumentLoaders {
  document: Loader<string, DocumentEntity | null>;
  /** What the viewer may do with each document, by the rules of document-visibility. */
  access: Loader<string, DocumentAccess>;
  versions: Loader<string, DocumentVersionEntity[]>;
  paragraphs: Loader<string, VersionParagraphEntity[]>;
  /** Where each merged paragraph of each document went (paragraph id → the one it joined). */
  merges: Loader<string, Map<string, string>>;
  decisions: Loader<string, DocumentDecisionEntity[]>;
  dissemination: Loader<string, DocumentDisseminationEntity[]>;
  /** Person ids of the drafters named on each document. */
  drafters: Loader<string, string[]>;
  ofStudyGroups: Loader<string, DocumentEntity[]>;
  ofMeetings: Loader<string, DocumentEntity[]>;
  clearAll(): void;
}

declare module '../graphql/graphql-context' {
  interface FeatureLoaders {
    documents: DocumentLoaders;
  }
}

@Injectable()
export class DocumentsLoaders {
  constructor(
    private readonly repository: DocumentsRepository,
    private readonly paragraphs: ParagraphsRepository,
    private readonly people: DocumentPeopleRepository,
    private readonly accessRepository: AccessRepository,
  ) {}

  create(viewer: Viewer | null): DocumentLoaders {
    const document = new Loader<string, DocumentEntity | null>(async (ids) =>
      byId(await this.repository.findByIds(ids), ids),
    );
    const loaders = {
      document,
      access: new Loader<string, DocumentAccess>(async (ids) => {
        const [docs, roles] = await Promise.all([
          document.loadMany(ids),
          viewer
            ? this.accessRepository.rolesOn(viewer.personId, MembershipObjectType.DOCUMENT, ids)
            : Promise.resolve(new Map<string, string[]>()),
        ]);
        return ids.map((id, i) => {
          const doc = docs[i];
          if (!doc || doc instanceof Error) return documentAccess('DRAFTING', []);
          return documentAccess(doc.status, roles.get(id) ?? []);
        });
      }),
      versions: new Loader(async (ids: readonly string[]) =>
        groupsOf(
          ids,
          groupBy(await this.repository.versionsOf(ids), (v) => v.documentId),
        ),
      ),
      paragraphs: new Loader(async (ids: readonly string[]) =>
        groupsOf(
          ids,
          groupBy(await this.paragraphs.paragraphsOf(ids), (p) => p.versionId),
        ),
      ),
      merges: new Loader(async (ids: readonly string[]) => {
        const map = groupBy(await this.paragraphs.mergedInto(ids), (m) => m.documentId);
        return ids.map((id) => new Map((map.get(id) ?? []).map((m) => [m.id, m.into])));
      }),
      decisions: new Loader(async (ids: readonly string[]) =>
        groupsOf(
          ids,
          groupBy(await this.repository.decisionsOf(ids), (d) => d.documentId),
        ),
      ),
      dissemination: new Loader(async (ids: readonly string[]) =>
        groupsOf(
          ids,
          groupBy(await this.repository.disseminationOf(ids), (d) => d.documentId),
        ),
      ),
      drafters: new Loader(async (ids: readonly string[]) => groupsOf(ids, await this.people.namedDrafters(ids))),
      ofStudyGroups: new Loader(async (ids: readonly string[]) =>
        groupsOf(
          ids,
          groupBy(await this.repository.byOwners('study_group_id', ids), (d) => d.studyGroupId!),
        ),
      ),
      ofMeetings: new Loader(async (ids: readonly string[]) =>
        groupsOf(
          ids,
          groupBy(await this.repository.byOwners('meeting_id', ids), (d) => d.meetingId!),
        ),
      ),
    };
    return {
      ...loaders,
      clearAll: () => {
        for (const loader of Object.values(loaders)) loader.clearAll();
      },
    };
  }
}
