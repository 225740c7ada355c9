import type { MockLink } from '@apollo/client/testing';
import { documentPageQuery, documentVersionTextQuery, paragraphCommentsQuery } from '../graphql/document-queries';
import { documentEventsSubscription } from '../hooks/use-document-events';
import { setDocumentPresenceMutation } from '../hooks/use-presence-reporter';

/*
 * A CSCAP memorandum as the API returns it to the document page, with every field its queries ask
 * for. Tests change what they are about (who is looking, the round, the text) through overrides.
 */

export const DOCUMENT_ID = 'doc-memo-nea';

export const wangLei = { __typename: 'Person' as const, id: 'person-wang', name: '王磊' };
export const satoHiroshi = { __typename: 'Person' as const, id: 'person-sato', name: '佐藤 博' };
export const cscapJapan = {
  __typename: 'Organization' as const,
  id: 'org-cscap-jp',
  name: 'Japanese Committee of CSCAP',
  acronym: 'CSCAP-Japan',
};

export function commentFixture(id: string, overrides: Partial<Record<string, unknown>> = {}) {
  return {
    __typename: 'Comment' as const,
    id,
    kind: 'SUBSTANTIVE' as string,
    body: 'The paragraph should name the Six-Party Talks.',
    quote: null as string | null,
    attributed: true,
    author: satoHiroshi as unknown,
    speaksFor: cscapJapan as unknown,
    personalCapacity: false as boolean | null,
    roundNumber: 1,
    changedSince: false,
    disposition: null as string | null,
    reply: '',
    viewerIsAuthor: false,
    createdAt: '2020-03-02T05:00:00.000Z',
    suggestion: null as unknown,
    ...overrides,
  };
}

export function paragraphFixture(
  versionId: string,
  paragraphId: string,
  overrides: Partial<Record<string, unknown>> = {},
) {
  return {
    __typename: 'Paragraph' as const,
    id: `${versionId}:${paragraphId}`,
    paragraphId,
    kind: 'TEXT' as string,
    number: 1 as number | null,
    recommendationNumber: null as number | null,
    html: '<p>Northeast Asia has no standing forum for security cooperation.</p>',
    text: 'Northeast Asia has no standing forum for security cooperation.',
    revision: 3,
    updatedAt: '2020-02-20T02:00:00.000Z',
    updatedBy: null as unknown,
    addressees: [] as unknown[],
    issueAreas: [] as string[],
    // Split by versionTextMock into the count the text carries and the comments the margin loads.
    comments: [] as unknown[],
    commentCount: Array.isArray(overrides['comments']) ? overrides['comments'].length : 0,
    ...overrides,
  };
}

export function versionFixture(id: string, number: number, overrides: Partial<Record<string, unknown>> = {}) {
  return {
    __typename: 'DocumentVersion' as const,
    id,
    number,
    isWorking: false,
    isFinal: false,
    frozenAt: '2020-03-01T00:00:00.000Z' as string | null,
    round: null as unknown,
    paragraphs: [] as unknown[],
    removedParagraphs: [] as unknown[],
    ...overrides,
  };
}

/** What the page's list of versions holds of a version. */
export function versionSummary(version: ReturnType<typeof versionFixture>) {
  const { __typename, id, number, isWorking, isFinal, frozenAt } = version;
  return { __typename, id, number, isWorking, isFinal, frozenAt };
}

export function recipientFixture(id: string, overrides: Partial<Record<string, unknown>> = {}) {
  return {
    __typename: 'RoundRecipient' as const,
    id,
    response: 'NOT_YET' as string,
    responseNote: '',
    respondedAt: null as string | null,
    organization: cscapJapan as unknown,
    person: null as unknown,
    ...overrides,
  };
}

/** A recipient as the round's list of all recipients holds it. */
export function roundRecipientSummary(id: string, response = 'NOT_YET', organizationId: string | null = cscapJapan.id) {
  return {
    __typename: 'RoundRecipient' as const,
    id,
    response,
    organization: organizationId === null ? null : { __typename: 'Organization' as const, id: organizationId },
  };
}

export function openRoundFixture(overrides: Partial<Record<string, unknown>> = {}) {
  return {
    __typename: 'CommentRound' as const,
    id: 'round-1',
    number: 1,
    versionNumber: 1,
    status: 'OPEN' as const,
    opensAt: '2020-03-01T00:00:00.000Z',
    closesAt: '2099-03-31T08:00:00.000Z',
    acceptingComments: true,
    attribution: 'ATTRIBUTED' as string,
    instructions: 'Please comment paragraph by paragraph.',
    viewerCanRespond: true,
    recipients: [
      roundRecipientSummary('recipient-japan'),
      roundRecipientSummary('recipient-korea', 'ENDORSED', 'org-cscap-kr'),
    ] as unknown[],
    viewerRecipients: [recipientFixture('recipient-japan')] as unknown[],
    ...overrides,
  };
}

