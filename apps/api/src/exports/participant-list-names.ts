import { ParticipantListStatus, participantListStatusLabels } from '@plenary/shared';

/** "List of participants" for those attending; "List of invitees" for any other choice. */
export function participantListName(status: ParticipantListStatus): string {
  return status === ParticipantListStatus.ATTENDING ? 'List of participants' : 'List of invitees';
}

/** What a file name adds to say whom the list holds: "Declined"; nothing for those attending or everyone. */
export function participantListDetail(status: ParticipantListStatus): string | undefined {
  return status === ParticipantListStatus.ATTENDING || status === ParticipantListStatus.ALL
    ? undefined
    : participantListStatusLabels[status];
}
