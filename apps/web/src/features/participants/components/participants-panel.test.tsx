import { screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import type {
  ImportParticipantsMutationVariables,
  PreviewParticipantImportMutationVariables,
  ReplyToInvitationMutationVariables,
} from '../../../__generated__/graphql';
import {
  MEETING_ID,
  meetingPageMocks,
  meetingWithAgenda,
  participants,
  participationFixture,
  kdiOrg,
  personFixture,
  tcsOrg,
} from '../../../test/agenda';
import { viewerMock } from '../../../test/fixtures';
import { renderRoute } from '../../../test/render';
import { MeetingRoute } from '../../meetings/routes/meeting-route';
import { importParticipantsMutation } from '../hooks/use-import-participants';
import { previewParticipantImportMutation } from '../hooks/use-preview-participant-import';
import { replyToInvitationMutation } from '../hooks/use-reply-to-invitation';

const routes = [{ path: '/meetings/:meetingId', element: <MeetingRoute /> }];

const park = participationFixture(
  'participation-park',
  personFixture('person-park', 'Park Ji-ho', { affiliation: tcsOrg }),
  { email: 'park@example.org' },
);
// Works at KDI, but speaks for TCS at this meeting.
const choi = participationFixture(
  'participation-choi',
  personFixture('person-choi', 'Choi Eun-ji', { affiliation: kdiOrg }),
  { state: 'DECLINED', representing: tcsOrg },
);

/** The headings of participant groups, each with its count after a "·". */
function groupHeadings() {
  return screen
    .queryAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent)
    .filter((text) => text.includes('·'));
}

