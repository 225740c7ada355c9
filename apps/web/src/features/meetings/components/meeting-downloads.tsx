import { Button, Menu } from '@mantine/core';
import { MeetingStatus } from '@plenary/shared';
import { meetingDownloadUrl } from '../../../lib/downloads';

/** Until the meeting adopts its agenda, the agenda it prints is provisional and says so. */
const provisionalStatuses: readonly MeetingStatus[] = [MeetingStatus.PLANNED, MeetingStatus.AGENDA_PROVISIONAL];

export interface MeetingDownloadsProps {
  meetingId: string;
  status: MeetingStatus;
}

/** The agenda and the calendar entry to download: plain links, so the browser saves them as it would any file. */
export function MeetingDownloads({ meetingId, status }: MeetingDownloadsProps) {
  const provisional = provisionalStatuses.includes(status);
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default">
          Download<span aria-hidden>&nbsp;▾</span>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item component="a" href={meetingDownloadUrl(meetingId, 'agenda.pdf')} download>
          {provisional ? 'Provisional agenda (PDF)' : 'Agenda (PDF)'}
        </Menu.Item>
        <Menu.Item component="a" href={meetingDownloadUrl(meetingId, 'agenda.docx')} download>
          {provisional ? 'Provisional agenda (Word)' : 'Agenda (Word)'}
        </Menu.Item>
        <Menu.Item component="a" href={meetingDownloadUrl(meetingId, 'calendar.ics')} download>
          Calendar (.ics)
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
