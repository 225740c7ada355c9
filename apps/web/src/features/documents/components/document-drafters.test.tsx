import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { SetDocumentDraftersMutationVariables } from '../../../__generated__/graphql';
import { renderRoute } from '../../../test/render';
import { setDocumentDraftersMutation } from '../hooks/use-set-document-drafters';
import { DocumentDrafters, documentDraftersQuery, drafterChoicesQuery } from './document-drafters';

const DOCUMENT_ID = 'doc-concept-note';
const MEETING_ID = 'meeting-egm-2019';
const chair = { __typename: 'Person' as const, id: 'person-chair', name: '김민준', honorific: 'Dr' };
const presenter = { __typename: 'Person' as const, id: 'person-presenter', name: 'Анна Соколова', honorific: null };

function renderDrafters(viewerCanNameDrafters: boolean) {
  const setDrafters = vi.fn((_: SetDocumentDraftersMutationVariables) => ({
    data: {
      setDocumentDrafters: { __typename: 'Document' as const, id: DOCUMENT_ID, drafters: [chair] },
    },
  }));
  const view = renderRoute({
    routes: [
      {
        path: '/documents/:documentId',
        element: <DocumentDrafters documentId={DOCUMENT_ID} meetingId={MEETING_ID} />,
      },
    ],
    initialEntry: `/documents/${DOCUMENT_ID}`,
    mocks: [
      {
        request: { query: documentDraftersQuery, variables: { id: DOCUMENT_ID } },
        result: {
          data: { document: { __typename: 'Document', id: DOCUMENT_ID, viewerCanNameDrafters, drafters: [] } },
        },
      },
      {
        request: { query: drafterChoicesQuery, variables: { meetingId: MEETING_ID } },
        result: {
          data: {
            meeting: {
              __typename: 'Meeting',
              id: MEETING_ID,
              participants: [
                { __typename: 'Participation', id: 'participation-chair', person: chair },
                { __typename: 'Participation', id: 'participation-presenter', person: presenter },
              ],
            },
          },
        },
      },
      { request: { query: setDocumentDraftersMutation, variables: () => true }, result: setDrafters },
    ],
  });
  return { ...view, setDrafters };
}

describe('document drafters', { timeout: 20_000 }, () => {
  it('lets an organiser name a participant to draft, then shows them beside the organisers and secretariat', async () => {
    const { user, setDrafters } = renderDrafters(true);

    expect(await screen.findByText(/the meeting’s organisers and secretariat$/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Name drafters' }));
    const dialog = await screen.findByRole('dialog', { name: 'Name drafters' });
    await user.click(await within(dialog).findByRole('combobox', { name: /^Participants who draft it/ }));
    await user.click(await screen.findByRole('option', { name: 'Dr 김민준' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save drafters' }));

    expect(await screen.findByText(/the meeting’s organisers and secretariat, with Dr 김민준$/)).toBeInTheDocument();
    // The dialog closes once the save has answered, which may be a render after the list shows the name.
    await vi.waitFor(() => {
      expect(screen.queryByRole('dialog', { name: 'Name drafters' })).not.toBeInTheDocument();
    });
    expect(setDrafters.mock.calls[0]?.[0]).toEqual({ input: { documentId: DOCUMENT_ID, personIds: [chair.id] } });
  });

  it('offers naming drafters only to those who may', async () => {
    renderDrafters(false);

    expect(await screen.findByText(/the meeting’s organisers and secretariat$/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Name drafters' })).not.toBeInTheDocument();
  });
});
