import { Anchor, Group, NativeSelect, Text } from '@mantine/core';
import { ParticipantListStatus, participantListStatusLabels } from '@plenary/shared';
import { useState } from 'react';
import { meetingDownloadUrl } from '../../../lib/downloads';

function isParticipantListStatus(value: string): value is ParticipantListStatus {
  return Object.values(ParticipantListStatus).some((status) => status === value);
}

/** The list's address for one format; those attending are the list unless another choice is made. */
function participantListUrl(meetingId: string, format: 'docx' | 'pdf' | 'csv', status: ParticipantListStatus) {
  const file = `participants.${format}`;
  return meetingDownloadUrl(
    meetingId,
    status === ParticipantListStatus.ATTENDING ? file : `${file}?status=${encodeURIComponent(status)}`,
  );
}

export interface ParticipantListDownloadsProps {
  meetingId: string;
}

/** The list of participants to download: by default those attending, or those with another reply, or everyone. */
export function ParticipantListDownloads({ meetingId }: ParticipantListDownloadsProps) {
  const [status, setStatus] = useState<ParticipantListStatus>(ParticipantListStatus.ATTENDING);
  const name = status === ParticipantListStatus.ATTENDING ? 'List of participants' : 'List of invitees';
  return (
    <Group gap="md" align="flex-end" component="nav" aria-label="Download the list of participants">
      <NativeSelect
        size="sm"
        label="Whom to list"
        data={Object.values(ParticipantListStatus).map((value) => ({
          value,
          label: participantListStatusLabels[value],
        }))}
        value={status}
        onChange={(event) => {
          if (isParticipantListStatus(event.currentTarget.value)) setStatus(event.currentTarget.value);
        }}
      />
      <Text size="sm" c="dimmed" pb={6}>
        Download:
      </Text>
      <Anchor size="sm" pb={6} href={participantListUrl(meetingId, 'docx', status)} download>
        {name} (Word)
      </Anchor>
      <Anchor size="sm" pb={6} href={participantListUrl(meetingId, 'pdf', status)} download>
        {name} (PDF)
      </Anchor>
      <Anchor size="sm" pb={6} href={participantListUrl(meetingId, 'csv', status)} download>
        {name} (CSV)
      </Anchor>
    </Group>
  );
}
