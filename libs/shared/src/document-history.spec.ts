import { describe, expect, it } from 'vitest';
import { describeHistoryEntry, documentStory, type HistoryFacts, versionChangesText } from './document-history';

const none: HistoryFacts = {
  action: '',
  fromState: null,
  toState: null,
  roundNumber: null,
  versionNumber: null,
  closesAt: null,
  commentCount: null,
  disposition: null,
  drafterCount: null,
  decision: null,
  bodyName: null,
  guidance: null,
  note: null,
  meetingDate: null,
  meetingReference: null,
  changes: null,
  sentToOrganizations: null,
  sentToPeople: null,
};

const moment = (iso: string) => `<${iso}>`;
const say = (facts: Partial<HistoryFacts>) => describeHistoryEntry({ ...none, ...facts }, moment);

describe('the history of a document in words', () => {
  it('says which round opened on which version, when it closes, and what changed in the text', () => {
    expect(
      say({
        action: 'round.opened',
        roundNumber: 2,
        versionNumber: 2,
        closesAt: '2030-12-27T16:00:00.000Z',
        changes: { changed: 4, added: 1, removed: 0 },
      }),
    ).toBe('Round 2 on version 2 opened, closes <2030-12-27T16:00:00.000Z>. Version 2: 4 paragraphs changed, 1 added');
    expect(
      say({ action: 'round.opened', roundNumber: 1, versionNumber: 1, closesAt: '2030-01-01T00:00:00.000Z' }),
    ).toBe('Round 1 on version 1 opened, closes <2030-01-01T00:00:00.000Z>');
  });

  it('counts what changed between versions', () => {
    expect(versionChangesText({ changed: 4, added: 1, removed: 2 })).toBe('4 paragraphs changed, 1 added, 2 removed');
    expect(versionChangesText({ changed: 0, added: 1, removed: 0 })).toBe('1 paragraph added');
    expect(versionChangesText({ changed: 1, added: 0, removed: 3 })).toBe('1 paragraph changed, 3 removed');
    expect(versionChangesText({ changed: 0, added: 0, removed: 0 })).toBe('no paragraph changed');
  });

  it('tells how a round closed and how many comments were disposed of', () => {
    expect(say({ action: 'round.closed', roundNumber: 1 })).toBe('Round 1 closed');
    expect(say({ action: 'round.closed_at_deadline', roundNumber: 3 })).toBe('Round 3 closed at its deadline');
    expect(say({ action: 'comments.disposed', roundNumber: 1, commentCount: 14 })).toBe(
      '14 comments of round 1 disposed of',
    );
    expect(say({ action: 'comments.disposed', roundNumber: 2, commentCount: 1, disposition: 'ACCEPTED_IN_PART' })).toBe(
      '1 comment of round 2 disposed of: accepted in part',
    );
    expect(say({ action: 'suggestion.accepted', roundNumber: 1, commentCount: 1, disposition: 'ACCEPTED' })).toBe(
      'Suggested wording of round 1 accepted into the text',
    );
  });

  it('tells the body’s decision with its meeting, and the guidance it gave', () => {
    const decided = {
      action: 'document.status_changed',
      fromState: 'SUBMITTED',
      bodyName: 'CSCAP Steering Committee',
      meetingDate: '2030-04-12',
      meetingReference: 'SC 35, item 4',
    } as const;
    expect(say({ ...decided, toState: 'REVISING', decision: 'RETURNED', guidance: 'Name the addressees.' })).toBe(
      'Returned with guidance by CSCAP Steering Committee at its meeting on Friday 12 April 2030 (SC 35, item 4): Name the addressees.',
    );
    expect(say({ ...decided, toState: 'APPROVED', decision: 'APPROVED', meetingReference: null, note: '' })).toBe(
      'Approved by CSCAP Steering Committee at its meeting on Friday 12 April 2030',
    );
  });

  it('tells finalising, submitting and publishing in words, not state names', () => {
    expect(
      say({
        action: 'document.status_changed',
        fromState: 'REVISING',
        toState: 'FINAL',
        versionNumber: 3,
        changes: { changed: 2, added: 0, removed: 0 },
      }),
    ).toBe('Version 3 finalised as the final text. Version 3: 2 paragraphs changed');
    expect(
      say({
        action: 'document.status_changed',
        fromState: 'FINAL',
        toState: 'SUBMITTED',
        versionNumber: 3,
        bodyName: 'CSCAP Steering Committee',
      }),
    ).toBe('Version 3 submitted to CSCAP Steering Committee for decision');
    expect(
      say({
        action: 'document.status_changed',
        fromState: 'APPROVED',
        toState: 'PUBLISHED',
        sentToOrganizations: 8,
        sentToPeople: 1,
      }),
    ).toBe('Published and sent to 8 institutions and 1 expert');
    expect(say({ action: 'document.created', toState: 'DRAFTING' })).toBe('Document started');
    expect(say({ action: 'document.drafters_named', drafterCount: 2 })).toBe('2 drafters named');
  });

  it('leaves out the status changes that echo a round, and reads dispositions in a row as one step', () => {
    const entry = (facts: Partial<HistoryFacts>, actorId: string | null = 'kim') => ({ ...none, actorId, ...facts });
    const story = documentStory([
      entry({ action: 'round.opened', roundNumber: 1 }),
      entry({ action: 'document.status_changed', fromState: 'DRAFTING', toState: 'IN_COMMENT_ROUND' }),
      entry({ action: 'round.closed_at_deadline', roundNumber: 1 }, null),
      entry({ action: 'document.status_changed', fromState: 'IN_COMMENT_ROUND', toState: 'REVISING' }, null),
      entry({ action: 'comments.disposed', roundNumber: 1, commentCount: 10, disposition: 'ACCEPTED' }),
      entry({ action: 'comments.disposed', roundNumber: 1, commentCount: 4, disposition: 'NOTED' }),
      entry({ action: 'comments.disposed', roundNumber: 1, commentCount: 1 }, 'wang'),
      entry({ action: 'document.status_changed', fromState: 'SUBMITTED', toState: 'REVISING', decision: 'RETURNED' }),
    ]);
    expect(story.map((e) => describeHistoryEntry(e, moment))).toEqual([
      'Round 1 opened',
      'Round 1 closed at its deadline',
      '14 comments of round 1 disposed of',
      '1 comment of round 1 disposed of',
      'Returned with guidance by the body it was submitted to',
    ]);
  });
});