describe('participants', () => {
  it('groups participants by the organization they represent, or else their own, with a count per group', async () => {
    const { user } = renderRoute({
      routes,
      initialEntry: `/meetings/${MEETING_ID}?tab=participants`,
      mocks: [viewerMock(), ...meetingPageMocks(meetingWithAgenda({ participants: [...participants, park, choi] }))],
    });

    expect(
      await screen.findByText('5 invited: 2 accepted, 1 tentative, 1 declined, 1 not replied yet'),
    ).toBeInTheDocument();
    expect(groupHeadings()).toEqual([]);

    await user.click(screen.getByRole('radio', { name: 'Organization' }));

    expect(groupHeadings()).toEqual([
      'Institute of Economic Research · 1 person',
      'Korea Development Institute (KDI) · 1 person',
      'Trilateral Cooperation Secretariat (TCS) · 3 people',
    ]);
    const tcsGroup = screen.getByRole('region', { name: 'Trilateral Cooperation Secretariat (TCS)' });
    expect(within(tcsGroup).getByText('Lee Soo-jin')).toBeInTheDocument();
    expect(within(tcsGroup).getByText('Park Ji-ho')).toBeInTheDocument();
    expect(within(tcsGroup).getByText('Choi Eun-ji')).toBeInTheDocument();
    // Organisers see addresses.
    expect(within(tcsGroup).getByRole('link', { name: 'park@example.org' })).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Country' }));
    expect(groupHeadings()).toEqual(['Japan · 1 person', 'Republic of Korea · 4 people']);
  });

  it('lets a participant change their own reply', async () => {
    const reply = vi.fn((_: ReplyToInvitationMutationVariables) => ({
      data: {
        replyToInvitation: {
          __typename: 'Participation' as const,
          id: 'participation-kim',
          state: 'DECLINED' as const,
          respondedAt: '2019-11-20T10:00:00.000Z',
        },
      },
    }));
    const { user } = renderRoute({
      routes,
      initialEntry: `/meetings/${MEETING_ID}?tab=participants`,
      mocks: [
        viewerMock(),
        ...meetingPageMocks(meetingWithAgenda({ viewerRoles: ['PRESENTER'], participants: [...participants, park] })),
        { request: { query: replyToInvitationMutation, variables: () => true }, result: reply },
      ],
    });

    const yours = await screen.findByRole('region', { name: 'Your invitation' });
    expect(within(yours).getByRole('button', { name: 'Accept' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(within(yours).getByRole('button', { name: 'Decline' }));

    await vi.waitFor(() => {
      expect(within(yours).getByRole('button', { name: 'Decline' })).toHaveAttribute('aria-pressed', 'true');
    });
    expect(reply.mock.calls[0]?.[0]).toEqual({ meetingId: MEETING_ID, response: 'DECLINED' });
    // Addresses are for organisers only.
    expect(screen.queryByRole('link', { name: 'park@example.org' })).not.toBeInTheDocument();
  });

  it('links the list of participants in Word, PDF and CSV: those attending, or whom the reader chooses', async () => {
    const { user } = renderRoute({
      routes,
      initialEntry: `/meetings/${MEETING_ID}?tab=participants`,
      mocks: [viewerMock(), ...meetingPageMocks(meetingWithAgenda({ viewerRoles: ['PARTICIPANT'] }))],
    });

    const downloads = await screen.findByRole('navigation', { name: 'Download the list of participants' });
    const hrefs = () =>
      within(downloads)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href'));
    expect(within(downloads).getByRole('combobox', { name: 'Whom to list' })).toHaveValue('ATTENDING');
    expect(within(downloads).getByRole('link', { name: 'List of participants (Word)' })).toBeInTheDocument();
    expect(hrefs()).toEqual([
      `/meetings/${MEETING_ID}/participants.docx`,
      `/meetings/${MEETING_ID}/participants.pdf`,
      `/meetings/${MEETING_ID}/participants.csv`,
    ]);

    await user.selectOptions(within(downloads).getByRole('combobox', { name: 'Whom to list' }), 'Declined');
    expect(hrefs()).toEqual([
      `/meetings/${MEETING_ID}/participants.docx?status=DECLINED`,
      `/meetings/${MEETING_ID}/participants.pdf?status=DECLINED`,
      `/meetings/${MEETING_ID}/participants.csv?status=DECLINED`,
    ]);
    expect(within(downloads).getByRole('link', { name: 'List of invitees (PDF)' })).toBeInTheDocument();

    await user.selectOptions(within(downloads).getByRole('combobox', { name: 'Whom to list' }), 'Everyone on the list');
    expect(hrefs()).toContain(`/meetings/${MEETING_ID}/participants.csv?status=ALL`);
    expect(
      within(downloads)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'Attending',
      'Not yet invited',
      'Invited',
      'Accepted',
      'Tentative',
      'Declined',
      'Invited, no reply yet',
      'Attended',
      'Everyone on the list',
    ]);
    // Importing is for organisers.
    expect(screen.queryByRole('button', { name: 'Import from CSV' })).not.toBeInTheDocument();
  });
});

describe('importing participants from CSV', { timeout: 20_000 }, () => {
  const csv = [
    'name,email,role',
    'Park Ji-ho,park@example.org,participant',
    'Choi Eun-ji,not-an-email,participant',
    'Ivanova Anna,ivanova@example.org,speaker',
  ].join('\n');

  function importRow(rowNumber: number, name: string, email: string, errors: string[] = []) {
    return {
      __typename: 'ParticipantImportRow' as const,
      rowNumber,
      name,
      email,
      role: 'PARTICIPANT' as const,
      errors,
    };
  }

  function renderImport(mocks: Parameters<typeof renderRoute>[0]['mocks']) {
    return renderRoute({
      routes,
      initialEntry: `/meetings/${MEETING_ID}?tab=participants`,
      mocks: [viewerMock(), ...meetingPageMocks(meetingWithAgenda()), ...mocks],
    });
  }

  async function chooseFile(user: ReturnType<typeof renderRoute>['user']) {
    await user.click(await screen.findByRole('button', { name: 'Import from CSV' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import participants from CSV' });
    const input = dialog.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('The dialog has no file input.');
    await user.upload(input, new File([csv], 'participants.csv', { type: 'text/csv' }));
    return dialog;
  }

  it('shows a row’s error with its row number and imports nobody while a row has errors', async () => {
    const preview = vi.fn((_: PreviewParticipantImportMutationVariables) => ({
      data: {
        previewParticipantImport: [
          importRow(2, 'Park Ji-ho', 'park@example.org'),
          importRow(3, 'Choi Eun-ji', 'not-an-email', ['"not-an-email" is not an e-mail address']),
          importRow(4, 'Ivanova Anna', 'ivanova@example.org'),
        ],
      },
    }));
    const importAll = vi.fn((_: ImportParticipantsMutationVariables) => ({ data: { importParticipants: [] } }));
    const { user } = renderImport([
      { request: { query: previewParticipantImportMutation, variables: () => true }, result: preview },
      { request: { query: importParticipantsMutation, variables: () => true }, result: importAll },
    ]);

    const dialog = await chooseFile(user);

    expect(await within(dialog).findByText('Row 3: "not-an-email" is not an e-mail address')).toBeInTheDocument();
    expect(preview.mock.calls[0]?.[0]).toEqual({ meetingId: MEETING_ID, csv });
    expect(dialog).toHaveTextContent('2 rows ready, 1 with errors — fix them in your file and choose it again');
    const table = within(dialog).getByRole('table', { name: 'Rows read from the file' });
    const choi = within(table).getByRole('row', { name: /Choi Eun-ji/ });
    expect(choi).toHaveTextContent('"not-an-email" is not an e-mail address');
    expect(within(table).getByRole('row', { name: /Park Ji-ho/ })).toHaveTextContent('Ready');
    const importButton = within(dialog).getByRole('button', { name: 'Import 3 participants' });
    expect(importButton).toBeDisabled();
    await user.click(importButton);
    expect(importAll).not.toHaveBeenCalled();
  });

  it('imports everyone once every row is ready, and lists them at once', async () => {
    const preview = vi.fn((_: PreviewParticipantImportMutationVariables) => ({
      data: {
        previewParticipantImport: [
          importRow(2, 'Park Ji-ho', 'park@example.org'),
          importRow(3, 'Choi Eun-ji', 'choi@example.org'),
          importRow(4, 'Ivanova Anna', 'ivanova@example.org'),
        ],
      },
    }));
    const importAll = vi.fn((_: ImportParticipantsMutationVariables) => ({
      data: {
        importParticipants: [
          participationFixture('participation-park', personFixture('person-park', 'Park Ji-ho')),
          participationFixture('participation-choi', personFixture('person-choi', 'Choi Eun-ji')),
          participationFixture('participation-ivanova', personFixture('person-ivanova', 'Ivanova Anna')),
        ],
      },
    }));
    const { user } = renderImport([
      { request: { query: previewParticipantImportMutation, variables: () => true }, result: preview },
      { request: { query: importParticipantsMutation, variables: () => true }, result: importAll },
    ]);

    const dialog = await chooseFile(user);
    expect(await within(dialog).findByText('3 rows ready to import.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Import 3 participants' }));

    await vi.waitFor(() => {
      expect(screen.queryByRole('dialog', { name: 'Import participants from CSV' })).not.toBeInTheDocument();
    });
    expect(importAll.mock.calls[0]?.[0]).toEqual({ meetingId: MEETING_ID, csv });
    expect(screen.getByText('Ivanova Anna')).toBeInTheDocument();
    expect(screen.getByText(/^6 invited:/)).toBeInTheDocument();
  });

  it('shows the rows the server refuses when the import is attempted', async () => {
    const ready = [
      importRow(2, 'Park Ji-ho', 'park@example.org'),
      importRow(3, 'Choi Eun-ji', 'choi@example.org'),
      importRow(4, 'Ivanova Anna', 'ivanova@example.org'),
    ];
    const refusal = new GraphQLError('1 row(s) have errors; nothing was imported.', {
      extensions: {
        code: 'BAD_USER_INPUT',
        reason: 'IMPORT_HAS_ERRORS',
        rows: [{ rowNumber: 3, errors: ['choi@example.org is already on the list of participants'] }],
      },
    });
    const { user } = renderImport([
      {
        request: { query: previewParticipantImportMutation, variables: () => true },
        result: { data: { previewParticipantImport: ready } },
      },
      { request: { query: importParticipantsMutation, variables: () => true }, result: { errors: [refusal] } },
    ]);

    const dialog = await chooseFile(user);
    await user.click(await within(dialog).findByRole('button', { name: 'Import 3 participants' }));

    expect(
      await within(dialog).findByText('Row 3: choi@example.org is already on the list of participants'),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Import 3 participants' })).toBeDisabled();
  });
});
