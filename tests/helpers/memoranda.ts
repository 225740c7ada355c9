import { OrganizationKind, OrganizationRole, StudyGroupRole } from '@plenary/shared';
import type { Factory } from './factories';
import { expectData, type GraphQLTestClient } from './graphql-client';
import type { TestApp } from './test-app';

export interface Person {
  personId: string;
  name: string;
  email: string;
  password: string;
  client: GraphQLTestClient;
}

/**
 * A study group as the memorandum workflow needs it: a council and the Steering Committee it
 * reports to; committees A and B co-chair, C takes part, D stays outside; the people around it.
 */
export interface MemorandumCast {
  groupId: string;
  council: string;
  steering: string;
  committeeA: string;
  committeeB: string;
  committeeC: string;
  committeeD: string;
  secretary: Person;
  coChair: Person;
  coChair2: Person;
  /** Focal point of committee A (a co-chair committee). */
  focalA: Person;
  /** Focal point of committee C. */
  focalC: Person;
  /** A group member who speaks for no committee. */
  member: Person;
  /** An expert named in person as a recipient. */
  expert: Person;
  observer: Person;
  steeringMember: Person;
  outsider: Person;
}

export async function signedInPerson(t: TestApp, factory: Factory): Promise<Person> {
  const user = await factory.user();
  const [row] = await t.dataSource.query<{ name: string }[]>(`SELECT name FROM people WHERE id = $1`, [user.personId]);
  return {
    personId: user.personId,
    name: row!.name,
    email: user.email,
    password: user.password,
    client: await t.client().as(user.email, user.password),
  };
}

export async function memorandumCast(t: TestApp, factory: Factory): Promise<MemorandumCast> {
  const organization = async (name: string, kind: OrganizationKind) => (await factory.organization({ name, kind })).id;
  const council = await organization('Council for Security Cooperation', OrganizationKind.COUNCIL);
  const steering = await organization('Steering Committee', OrganizationKind.COUNCIL);
  const [committeeA, committeeB, committeeC, committeeD] = await Promise.all(
    ['A', 'B', 'C', 'D'].map((letter) => organization(`Committee ${letter}`, OrganizationKind.MEMBER_COMMITTEE)),
  );
  const [secretary, coChair, coChair2, focalA, focalC, member, expert, observer, steeringMember, outsider] =
    await Promise.all(Array.from({ length: 10 }, () => signedInPerson(t, factory)));
  await factory.grant(secretary!.personId, 'ORGANIZATION', council, OrganizationRole.SECRETARIAT);
  await factory.grant(focalA!.personId, 'ORGANIZATION', committeeA!, OrganizationRole.FOCAL_POINT);
  await factory.grant(focalC!.personId, 'ORGANIZATION', committeeC!, OrganizationRole.FOCAL_POINT);
  await factory.grant(steeringMember!.personId, 'ORGANIZATION', steering, OrganizationRole.MEMBER);
  const { createStudyGroup } = expectData<{ createStudyGroup: { id: string } }>(
    await secretary!.client.gql(
      `mutation C($input: CreateStudyGroupInput!) { createStudyGroup(input: $input) { id } }`,
      {
        input: {
          title: 'Study Group on Multilateral Security Governance in Northeast Asia',
          councilId: council,
          reportsToId: steering,
          startDate: '2010-01-01',
          endDate: '2011-12-31',
          coChairCommitteeIds: [committeeA, committeeB],
          participatingCommitteeIds: [committeeC],
        },
      },
    ),
  );
  const groupId = createStudyGroup.id;
  await factory.grant(coChair!.personId, 'STUDY_GROUP', groupId, StudyGroupRole.CO_CHAIR, committeeA);
  await factory.grant(coChair2!.personId, 'STUDY_GROUP', groupId, StudyGroupRole.CO_CHAIR, committeeB);
  await factory.grant(member!.personId, 'STUDY_GROUP', groupId, StudyGroupRole.MEMBER);
  await factory.grant(observer!.personId, 'STUDY_GROUP', groupId, StudyGroupRole.OBSERVER);
  return {
    groupId,
    council,
    steering,
    committeeA: committeeA!,
    committeeB: committeeB!,
    committeeC: committeeC!,
    committeeD: committeeD!,
    secretary: secretary!,
    coChair: coChair!,
    coChair2: coChair2!,
    focalA: focalA!,
    focalC: focalC!,
    member: member!,
    expert: expert!,
    observer: observer!,
    steeringMember: steeringMember!,
    outsider: outsider!,
  };
}

const CREATE = `mutation C($input: CreateDocumentInput!) { createDocument(input: $input) { id } }`;
const ADD = `mutation A($input: AddParagraphInput!) { addParagraph(input: $input) { id } }`;
const PARAGRAPHS = `query D($id: ID!) { document(id: $id) { version { paragraphs { paragraphId revision text } } openRound { id } } }`;
const CIRCULATE = `mutation C($input: CirculateDocumentInput!) { circulateDocument(input: $input) { id status } }`;

export interface DraftedParagraph {
  paragraphId: string;
  revision: number;
  text: string;
}

/** A memorandum of the group written by its co-chair: one text paragraph per entry, in order. */
export async function draftMemorandum(
  cast: MemorandumCast,
  title: string,
  texts: string[],
): Promise<{ id: string; paragraphs: DraftedParagraph[] }> {
  const client = cast.coChair.client;
  const { createDocument } = expectData<{ createDocument: { id: string } }>(
    await client.gql(CREATE, { input: { kind: 'MEMORANDUM', title, studyGroupId: cast.groupId } }),
  );
  const id = createDocument.id;
  for (const text of [...texts].reverse()) {
    expectData(await client.gql(ADD, { input: { documentId: id, content: { kind: 'TEXT', html: `<p>${text}</p>` } } }));
  }
  return { id, paragraphs: await workingParagraphs(client, id) };
}

export async function workingParagraphs(client: GraphQLTestClient, documentId: string): Promise<DraftedParagraph[]> {
  const { document } = expectData<{ document: { version: { paragraphs: DraftedParagraph[] } } }>(
    await client.gql(PARAGRAPHS, { id: documentId }),
  );
  return document.version.paragraphs;
}

/** Circulates for a week to committees A and C and the named expert, unless told otherwise. */
export function circulateMemorandum(cast: MemorandumCast, documentId: string, overrides: Record<string, unknown> = {}) {
  return cast.coChair.client.gql<{ circulateDocument: { id: string; status: string } }>(CIRCULATE, {
    input: {
      documentId,
      closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      attribution: 'ATTRIBUTED',
      instructions: 'Please send comments on the draft by the deadline.',
      organizationIds: [cast.committeeA, cast.committeeC],
      personIds: [cast.expert.personId],
      ...overrides,
    },
  });
}

export async function openRoundOf(cast: MemorandumCast, documentId: string): Promise<string> {
  const { document } = expectData<{ document: { openRound: { id: string } | null } }>(
    await cast.coChair.client.gql(PARAGRAPHS, { id: documentId }),
  );
  return document.openRound!.id;
}

export const POST_COMMENT = `mutation P($input: PostCommentInput!) { postComment(input: $input) { id } }`;
export const SAVE_PARAGRAPH = `mutation S($input: SaveParagraphInput!) { saveParagraph(input: $input) { paragraphId revision text } }`;
export const CLOSE_ROUND = `mutation C($id: ID!) { closeCommentRound(id: $id) { id status closedAt } }`;
