import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { UpdateAgendaItemMutationVariables } from '../../../__generated__/graphql';
import {
  agendaDayFixture,
  MEETING_ID,
  meetingPageMocks,
  meetingWithAgenda,
  openingItem,
  sessionOneItem,
} from '../../../test/agenda';
import { viewerMock } from '../../../test/fixtures';
import { renderRoute } from '../../../test/render';
import { MeetingRoute } from '../../meetings/routes/meeting-route';
import { updateAgendaItemMutation } from '../hooks/use-update-agenda-item';

const routes = [{ path: '/meetings/:meetingId', element: <MeetingRoute /> }];

const conceptNote = {
  __typename: 'StoredFile' as const,
  id: 'file-concept',
  filename: 'concept-note.pdf',
  url: '/files/file-concept',
};
const itemWithPaper = { ...sessionOneItem, papers: [conceptNote] };
function meetingWithPaper(overrides: Partial<Record<string, unknown>> = {}) {
  return meetingWithAgenda({
    agendaDays: [agendaDayFixture('day-1', '2019-12-04', [openingItem, itemWithPaper])],
    ...overrides,
  });
}

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

async function openEdit(user: ReturnType<typeof renderRoute>['user']) {
  await user.click(await screen.findByRole('button', { name: `Edit: ${sessionOneItem.title}` }));
  return screen.findByRole('dialog', { name: 'Edit agenda item' });
}

async function upload(user: ReturnType<typeof renderRoute>['user'], dialog: HTMLElement, file: File) {
  const input = dialog.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('The form has no file input.');
  await user.upload(input, file);
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('agenda item papers', { timeout: 20_000 }, () => {
  it('lets the papers of an item be opened from the agenda and added to a calendar', async () => {
    renderRoute({
      routes,
      initialEntry: `/meetings/${MEETING_ID}?tab=agenda`,
      mocks: [viewerMock(), ...meetingPageMocks(meetingWithPaper({ viewerRoles: ['PARTICIPANT'] }))],
    });

    expect(await screen.findByRole('link', { name: 'concept-note.pdf' })).toHaveAttribute(
      'href',
      '/files/file-concept',
    );
    expect(screen.getByRole('link', { name: `Add to calendar: ${sessionOneItem.title}` })).toHaveAttribute(
      'href',
      `/meetings/${MEETING_ID}/agenda-items/${sessionOneItem.id}.ics`,
    );
  });

  it('shows why the server refused an uploaded paper, and keeps it off the item', async () => {
    const fetchMock = vi.fn((_url: string, _init?: RequestInit) =>
      Promise.resolve(
        jsonResponse(400, {
          code: 'BAD_USER_INPUT',
          reason: 'INVALID_FILE',
          message: 'This file is not a readable PDF document.',
        }),
      ),
    );
    vi.stubGlobal('fetch', fetchMock);
    const { user } = renderRoute({
      routes,
      initialEntry: `/meetings/${MEETING_ID}?tab=agenda`,
      mocks: [viewerMock(), ...meetingPageMocks(meetingWithPaper())],
    });

    const dialog = await openEdit(user);
    await upload(user, dialog, new File(['not a pdf'], 'broken.pdf', { type: 'application/pdf' }));

    expect(await within(dialog).findByText('This file is not a readable PDF document.')).toBeInTheDocument();
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe(`/meetings/${MEETING_ID}/files`);
    expect(init?.method).toBe('POST');
    expect(init?.credentials).toBe('same-origin');
    expect((init?.body as FormData).get('file')).toHaveProperty('name', 'broken.pdf');
    expect(within(dialog).queryByRole('link', { name: 'broken.pdf' })).not.toBeInTheDocument();
  });

  it('adds an uploaded paper to the item, and saves the item with it', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() =>
        Promise.resolve(
          jsonResponse(201, {
            id: 'file-background',
            filename: 'background-paper.docx',
            contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
            sizeBytes: 48_213,
            url: '/files/file-background',
            createdAt: '2019-11-20T10:00:00.000Z',
          }),
        ),
      ),
    );
    const update = vi.fn((variables: UpdateAgendaItemMutationVariables) => ({
      data: {
        updateAgendaItem: {
          ...itemWithPaper,
          papers: [
            conceptNote,
            {
              __typename: 'StoredFile' as const,
              id: 'file-background',
              filename: 'background-paper.docx',
              url: '/files/file-background',
            },
          ].filter((paper) => (variables.input.paperIds ?? []).includes(paper.id)),
        },
      },
    }));
    const { user } = renderRoute({
      routes,
      initialEntry: `/meetings/${MEETING_ID}?tab=agenda`,
      mocks: [
        viewerMock(),
        ...meetingPageMocks(meetingWithPaper()),
        { request: { query: updateAgendaItemMutation, variables: () => true }, result: update },
      ],
    });

    const dialog = await openEdit(user);
    await upload(user, dialog, new File(['PK'], 'background-paper.docx'));
    expect(await within(dialog).findByRole('link', { name: 'background-paper.docx' })).toHaveAttribute(
      'href',
      '/files/file-background',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Remove from item: concept-note.pdf' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save item' }));

    await vi.waitFor(() => {
      expect(update).toHaveBeenCalledOnce();
    });
    expect(update.mock.calls[0]?.[0].input.paperIds).toEqual(['file-background']);
    expect(await screen.findByRole('link', { name: 'background-paper.docx' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'concept-note.pdf' })).not.toBeInTheDocument();
  });
});
