import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import type { FormattedExecutionResult } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import type {
  CirculateDocumentMutationVariables,
  NameCommitteeMemberMutationVariables,
  CloseCommentRoundMutationVariables,
  DecideDocumentMutationVariables,
  FinaliseDocumentMutationVariables,
} from '../../../__generated__/graphql';
import { apiError } from '../../../test/fixtures';
import { renderRoute } from '../../../test/render';
import { circulationAudienceQuery } from '../../comment-rounds/components/circulation-audience';
import { roundMailPreviewQuery } from '../../comment-rounds/components/round-mail-preview';
import { nameCommitteeMemberMutation } from '../../comment-rounds/hooks/use-name-committee-member';
import { studyGroupOrganizationsQuery } from '../../organizations/hooks/use-study-group-organizations';
import { peopleSearchQuery } from '../../people/hooks/use-people-search';
import {
  circulateDocumentMutation,
  closeCommentRoundMutation,
  decideDocumentMutation,
  finaliseDocumentMutation,
} from '../hooks/use-workflow-steps';
import { DocumentActions, documentActionsQuery } from './document-actions';

const DOCUMENT_ID = 'doc-memorandum-2020';

const organization = (id: string, name: string, acronym: string | null, kind = 'MEMBER_COMMITTEE') => ({
  __typename: 'Organization' as const,
  id,
  name,
  acronym,
  kind,
});
const cscapKorea = organization('org-cscap-kr', 'Korean Committee of CSCAP', 'CSCAP-Korea');
const cscapJapan = organization('org-cscap-jp', 'Japanese Committee of CSCAP', 'CSCAP-Japan');
const steeringCommittee = organization('org-cscap-sc', 'CSCAP Steering Committee', null, 'OTHER');

function round(number: number, overrides: Partial<Record<string, unknown>> = {}) {
  return {
    __typename: 'CommentRound' as const,
    id: `round-${number}`,
    number,
    status: 'CLOSED',
    closesAt: '2030-03-31T08:00:00.000Z',
    undisposedCount: 0,
    ...overrides,
  };
}

/** The memorandum as the actions ask for it: a co-chair's view of a draft unless a test says otherwise. */
function documentFixture(overrides: Partial<Record<string, unknown>> = {}) {
  return {
    __typename: 'Document' as const,
    id: DOCUMENT_ID,
    title: 'Memorandum on Northeast Asia Peace and Cooperation',
    status: 'DRAFTING',
    viewerCanEdit: true,
    viewerCanDecide: false,
    viewerCanPublish: false,
    submittedTo: null as unknown,
    studyGroup: {
      __typename: 'StudyGroup' as const,
      id: 'sg-peace-2019',
      reportsTo: { __typename: 'Organization' as const, id: steeringCommittee.id, name: steeringCommittee.name },
      committees: [
        {
          __typename: 'StudyGroupCommittee' as const,
          role: 'CO_CHAIR',
          organization: {
            __typename: 'Organization' as const,
            id: cscapKorea.id,
            name: cscapKorea.name,
            acronym: 'CSCAP-Korea',
          },
        },
        {
          __typename: 'StudyGroupCommittee' as const,
          role: 'PARTICIPANT',
          organization: {
            __typename: 'Organization' as const,
            id: cscapJapan.id,
            name: cscapJapan.name,
            acronym: 'CSCAP-Japan',
          },
        },
      ],
    },
    openRound: null as unknown,
    rounds: [] as unknown[],
    circulationDefaults: null as unknown,
    ...overrides,
  };
}

const readerFlags = { viewerCanEdit: false, viewerCanDecide: false, viewerCanPublish: false };

