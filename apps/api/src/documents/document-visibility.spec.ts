import { AttributionMode, DocumentStatus } from '@plenary/shared';
import { describe, expect, it } from 'vitest';
import {
  asksForResponse,
  commentAttributed,
  documentAccess,
  foundInSearch,
  recipientsAnsweredBy,
  roundAttributed,
  seesCirculation,
  seesDrafting,
  seesPresence,
  visibleRecipients,
  visibleVersions,
} from './document-visibility';

/** Roles as AccessRepository.rolesOn derives them on a study group's document. */
const coChair = ['GROUP_CO_CHAIR'];
const secretariat = ['GROUP_SECRETARIAT'];
const groupMember = ['GROUP_MEMBER'];
const observer = ['GROUP_OBSERVER'];
const recipient = ['RECIPIENT'];
const bodyMember = ['SUBMITTED_TO'];
const disseminatedTo = ['DISSEMINATED'];

const versions = [
  { number: 1, frozenAt: new Date('2026-01-10'), isFinal: false },
  { number: 2, frozenAt: new Date('2026-02-10'), isFinal: true },
  { number: 3, frozenAt: null, isFinal: false },
];
const numbers = (list: { number: number }[]) => list.map((v) => v.number);

describe('which versions a viewer opens', () => {
  it('gives the drafters every version, the working one included', () => {
    expect(numbers(visibleVersions(documentAccess(DocumentStatus.REVISING, coChair), versions))).toEqual([1, 2, 3]);
    expect(numbers(visibleVersions(documentAccess(DocumentStatus.REVISING, secretariat), versions))).toEqual([1, 2, 3]);
  });

  it('gives readers of the circulated text the frozen versions, never the working one', () => {
    expect(numbers(visibleVersions(documentAccess(DocumentStatus.REVISING, recipient), versions))).toEqual([1, 2]);
    expect(numbers(visibleVersions(documentAccess(DocumentStatus.SUBMITTED, bodyMember), versions))).toEqual([1, 2]);
  });

  it('gives those who read only what is published the final text alone, once published', () => {
    expect(numbers(visibleVersions(documentAccess(DocumentStatus.PUBLISHED, observer), versions))).toEqual([2]);
    expect(numbers(visibleVersions(documentAccess(DocumentStatus.PUBLISHED, disseminatedTo), versions))).toEqual([2]);
    expect(documentAccess(DocumentStatus.APPROVED, observer).visible).toBe(false);
  });

  it('shows a group member nothing of a draft that was never circulated', () => {
    const access = documentAccess(DocumentStatus.DRAFTING, groupMember);
    expect(access.visible).toBe(false);
    expect(documentAccess(DocumentStatus.IN_COMMENT_ROUND, groupMember).read).toBe(true);
  });
});

describe('what of the rounds and the drafting a viewer sees', () => {
  it('shows rounds, comments and responses to readers of the circulated text, not to the public', () => {
    expect(seesCirculation(documentAccess(DocumentStatus.IN_COMMENT_ROUND, recipient))).toBe(true);
    expect(seesCirculation(documentAccess(DocumentStatus.PUBLISHED, observer))).toBe(false);
  });

  it('keeps the drafting (history, notices, drafters) to the co-chairs and the secretariat', () => {
    expect(seesDrafting(documentAccess(DocumentStatus.REVISING, secretariat))).toBe(true);
    expect(seesDrafting(documentAccess(DocumentStatus.REVISING, recipient))).toBe(false);
    expect(seesDrafting(documentAccess(DocumentStatus.SUBMITTED, bodyMember))).toBe(false);
  });

  it('tells a drafter where the others edit, never where they themselves are', () => {
    const access = documentAccess(DocumentStatus.DRAFTING, coChair);
    expect(seesPresence(access, 'other', 'me')).toBe(true);
    expect(seesPresence(access, 'me', 'me')).toBe(false);
    expect(seesPresence(documentAccess(DocumentStatus.IN_COMMENT_ROUND, recipient), 'other', 'me')).toBe(false);
  });
});

