import { Button, Modal } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../__generated__';
import type { EditMeetingButton_MeetingFragment, UpdateMeetingInput } from '../../../__generated__/graphql';
import { toApiError } from '../../../lib/api-error';
import { ErrorState } from '../../../ui/error-state';
import { LoadingState } from '../../../ui/loading-state';
import { useViewer } from '../../auth/hooks/use-viewer';
import { useOrganizationOptions } from '../../organizations/hooks/use-organization-options';
import { useUpdateMeeting } from '../hooks/use-update-meeting';
import { MeetingForm, type MeetingFormData, type MeetingFormValues } from './meeting-form';

export const editMeetingButtonFragment = graphql(`
  fragment EditMeetingButton_meeting on Meeting {
    id
    version
    title
    kind
    track
    venue
    city
    country
    timeZone
    startDate
    endDate
    background
    objectives
    participantCategories
    confidentiality
    sequenceNumber
    agendaSymbol
    agendaDateLine
    agendaNameStyle
    agendaAffiliations
    viewerCanManage
    organizers {
      id
    }
    host {
      id
    }
  }
`);

type EditableMeeting = EditMeetingButton_MeetingFragment;

const conflictMessages = {
  VERSION_CONFLICT:
    'Someone else saved changes to this meeting while you were editing, so yours were not saved. The page behind ' +
    'this dialog already shows their changes: cancel, then edit again.',
};

function formValues(meeting: EditableMeeting): MeetingFormValues {
  return {
    title: meeting.title,
    kind: meeting.kind,
    track: meeting.track,
    venue: meeting.venue,
    city: meeting.city ?? '',
    country: meeting.country ?? '',
    timeZone: meeting.timeZone,
    startDate: meeting.startDate,
    endDate: meeting.endDate,
    organizerIds: meeting.organizers.map((organization) => organization.id),
    hostId: meeting.host?.id ?? '',
    background: meeting.background ?? '',
    objectives: [...meeting.objectives],
    participantCategories: [...meeting.participantCategories],
    confidentiality: meeting.confidentiality,
    sequenceNumber: meeting.sequenceNumber === null ? '' : String(meeting.sequenceNumber),
    agendaSymbol: meeting.agendaSymbol ?? '',
    agendaDateLine: meeting.agendaDateLine ?? '',
    agendaNameStyle: meeting.agendaNameStyle,
    agendaAffiliations: meeting.agendaAffiliations,
  };
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join() === [...b].sort().join();
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/**
 * Only what changed; an optional field that was emptied is sent as null, which clears it. Nothing
 * changed gives an empty object.
 */
export function meetingChanges(meeting: EditableMeeting, data: MeetingFormData): UpdateMeetingInput {
  const input: UpdateMeetingInput = {};
  if (data.title !== meeting.title) input.title = data.title;
  if (data.kind !== meeting.kind) input.kind = data.kind;
  if (data.track !== meeting.track) input.track = data.track;
  if (data.venue !== meeting.venue) input.venue = data.venue;
  if (data.city !== meeting.city) input.city = data.city;
  if (data.country !== meeting.country) input.country = data.country;
  if (data.timeZone !== meeting.timeZone) input.timeZone = data.timeZone;
  if (data.startDate !== meeting.startDate) input.startDate = data.startDate;
  if (data.endDate !== meeting.endDate) input.endDate = data.endDate;
  const organizerIds = meeting.organizers.map((organization) => organization.id);
  if (!sameIds(data.organizerIds, organizerIds)) input.organizerIds = data.organizerIds;
  if (data.hostId !== (meeting.host?.id ?? null)) input.hostId = data.hostId;
  if (data.background !== meeting.background) input.background = data.background;
  if (!sameList(data.objectives, meeting.objectives)) input.objectives = data.objectives;
  if (!sameList(data.participantCategories, meeting.participantCategories)) {
    input.participantCategories = data.participantCategories;
  }
  if (data.confidentiality !== meeting.confidentiality) input.confidentiality = data.confidentiality;
  if (data.sequenceNumber !== meeting.sequenceNumber) input.sequenceNumber = data.sequenceNumber;
  if (data.agendaSymbol !== meeting.agendaSymbol) input.agendaSymbol = data.agendaSymbol;
  if (data.agendaDateLine !== meeting.agendaDateLine) input.agendaDateLine = data.agendaDateLine;
  if (data.agendaNameStyle !== meeting.agendaNameStyle) input.agendaNameStyle = data.agendaNameStyle;
  if (data.agendaAffiliations !== meeting.agendaAffiliations) input.agendaAffiliations = data.agendaAffiliations;
  // The version the form was opened at: the server refuses the change if someone saved in between.
  return Object.keys(input).length === 0 ? input : { ...input, version: meeting.version };
}

function EditMeetingForm({ meeting: current, onDone }: { meeting: EditableMeeting; onDone: () => void }) {
  // The meeting as it was when the dialog opened. Live updates keep changing `current`; diffing and
  // versioning against it would silently overwrite what someone else saved meanwhile.
  const [meeting] = useState(current);
  const { viewer } = useViewer();
  const { organizations, loading, error, refetch } = useOrganizationOptions();
  const updateMeeting = useUpdateMeeting();

  async function handleSubmit(data: MeetingFormData) {
    const input = meetingChanges(meeting, data);
    if (Object.keys(input).length > 0) {
      await updateMeeting(meeting.id, input);
      notifications.show({ color: 'green', title: 'Meeting details saved', message: data.title });
    }
    onDone();
  }

  if (loading) return <LoadingState label="Loading organizations…" />;
  if (error) {
    return (
      <ErrorState
        message={toApiError(error).message}
        onRetry={() => {
          void refetch();
        }}
      />
    );
  }
  return (
    <MeetingForm
      initialValues={formValues(meeting)}
      organizations={organizations}
      conveneFor={viewer?.canConveneFor ?? []}
      submitLabel="Save changes"
      onSubmit={handleSubmit}
      onCancel={onDone}
      reasonMessages={conflictMessages}
    />
  );
}

export interface EditMeetingButtonProps {
  meeting: FragmentType<typeof editMeetingButtonFragment>;
}

/** "Edit details", for those who run the meeting: its organisers, or its study group’s co-chairs and secretariat. */
export function EditMeetingButton({ meeting: meetingRef }: EditMeetingButtonProps) {
  const meeting = getFragmentData(editMeetingButtonFragment, meetingRef);
  const [opened, { open, close }] = useDisclosure(false);
  const phone = useMediaQuery('(max-width: 36em)', false, { getInitialValueInEffect: false });

  if (!meeting.viewerCanManage) return null;

  return (
    <>
      <Button variant="default" onClick={open}>
        Edit details
      </Button>
      <Modal opened={opened} onClose={close} title="Edit meeting details" size="lg" fullScreen={phone}>
        {opened && <EditMeetingForm meeting={meeting} onDone={close} />}
      </Modal>
    </>
  );
}