function renderActions(
  document: ReturnType<typeof documentFixture>,
  extraMocks: MockLink.MockedResponse[] = [],
  after?: ReturnType<typeof documentFixture>,
) {
  // A test's own answers come first, so that they take precedence over the defaults below.
  const mocks: MockLink.MockedResponse[] = [
    ...extraMocks,
    { request: { query: documentActionsQuery, variables: { id: DOCUMENT_ID } }, result: { data: { document } } },
    {
      request: { query: documentActionsQuery, variables: { id: DOCUMENT_ID } },
      result: { data: { document: after ?? document } },
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
    {
      request: { query: studyGroupOrganizationsQuery },
      result: { data: { organizations: [cscapJapan, cscapKorea, steeringCommittee] } },
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
    {
      request: { query: peopleSearchQuery, variables: () => true },
      result: { data: { people: [] } },
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
  ];
  return renderRoute({
    routes: [{ path: '/documents/:documentId', element: <DocumentActions documentId={DOCUMENT_ID} /> }],
    initialEntry: `/documents/${DOCUMENT_ID}`,
    mocks,
  });
}

const workflowButtons = [
  'Circulate for comment',
  /^Close round/,
  'Finalise',
  /^Submit/,
  'Record decision',
  'Publish',
] as const;

/** The workflow buttons on screen, by name. */
function offeredSteps(): string[] {
  return workflowButtons.flatMap((name) =>
    screen.queryAllByRole('button', { name }).map((button) => button.textContent ?? ''),
  );
}

describe('document actions', { timeout: 20_000 }, () => {
  it.each([
    ['DRAFTING', {}, ['Circulate for comment']],
    [
      'IN_COMMENT_ROUND',
      { openRound: round(1, { status: 'OPEN' }), rounds: [round(1, { status: 'OPEN' })] },
      ['Close round 1 now'],
    ],
    ['REVISING', { rounds: [round(1)] }, ['Circulate for comment', 'Finalise']],
    ['FINAL', { rounds: [round(1)] }, ['Submit to CSCAP Steering Committee']],
    ['SUBMITTED', {}, []],
    ['APPROVED', {}, []],
    ['PUBLISHED', {}, []],
  ])('offers a co-chair only the moves allowed from %s', async (status, overrides, expected) => {
    renderActions(documentFixture({ status, ...overrides }));

    expect(await screen.findByRole('link', { name: 'Word (.docx)' })).toBeInTheDocument();
    await vi.waitFor(() => {
      expect(offeredSteps()).toEqual(expected);
    });
  });

  it.each([
    ['SUBMITTED', { viewerCanDecide: true }, ['Record decision']],
    ['APPROVED', { viewerCanPublish: true }, ['Publish']],
    ['DRAFTING', {}, []],
    ['REVISING', { rounds: [round(1)] }, []],
  ])('offers a reader only what their role allows in %s', async (status, flags, expected) => {
    renderActions(documentFixture({ status, ...readerFlags, ...flags }));

    await screen.findByRole('link', { name: 'PDF' });
    await vi.waitFor(() => {
      expect(offeredSteps()).toEqual(expected);
    });
  });

  it('links the Word and PDF files of the document', async () => {
    renderActions(documentFixture({ ...readerFlags }));

    const downloads = await screen.findByRole('navigation', { name: 'Download the document' });
    expect(within(downloads).getByRole('link', { name: 'Word (.docx)' })).toHaveAttribute(
      'href',
      `/documents/${DOCUMENT_ID}/document.docx`,
    );
    expect(within(downloads).getByRole('link', { name: 'PDF' })).toHaveAttribute(
      'href',
      `/documents/${DOCUMENT_ID}/document.pdf`,
    );
  });

  it('keeps Finalise disabled, saying why, while comments of the last round lack a disposition', async () => {
    renderActions(documentFixture({ status: 'REVISING', rounds: [round(1), round(2, { undisposedCount: 3 })] }));

    const finalise = await screen.findByRole('button', { name: 'Finalise' });
    await vi.waitFor(() => {
      expect(finalise).toBeDisabled();
    });
    expect(finalise).toHaveAccessibleDescription('3 comments still need a disposition');
    expect(screen.getByText('3 comments still need a disposition')).toBeVisible();
  });

  it('shows the refusal when the server still finds comments without a disposition', async () => {
    const finalise = vi.fn((_: FinaliseDocumentMutationVariables): FormattedExecutionResult => ({
      errors: [apiError('1 comment of round 1 still needs a disposition.', 'CONFLICT', 'UNDISPOSED_COMMENTS')],
    }));
    const { user } = renderActions(documentFixture({ status: 'REVISING', rounds: [round(1)] }), [
      { request: { query: finaliseDocumentMutation, variables: () => true }, result: finalise },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Finalise' }));
    const dialog = await screen.findByRole('dialog', { name: 'Finalise the text?' });
    await user.click(within(dialog).getByRole('button', { name: 'Finalise' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      '1 comment of round 1 still needs a disposition. Give each one a disposition in the comment table, then finalise.',
    );
    expect(finalise).toHaveBeenCalledWith({ id: DOCUMENT_ID });
  });

  it('closes the open round after asking, and then offers revision steps', async () => {
    const open = round(1, { status: 'OPEN' });
    const close = vi.fn((_: CloseCommentRoundMutationVariables) => ({
      data: {
        closeCommentRound: {
          __typename: 'CommentRound',
          id: open.id,
          status: 'CLOSED',
          closedAt: '2030-03-01T00:00:00.000Z',
          closedAtDeadline: false,
          acceptingComments: false,
        },
      },
    }));
    const revising = documentFixture({ status: 'REVISING', rounds: [round(1)] });
    const { user } = renderActions(
      documentFixture({ status: 'IN_COMMENT_ROUND', openRound: open, rounds: [open] }),
      [{ request: { query: closeCommentRoundMutation, variables: () => true }, result: close }],
      revising,
    );

    await user.click(await screen.findByRole('button', { name: 'Close round 1 now' }));
    const dialog = await screen.findByRole('dialog', { name: 'Close round 1 now?' });
    await user.click(within(dialog).getByRole('button', { name: 'Close round 1 now' }));

    expect(await screen.findByRole('button', { name: 'Finalise' })).toBeEnabled();
    expect(close).toHaveBeenCalledWith({ id: open.id });
    expect(screen.queryByRole('button', { name: 'Close round 1 now' })).not.toBeInTheDocument();
  });

  it('circulates to the group’s committees with the chosen deadline and attribution', async () => {
    const inRound = documentFixture({
      status: 'IN_COMMENT_ROUND',
      openRound: round(1, { status: 'OPEN' }),
      rounds: [round(1, { status: 'OPEN' })],
    });
    const circulate = vi.fn((_: CirculateDocumentMutationVariables) => ({ data: { circulateDocument: inRound } }));
    const { user } = renderActions(
      documentFixture(),
      [{ request: { query: circulateDocumentMutation, variables: () => true }, result: circulate }],
      inRound,
    );

    await user.click(await screen.findByRole('button', { name: 'Circulate for comment' }));
    const dialog = await screen.findByRole('dialog', { name: 'Circulate for comment' });
    fireEvent.change(within(dialog).getByLabelText(/^Closes/), { target: { value: '2030-03-31T17:00' } });
    await user.click(within(dialog).getByRole('radio', { name: /^Non-attributed/ }));
    await user.click(within(dialog).getByLabelText('Instructions'));
    await user.paste('Comment on the recommendations in particular.');
    await user.click(within(dialog).getByRole('button', { name: 'Circulate for comment' }));

    expect(await screen.findByRole('button', { name: 'Close round 1 now' })).toBeInTheDocument();
    expect(circulate).toHaveBeenCalledOnce();
    expect(circulate.mock.calls[0]?.[0]).toEqual({
      input: {
        documentId: DOCUMENT_ID,
        organizationIds: [cscapKorea.id, cscapJapan.id],
        personIds: [],
        closesAt: new Date('2030-03-31T17:00').toISOString(),
        instructions: 'Comment on the recommendations in particular.',
        attribution: 'NON_ATTRIBUTED',
      },
    });
  });

  it('shows the server’s refusal of the dates next to the closing time', async () => {
    const circulate = vi.fn((_: CirculateDocumentMutationVariables): FormattedExecutionResult => ({
      errors: [apiError('The round must close after it opens.', 'BAD_USER_INPUT', 'DATES_OUT_OF_ORDER', 'closesAt')],
    }));
    const { user } = renderActions(documentFixture(), [
      { request: { query: circulateDocumentMutation, variables: () => true }, result: circulate },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Circulate for comment' }));
    const dialog = await screen.findByRole('dialog', { name: 'Circulate for comment' });
    fireEvent.change(within(dialog).getByLabelText(/^Closes/), { target: { value: '2030-03-31T17:00' } });
    await user.click(within(dialog).getByRole('button', { name: 'Circulate for comment' }));

    const closes = within(dialog).getByLabelText(/^Closes/);
    await vi.waitFor(() => {
      expect(closes).toHaveAccessibleDescription(expect.stringContaining('The round must close after it opens.'));
    });
    expect(closes).toBeInvalid();
  });

  it('asks for guidance before returning the text, then records the decision', async () => {
    const decide = vi.fn((_: DecideDocumentMutationVariables) => ({
      data: { decideDocument: documentFixture({ status: 'REVISING', ...readerFlags }) },
    }));
    const { user } = renderActions(
      documentFixture({ status: 'SUBMITTED', ...readerFlags, viewerCanDecide: true }),
      [{ request: { query: decideDocumentMutation, variables: () => true }, result: decide }],
      documentFixture({ status: 'REVISING', ...readerFlags }),
    );

    await user.click(await screen.findByRole('button', { name: 'Record decision' }));
    const dialog = await screen.findByRole('dialog', { name: 'Record decision' });
    await user.click(within(dialog).getByRole('radio', { name: /^Returned with guidance/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Record decision' }));

    expect(await within(dialog).findByText('Say what the co-chairs should revise.')).toBeInTheDocument();
    expect(decide).not.toHaveBeenCalled();

    await user.click(within(dialog).getByLabelText(/^Guidance/));
    await user.paste('Shorten the recommendations on maritime security.');
    fireEvent.change(within(dialog).getByLabelText(/^Date of the meeting/), { target: { value: '2030-04-12' } });
    await user.click(within(dialog).getByLabelText(/^Meeting or minute/));
    await user.paste('SC 35, item 4');
    await user.click(within(dialog).getByRole('button', { name: 'Record decision' }));

    await vi.waitFor(() => {
      expect(screen.queryByRole('button', { name: 'Record decision' })).not.toBeInTheDocument();
    });
    expect(decide.mock.calls[0]?.[0]).toEqual({
      input: {
        documentId: DOCUMENT_ID,
        decision: 'RETURNED',
        meetingDate: '2030-04-12',
        meetingReference: 'SC 35, item 4',
        guidance: 'Shorten the recommendations on maritime security.',
      },
    });
  });
});

const person = (id: string, name: string, sortName: string, honorific: string | null = null) => ({
  __typename: 'Person' as const,
  id,
  name,
  sortName,
  honorific,
});
const sato = person('person-sato', '佐藤遥', 'Sato Haruka', 'Dr.');
const suzuki = person('person-suzuki', '鈴木花子', 'Suzuki Hanako');
const jung = person('person-jung', '정수민', 'Jung Su-min');

function audience(recipients: unknown[]) {
  return {
    data: {
      circulationAudience: {
        __typename: 'CirculationAudience' as const,
        documentId: DOCUMENT_ID,
        studyGroupId: 'sg-peace-2019',
        recipients,
      },
    },
  };
}

function recipient(committee: ReturnType<typeof organization>, people: unknown[], canNameMember = true) {
  return {
    __typename: 'AudienceRecipient' as const,
    canNameMember,
    organization: {
      __typename: 'Organization' as const,
      id: committee.id,
      name: committee.name,
      acronym: committee.acronym,
    },
    expert: null,
    people,
  };
}

function reached(who: ReturnType<typeof person>, hasEmail: boolean, hasAccount: boolean) {
  return { __typename: 'AudiencePerson' as const, hasEmail, hasAccount, person: who };
}

describe('circulating: who will be told', { timeout: 20_000 }, () => {
  it('shows who each committee reaches and how, and warns about a committee nobody can be told for', async () => {
    const { user } = renderActions(documentFixture(), [
      {
        request: { query: circulationAudienceQuery, variables: () => true },
        result: audience([
          recipient(cscapKorea, []),
          recipient(cscapJapan, [reached(sato, true, true), reached(suzuki, true, false)]),
        ]),
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Circulate for comment' }));
    const dialog = await screen.findByRole('dialog', { name: 'Circulate for comment' });
    const told = await within(dialog).findByRole('region', { name: 'Who will be told' });
    expect(told).toHaveTextContent('2 people will be told: 1 by e-mail and in Plenary, 1 by e-mail only.');
    const japan = within(told).getByRole('list', { name: 'Told for CSCAP-Japan' });
    const [first, second] = within(japan).getAllByRole('listitem');
    expect(first).toHaveTextContent('Dr. 佐藤遥');
    expect(first).toHaveTextContent('(Sato Haruka)');
    expect(first).toHaveTextContent('E-mail');
    expect(first).toHaveTextContent('Account');
    expect(second).toHaveTextContent('No account');
    expect(within(told).getByRole('alert')).toHaveTextContent(
      'Nobody will be told for CSCAP-KoreaNo one in the directory belongs to it, so no one can comment or respond for it.',
    );
  });

  it('lets a co-chair name someone for the empty committee, who is then among those told', async () => {
    const name = vi.fn((_: NameCommitteeMemberMutationVariables) => ({
      data: { addStudyGroupMember: { __typename: 'StudyGroup', id: 'sg-peace-2019' } },
    }));
    const { user } = renderActions(documentFixture(), [
      {
        request: { query: circulationAudienceQuery, variables: () => true },
        result: audience([recipient(cscapKorea, []), recipient(cscapJapan, [reached(sato, true, true)])]),
      },
      {
        request: { query: circulationAudienceQuery, variables: () => true },
        result: audience([
          recipient(cscapKorea, [reached(jung, true, true)]),
          recipient(cscapJapan, [reached(sato, true, true)]),
        ]),
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      { request: { query: nameCommitteeMemberMutation, variables: () => true }, result: name },
      {
        request: { query: peopleSearchQuery, variables: () => true },
        result: { data: { people: [{ ...jung, title: null, affiliation: null }] } },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Circulate for comment' }));
    const dialog = await screen.findByRole('dialog', { name: 'Circulate for comment' });
    await user.click(await within(dialog).findByRole('button', { name: 'Name someone for CSCAP-Korea' }));
    const naming = within(dialog).getByRole('group', { name: 'Name someone for CSCAP-Korea' });
    await user.click(within(naming).getByRole('combobox', { name: /^Person/ }));
    await user.click(await screen.findByRole('option', { name: /정수민/ }));
    await user.click(within(naming).getByRole('button', { name: 'Add to the group' }));

    expect(await within(dialog).findByRole('list', { name: 'Told for CSCAP-Korea' })).toHaveTextContent('정수민');
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    expect(name.mock.calls[0]?.[0]).toEqual({
      input: { studyGroupId: 'sg-peace-2019', personId: jung.id, role: 'MEMBER', representingId: cscapKorea.id },
    });
  });

  it('starts from the last round: its recipients, experts and attribution, and a deadline as far off', async () => {
    const inRound = documentFixture({ status: 'IN_COMMENT_ROUND', openRound: round(2, { status: 'OPEN' }) });
    const circulate = vi.fn((_: CirculateDocumentMutationVariables) => ({ data: { circulateDocument: inRound } }));
    const { user } = renderActions(
      documentFixture({
        status: 'REVISING',
        rounds: [round(1)],
        circulationDefaults: {
          __typename: 'CirculationDefaults',
          attribution: 'NON_ATTRIBUTED',
          closesAt: '2030-04-20T08:00:00.000Z',
          followsRound: 1,
          organizations: [{ __typename: 'Organization', id: cscapJapan.id }],
          people: [{ __typename: 'Person', id: 'person-olsen', name: 'Ingrid Olsen', honorific: 'Dr.' }],
        },
      }),
      [
        { request: { query: circulateDocumentMutation, variables: () => true }, result: circulate },
        {
          request: { query: circulationAudienceQuery, variables: () => true },
          result: audience([recipient(cscapJapan, [reached(sato, true, true)])]),
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
      ],
      inRound,
    );

    await user.click(await screen.findByRole('button', { name: 'Circulate for comment' }));
    const dialog = await screen.findByRole('dialog', { name: 'Circulate for comment' });
    expect(within(dialog).getByText(/^Proposed from round 1/)).toBeInTheDocument();
    const closes = new Date('2030-04-20T08:00:00.000Z');
    const pad = (n: number) => String(n).padStart(2, '0');
    expect(within(dialog).getByLabelText(/^Closes/)).toHaveValue(
      `${closes.getFullYear()}-${pad(closes.getMonth() + 1)}-${pad(closes.getDate())}T${pad(closes.getHours())}:${pad(closes.getMinutes())}`,
    );
    expect(within(dialog).getByRole('radio', { name: /^Non-attributed/ })).toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: 'Circulate for comment' }));

    await vi.waitFor(() => {
      expect(circulate).toHaveBeenCalledOnce();
    });
    expect(circulate.mock.calls[0]?.[0].input).toMatchObject({
      organizationIds: [cscapJapan.id],
      personIds: ['person-olsen'],
      closesAt: closes.toISOString(),
      attribution: 'NON_ATTRIBUTED',
    });
  });

  it('previews the e-mail the recipients will get', async () => {
    const { user } = renderActions(documentFixture(), [
      {
        request: { query: circulationAudienceQuery, variables: () => true },
        result: audience([recipient(cscapJapan, [reached(sato, true, true)])]),
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      {
        request: { query: roundMailPreviewQuery, variables: () => true },
        result: {
          data: {
            circulationAudience: {
              __typename: 'CirculationAudience',
              documentId: DOCUMENT_ID,
              mailPreview: {
                __typename: 'MailPreview',
                to: 'Dr. 佐藤遥 (Sato Haruka)',
                subject: 'For comment: Memorandum on Northeast Asia Peace and Cooperation (version 1)',
                text: 'Dear Dr. 佐藤遥 (Sato Haruka),\n\nYou may comment and respond for CSCAP-Japan.',
              },
            },
          },
        },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Circulate for comment' }));
    const dialog = await screen.findByRole('dialog', { name: 'Circulate for comment' });
    expect(within(dialog).getByRole('button', { name: 'Preview the e-mail' })).toBeDisabled();
    fireEvent.change(within(dialog).getByLabelText(/^Closes/), { target: { value: '2030-03-31T17:00' } });
    await user.click(within(dialog).getByRole('button', { name: 'Preview the e-mail' }));

    const preview = await within(dialog).findByRole('figure', { name: 'E-mail preview' });
    expect(preview).toHaveTextContent('For comment: Memorandum on Northeast Asia Peace and Cooperation (version 1)');
    expect(preview).toHaveTextContent('You may comment and respond for CSCAP-Japan.');
  });
});