describe('whose name a comment shows', () => {
  const nonAttributed = { attribution: AttributionMode.NON_ATTRIBUTED };
  const attributed = { attribution: AttributionMode.ATTRIBUTED };
  const comment = { authorId: 'author' };

  it('shows the co-chairs who said what, even in a non-attributed round', () => {
    expect(commentAttributed(documentAccess(DocumentStatus.REVISING, coChair), nonAttributed, comment, 'me')).toBe(
      true,
    );
  });

  it('hides the author from other recipients in a non-attributed round, but not from the author', () => {
    const access = documentAccess(DocumentStatus.IN_COMMENT_ROUND, recipient);
    expect(commentAttributed(access, nonAttributed, comment, 'me')).toBe(false);
    expect(commentAttributed(access, nonAttributed, comment, 'author')).toBe(true);
    expect(commentAttributed(access, nonAttributed, comment, null)).toBe(false);
  });

  it('names every comment of a round to the co-chairs and in an attributed round, to a recipient only their own otherwise', () => {
    expect(roundAttributed(documentAccess(DocumentStatus.REVISING, coChair), nonAttributed)).toBe(true);
    expect(roundAttributed(documentAccess(DocumentStatus.REVISING, groupMember), attributed)).toBe(true);
    expect(roundAttributed(documentAccess(DocumentStatus.IN_COMMENT_ROUND, recipient), nonAttributed)).toBe(false);
  });

  it('shows every reader the author in an attributed round', () => {
    expect(commentAttributed(documentAccess(DocumentStatus.REVISING, groupMember), attributed, comment, 'me')).toBe(
      true,
    );
  });
});

describe('which recipients and responses a viewer sees', () => {
  const recipients = [
    { id: 'committee-a', organizationId: 'a', personId: null },
    { id: 'committee-c', organizationId: 'c', personId: null },
    { id: 'expert', organizationId: null, personId: 'expert' },
  ];
  const ids = (list: { id: string }[]) => list.map((r) => r.id);
  const focalC = { personId: 'focal-c', committees: new Set(['c']) };

  it('shows everyone every response of an attributed round', () => {
    const access = documentAccess(DocumentStatus.IN_COMMENT_ROUND, recipient);
    expect(ids(visibleRecipients(recipients, { attribution: AttributionMode.ATTRIBUTED }, access, focalC))).toEqual(
      ids(recipients),
    );
  });

  it('shows a recipient of a non-attributed round only the responses they give, and the drafters all', () => {
    const round = { attribution: AttributionMode.NON_ATTRIBUTED };
    const reader = documentAccess(DocumentStatus.IN_COMMENT_ROUND, recipient);
    expect(ids(visibleRecipients(recipients, round, reader, focalC))).toEqual(['committee-c']);
    expect(ids(visibleRecipients(recipients, round, reader, { personId: 'expert', committees: new Set() }))).toEqual([
      'expert',
    ]);
    expect(visibleRecipients(recipients, round, reader, null)).toEqual([]);
    const drafter = documentAccess(DocumentStatus.IN_COMMENT_ROUND, coChair);
    expect(ids(visibleRecipients(recipients, round, drafter, null))).toEqual(ids(recipients));
  });

  it('asks for a response those who answer for a recipient while the round takes comments, never the drafters', () => {
    const reader = documentAccess(DocumentStatus.IN_COMMENT_ROUND, recipient);
    expect(recipientsAnsweredBy(recipients, focalC)).toHaveLength(1);
    expect(asksForResponse(reader, true, 1)).toBe(true);
    expect(asksForResponse(reader, false, 1)).toBe(false);
    expect(asksForResponse(reader, true, 0)).toBe(false);
    expect(asksForResponse(documentAccess(DocumentStatus.IN_COMMENT_ROUND, coChair), true, 1)).toBe(false);
  });
});

describe('what search finds of a document', () => {
  it('finds the working text for the drafters only, and the circulated text for its readers', () => {
    const drafter = documentAccess(DocumentStatus.REVISING, coChair);
    const reader = documentAccess(DocumentStatus.REVISING, recipient);
    expect(foundInSearch(drafter, { kind: 'PARAGRAPH', working: true })).toBe(true);
    expect(foundInSearch(reader, { kind: 'PARAGRAPH', working: true })).toBe(false);
    expect(foundInSearch(reader, { kind: 'PARAGRAPH', working: false })).toBe(true);
  });

  it('finds comments for those who see the rounds, and the published text for the public', () => {
    const reader = documentAccess(DocumentStatus.PUBLISHED, recipient);
    const publicReader = documentAccess(DocumentStatus.PUBLISHED, observer);
    expect(foundInSearch(reader, { kind: 'COMMENT' })).toBe(true);
    expect(foundInSearch(publicReader, { kind: 'COMMENT' })).toBe(false);
    expect(foundInSearch(publicReader, { kind: 'DOCUMENT' })).toBe(true);
    expect(foundInSearch(publicReader, { kind: 'PARAGRAPH', working: false })).toBe(true);
    expect(foundInSearch(documentAccess(DocumentStatus.DRAFTING, groupMember), { kind: 'DOCUMENT' })).toBe(false);
  });
});
