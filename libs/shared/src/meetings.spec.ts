import { describe, expect, it } from 'vitest';
import { MeetingStatus, meetingStatusMachine } from './meetings';

describe('meeting status', () => {
  it('moves forward one step at a time, from planned to report published', () => {
    const path = [
      MeetingStatus.PLANNED,
      MeetingStatus.AGENDA_PROVISIONAL,
      MeetingStatus.AGENDA_ADOPTED,
      MeetingStatus.HELD,
      MeetingStatus.REPORT_PUBLISHED,
    ];
    for (let i = 0; i < path.length - 1; i++) {
      expect(meetingStatusMachine.canTransition(path[i]!, path[i + 1]!)).toBe(true);
    }
    expect(meetingStatusMachine.initial).toBe(MeetingStatus.PLANNED);
  });

  it('refuses skipping a step or going back', () => {
    expect(meetingStatusMachine.canTransition(MeetingStatus.PLANNED, MeetingStatus.HELD)).toBe(false);
    expect(meetingStatusMachine.canTransition(MeetingStatus.AGENDA_ADOPTED, MeetingStatus.AGENDA_PROVISIONAL)).toBe(
      false,
    );
    expect(meetingStatusMachine.next(MeetingStatus.REPORT_PUBLISHED)).toEqual([]);
  });
});
