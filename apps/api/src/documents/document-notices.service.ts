import { Injectable } from '@nestjs/common';
import { addressedName, type NotificationKind, StudyGroupRole } from '@plenary/shared';
import type { EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import { MembershipObjectType } from '../access/membership.entity';
import type { Viewer } from '../common/viewer';
import { NotificationsService } from '../notifications/notifications.service';
import type { DocumentEntity } from './document.entity';
import { type AnswersFor, type DocumentFacts, draftersCapacity, type Notice, signature } from './document-notices';
import { type AudienceMember, DocumentPeopleRepository } from './document-people.repository';

/**
 * Gathers what the messages about a document are written from (whose it is, who acts, whom each
 * person answers for, who signs) and sends each person their own message through the
 * notifications, in the caller's transaction.
 */
@Injectable()
export class DocumentNoticesService {
  constructor(
    private readonly people: DocumentPeopleRepository,
    private readonly access: AccessService,
    private readonly notifications: NotificationsService,
  ) {}

  /** The facts every message about the document is written from. */
  async facts(manager: EntityManager, document: DocumentEntity): Promise<DocumentFacts> {
    return {
      id: document.id,
      title: document.title,
      kind: document.kind,
      owner: await this.people.ownerOf(manager, document.id),
    };
  }

  /** A person as messages name them: "Prof. 김태훈 (Kim Tae-hoon)". */
  async nameOf(manager: EntityManager, personId: string): Promise<string> {
    const [person] = await this.people.namedPeople(manager, [personId]);
    return person ? addressedName(person) : 'Someone';
  }

  /** The name of an organization as messages write it (a body submitted to). */
  async organizationName(manager: EntityManager, id: string): Promise<string | null> {
    return (await this.people.organizationNames(manager, [id])).get(id)?.name ?? null;
  }

  /** For each person reached, the committees and institutions they answer for, and whether in person. */
  async answersByPerson(manager: EntityManager, audience: readonly AudienceMember[]): Promise<Map<string, AnswersFor>> {
    const organizationIds = [...new Set(audience.flatMap((m) => m.organizationId ?? []))];
    const names = await this.people.organizationNames(manager, organizationIds);
    const answers = new Map<string, AnswersFor>();
    for (const member of audience) {
      const entry = answers.get(member.personId) ?? { organizations: [], inPerson: false };
      if (member.expertId) entry.inPerson = true;
      if (member.organizationId) {
        const organization = names.get(member.organizationId);
        entry.organizations.push(organization?.acronym ?? organization?.name ?? '');
      }
      answers.set(member.personId, entry);
    }
    return answers;
  }

  /** Everyone these committees, institutions and experts reach, and what each answers for. */
  async audienceAnswers(
    manager: EntityManager,
    organizationIds: readonly string[],
    personIds: readonly string[],
  ): Promise<Map<string, AnswersFor>> {
    return this.answersByPerson(manager, await this.people.audience(manager, organizationIds, personIds));
  }

  /**
   * How the drafters sign: a group's co-chairs, all of them, for they circulate and answer
   * together; for a meeting's document, whoever acted for its organisers (all of them, for what
   * Plenary sends by itself).
   */
  async draftersSignature(
    manager: EntityManager,
    facts: DocumentFacts,
    actorPersonId: string | null,
  ): Promise<string[]> {
    const ids = facts.owner.meeting
      ? actorPersonId
        ? [actorPersonId]
        : await this.people.meetingOrganisers(manager, facts.owner.meeting.id)
      : facts.owner.group
        ? await this.people.coChairsOf(manager, facts.owner.group.id)
        : [];
    const people = await this.people.namedPeople(manager, ids);
    return signature(people.map(addressedName), draftersCapacity(facts));
  }

  /** A publication is signed by whoever published it, as co-chair, secretariat or organiser. */
  async publisherSignature(manager: EntityManager, viewer: Viewer, facts: DocumentFacts): Promise<string[]> {
    const roles = (await this.access.roles(viewer, MembershipObjectType.DOCUMENT, [facts.id])).get(facts.id) ?? [];
    const group = facts.owner.group?.title;
    const capacity =
      group && roles.includes(`GROUP_${StudyGroupRole.CO_CHAIR}`)
        ? `Co-chair, ${group}`
        : group && roles.includes(`GROUP_${StudyGroupRole.SECRETARIAT}`)
          ? `Secretariat, ${group}`
          : draftersCapacity(facts);
    return signature([await this.nameOf(manager, viewer.personId)], capacity);
  }

  /** Sends each person their own message; returns the people told now (a reminder is made once per key). */
  send(
    manager: EntityManager,
    message: {
      kind: NotificationKind;
      objectId: string;
      signature: readonly string[];
      notices: ReadonlyMap<string, Notice>;
      dedupeKey?: (personId: string) => string;
    },
  ): Promise<string[]> {
    const of = (personId: string) => message.notices.get(personId)!;
    return this.notifications.notify(manager, {
      kind: message.kind,
      objectId: message.objectId,
      signature: message.signature,
      ...(message.dedupeKey ? { dedupeKey: message.dedupeKey } : {}),
      personIds: [...message.notices.keys()],
      title: (personId) => of(personId).title,
      body: (personId) => of(personId).body,
      path: (personId) => of(personId).path,
      mailText: (personId) => of(personId).mailText,
    });
  }
}

/** A message written for each person from what is known about them. */
export function perPerson<T>(facts: ReadonlyMap<string, T>, write: (fact: T) => Notice): Map<string, Notice> {
  return new Map([...facts].map(([personId, fact]) => [personId, write(fact)]));
}
