import { Injectable } from '@nestjs/common';
import type { DocumentStatus, RecipientResponse } from '@plenary/shared';
import type { EntityManager } from 'typeorm';
import { committeesOfSql, rolesSqlFor } from '../access/access.repository';
import { MembershipObjectType } from '../access/membership.entity';
import { type NumberedParagraph, numberedParagraphsSql } from '../documents/paragraphs.repository';
import { OrganizationEntity } from '../organizations/organization.entity';
import { PersonEntity } from '../people/person.entity';
import { CommentRoundEntity } from './comment-round.entity';

/** A recipient of the round the poster answers for. */
export interface PostingRecipient {
  id: string;
  organizationId: string | null;
  personId: string | null;
  response: RecipientResponse;
}

export type PostingParagraph = Pick<NumberedParagraph, 'paragraphId' | 'kind' | 'html' | 'text' | 'number'>;

/** Everything posting a comment checks, read together. */
export interface PostingContext {
  round: CommentRoundEntity;
  /** By the database's clock. */
  notYet: boolean;
  pastDeadline: boolean;
  documentStatus: DocumentStatus;
  /** The poster's roles on the round's document. */
  roles: string[];
  /** The round's recipients the poster answers for: themselves, and committees they belong to. */
  recipients: PostingRecipient[];
  /** The organizations the poster may speak for. */
  committees: Set<string>;
  /** The paragraph commented on, as the round's version numbers it; null when it is not there. */
  paragraph: PostingParagraph | null;
  /** The poster, and the committee they speak for, as the answer shows them. */
  poster: PersonEntity | null;
  speaksFor: OrganizationEntity | null;
}

/**
 * The one read behind posting a comment: the round share-locked for the rest of the transaction
 * (a comment racing the close either commits before it or finds it closed), with the document's
 * state, the poster's roles, recipients and committees, the paragraph, and the poster and the
 * committee as the answer names them, in one statement.
 */
@Injectable()
export class CommentPostingRepository {
  async read(
    manager: EntityManager,
    roundId: string,
    personId: string,
    paragraphId: string,
    speaksForId: string | null,
  ): Promise<PostingContext | null> {
    const { entities, raw } = await manager
      .getRepository(CommentRoundEntity)
      .createQueryBuilder('r')
      .leftJoinAndMapOne('r.poster', PersonEntity, 'poster', 'poster.id = :personId')
      .leftJoinAndMapOne('r.speaksFor', OrganizationEntity, 'speaks_for', 'speaks_for.id = :speaksForId')
      .addSelect('r.opens_at > clock_timestamp()', 'not_yet')
      .addSelect('r.closes_at <= clock_timestamp()', 'past_deadline')
      .addSelect('(SELECT d.status FROM documents d WHERE d.id = r.document_id)', 'document_status')
      .addSelect(
        `ARRAY(SELECT DISTINCT held.role FROM (${rolesSqlFor(MembershipObjectType.DOCUMENT, ':personId', 'ARRAY[r.document_id]')}) held)`,
        'roles',
      )
      .addSelect(
        `COALESCE((SELECT json_agg(json_build_object('id', rr.id, 'organizationId', rr.organization_id,
                    'personId', rr.person_id, 'response', rr.response))
                     FROM round_recipients rr
                    WHERE rr.round_id = r.id
                      AND (rr.person_id = :personId OR rr.organization_id IN (${committeesOfSql(':personId')}))), '[]')`,
        'recipients',
      )
      .addSelect(`ARRAY(${committeesOfSql(':personId')})`, 'committees')
      .addSelect(
        `(SELECT row_to_json(n) FROM (${numberedParagraphsSql('ARRAY[r.version_id]')}) n WHERE n."paragraphId" = :paragraphId)`,
        'paragraph',
      )
      .where('r.id = :roundId')
      .setParameters({ roundId, personId, paragraphId, speaksForId })
      .setLock('pessimistic_read', undefined, ['r'])
      .getRawAndEntities();
    const [joined] = entities as (CommentRoundEntity & { poster?: PersonEntity; speaksFor?: OrganizationEntity })[];
    const [row] = raw as {
      not_yet: boolean;
      past_deadline: boolean;
      document_status: DocumentStatus;
      roles: string[];
      recipients: PostingRecipient[];
      committees: string[];
      paragraph: PostingParagraph | null;
    }[];
    if (!joined || !row) return null;
    const { poster, speaksFor, ...round } = joined;
    return {
      round: Object.assign(new CommentRoundEntity(), round),
      notYet: row.not_yet,
      pastDeadline: row.past_deadline,
      documentStatus: row.document_status,
      roles: row.roles,
      recipients: row.recipients,
      committees: new Set(row.committees),
      paragraph: row.paragraph,
      poster: poster ?? null,
      speaksFor: speaksFor ?? null,
    };
  }
}