/** The document as the page's own query returns it: by default a working draft its co-chair edits. */
export function documentFixture(overrides: Partial<Record<string, unknown>> = {}) {
  return {
    __typename: 'Document' as const,
    id: DOCUMENT_ID,
    title: 'Memorandum on Security Cooperation in Northeast Asia',
    kind: 'MEMORANDUM' as const,
    status: 'DRAFTING' as string,
    viewerCanEdit: true,
    viewerCanSeeDraft: true,
    viewerCommittees: [] as unknown[],
    studyGroup: {
      __typename: 'StudyGroup' as const,
      id: 'sg-peace-2019',
      title: 'CSCAP Study Group on Northeast Asia Peace and Cooperation',
    },
    meeting: null as unknown,
    versions: [] as unknown[],
    rounds: [] as unknown[],
    openRound: null as unknown,
    ...overrides,
  };
}

export function documentPageMock(document: ReturnType<typeof documentFixture>): MockLink.MockedResponse {
  return {
    request: { query: documentPageQuery, variables: { id: document.id } },
    result: { data: { document } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

type Commented = Record<string, unknown> & { paragraphId: string; comments?: unknown[] };

/**
 * The text of a version, as its first paint has it (a count of comments per paragraph), and the
 * comments of its paragraphs as the margin asks for them. A fixture's `comments` are split between
 * the two.
 */
export function versionTextMock(
  version: ReturnType<typeof versionFixture> | null,
  { number = null, maxUsageCount = Number.POSITIVE_INFINITY }: { number?: number | null; maxUsageCount?: number } = {},
): MockLink.MockedResponse[] {
  const comments = new Map<string, unknown[]>();
  const counted = (entries: unknown[]) =>
    entries.map((entry) => {
      const { comments: list = [], commentCount: _count, ...rest } = entry as Commented;
      comments.set(rest.paragraphId, list);
      return { ...rest, commentCount: list.length };
    });
  const shaped = version && {
    ...version,
    paragraphs: counted(version.paragraphs),
    removedParagraphs: counted(version.removedParagraphs),
  };
  return [
    {
      request: { query: documentVersionTextQuery, variables: { id: DOCUMENT_ID, number } },
      result: { data: { document: { __typename: 'Document', id: DOCUMENT_ID, version: shaped } } },
      maxUsageCount,
    },
    {
      request: {
        query: paragraphCommentsQuery,
        variables: (variables: Record<string, unknown>) => variables['number'] === number,
      },
      result: (variables: Record<string, unknown>) => ({
        data: {
          document: {
            __typename: 'Document',
            id: DOCUMENT_ID,
            version: version && {
              __typename: 'DocumentVersion',
              id: version.id,
              paragraphComments: (variables['paragraphIds'] as string[]).map((paragraphId) => ({
                __typename: 'ParagraphComments',
                paragraphId,
                comments: comments.get(paragraphId) ?? [],
              })),
            },
          },
        },
      }),
      maxUsageCount,
    },
  ];
}

/** The live events, answered only after the test is over unless an event is given. */
export function documentEventsMock(event?: Record<string, unknown>): MockLink.MockedResponse {
  return {
    request: { query: documentEventsSubscription, variables: { id: DOCUMENT_ID } },
    result: {
      data: {
        documentEvents: event ?? {
          __typename: 'DocumentEvent',
          documentId: DOCUMENT_ID,
          kind: 'CHANGED',
          versionId: null,
          paragraphIds: null,
          commentId: null,
          roundId: null,
          presence: null,
        },
      },
    },
    delay: event ? 20 : 600_000,
  };
}

export const presenceMock: MockLink.MockedResponse = {
  request: { query: setDocumentPresenceMutation, variables: () => true },
  result: { data: { setDocumentPresence: true } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/*
 * jsdom lays nothing out, and the rich-text editor asks where the selection is to scroll it into
 * view: answers of an empty rectangle let it run.
 */
export function stubEditorLayout() {
  const empty = { x: 0, y: 0, top: 0, left: 0, bottom: 0, right: 0, width: 0, height: 0, toJSON: () => ({}) };
  Range.prototype.getClientRects = () => Object.assign([], { item: () => null });
  Range.prototype.getBoundingClientRect = () => empty;
  document.elementFromPoint = () => null;
}
