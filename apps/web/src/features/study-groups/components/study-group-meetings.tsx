import { Alert, Anchor, Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { formatDateRange, StudyGroupStatus } from '@plenary/shared';
import { useId, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../__generated__';
import type {
  MeetingPlanInput,
  ScheduleMeetingInput,
  StudyGroupMeetings_StudyGroupFragment,
} from '../../../__generated__/graphql';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { EmptyState } from '../../../ui/empty-state';
import { LiveRegion, useAnnouncement } from '../../../ui/live-region';
import { ScriptText } from '../../../ui/script-text';
import { formatMonth } from '../../../ui/time-zone';
import { MeetingStatusBadge } from '../../meetings/components/meeting-status-badge';
import {
  usePlanStudyGroupMeeting,
  useRemoveMeetingPlan,
  useScheduleStudyGroupMeeting,
} from '../hooks/use-meeting-plans';
import { PlanMeetingForm } from './plan-meeting-form';
import { ReportStatusBadge } from './report-status-badge';
import { reportPath } from './study-group-outputs';
import { ScheduleMeetingForm } from './schedule-meeting-form';
import { defaultMeetingTitle } from './study-group-text';
import { placeText, shortName } from '../../../lib/names';

export const studyGroupMeetingsFragment = graphql(`
  fragment StudyGroupMeetings_studyGroup on StudyGroup {
    id
    title
    status
    startDate
    endDate
    viewerCanManage
    committees {
      role
      organization {
        id
        name
        acronym
      }
    }
    meetingPlans {
      id
      sequence
      label
      expectedMonth
      city
      country
      scheduled
      host {
        id
        name
        acronym
      }
      schedule {
        title
        venue
        startDate
        endDate
        status
      }
      meeting {
        id
      }
      report {
        id
        status
      }
    }
  }
`);

type Plan = StudyGroupMeetings_StudyGroupFragment['meetingPlans'][number];

/** "Hosted by CSCAP-Korea · Seoul, Republic of Korea · expected October 2019". */
function planLine(plan: Plan): string {
  const place = placeText(plan.city, plan.country);
  return [
    plan.host ? `Hosted by ${shortName(plan.host)}` : 'Host to be decided',
    place === '' ? null : place,
    `expected ${formatMonth(plan.expectedMonth)}`,
  ]
    .filter((part) => part !== null)
    .join(' · ');
}

/** "the second meeting", as button names and dialog titles say it. */
function planName(plan: Plan): string {
  return `the ${plan.label.charAt(0).toLowerCase()}${plan.label.slice(1)}`;
}

interface PlanItemProps {
  plan: Plan;
  manager: boolean;
  onSchedule: (plan: Plan) => void;
  onRemove: (plan: Plan) => void;
}

function PlanItem({ plan, manager, onSchedule, onRemove }: PlanItemProps) {
  const headingId = useId();
  const { schedule, meeting, report } = plan;
  return (
    <Paper component="li" withBorder radius="md" p="md" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={3} fz="h4" id={headingId}>
            {plan.label}
          </Title>
          {schedule && <MeetingStatusBadge status={schedule.status} />}
        </Group>
        <Text size="sm" c="dimmed">
          {planLine(plan)}
        </Text>
        {schedule && (
          <Stack gap={2}>
            {meeting ? (
              <Anchor component={Link} to={`/meetings/${encodeURIComponent(meeting.id)}`} fw={600}>
                <ScriptText>{schedule.title}</ScriptText>
              </Anchor>
            ) : (
              <Text fw={600}>
                <ScriptText>{schedule.title}</ScriptText>
              </Text>
            )}
            <Text size="sm">
              {formatDateRange(schedule.startDate, schedule.endDate)} · {schedule.venue}
            </Text>
          </Stack>
        )}
        {report && (
          <Group gap="xs">
            <Anchor component={Link} to={reportPath({ id: report.id, meeting })} size="sm">
              Report of {planName(plan)}
            </Anchor>
            <ReportStatusBadge status={report.status} />
          </Group>
        )}
        {manager && !plan.scheduled && (
          <Group gap="xs">
            <Button
              size="compact-sm"
              aria-label={`Schedule ${planName(plan)}`}
              onClick={() => {
                onSchedule(plan);
              }}
            >
              Schedule
            </Button>
            <Button
              size="compact-sm"
              variant="subtle"
              color="red"
              aria-label={`Remove ${planName(plan)} from the series`}
              onClick={() => {
                onRemove(plan);
              }}
            >
              Remove
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

export interface StudyGroupMeetingsProps {
  studyGroup: FragmentType<typeof studyGroupMeetingsFragment>;
}

/** The group's series of meetings in order: planned, then scheduled, then reported on. */
export function StudyGroupMeetings({ studyGroup: ref }: StudyGroupMeetingsProps) {
  const group = getFragmentData(studyGroupMeetingsFragment, ref);
  const manager = group.viewerCanManage;
  const navigate = useNavigate();
  const phone = useMediaQuery('(max-width: 36em)', false, { getInitialValueInEffect: false });
  const headingId = useId();
  const { message, announce } = useAnnouncement();
  const [planning, setPlanning] = useState(false);
  const [scheduling, setScheduling] = useState<Plan>();
  const [scheduleOpened, setScheduleOpened] = useState(false);
  const [removing, setRemoving] = useState<Plan>();
  const [removeOpened, setRemoveOpened] = useState(false);

  const planMeeting = usePlanStudyGroupMeeting(group.id);
  const removePlan = useRemoveMeetingPlan();
  const scheduleMeeting = useScheduleStudyGroupMeeting(group.id);

  const committees = group.committees.map((committee) => committee.organization);
  const awaitingApproval = group.status === StudyGroupStatus.PROPOSED;

  async function handlePlan(input: MeetingPlanInput) {
    await planMeeting(input);
    announce('Meeting added to the series.');
    setPlanning(false);
  }

  async function handleSchedule(input: ScheduleMeetingInput) {
    const meetingId = await scheduleMeeting(input);
    notifications.show({
      color: 'green',
      title: 'Meeting scheduled',
      message: 'Build its agenda and invite its participants here.',
    });
    void navigate(`/meetings/${encodeURIComponent(meetingId)}`);
  }

  async function handleRemove() {
    if (!removing) return;
    await removePlan(removing.id);
    announce(`${removing.label} removed from the series; later meetings moved up.`);
    window.setTimeout(() => {
      document.getElementById(headingId)?.focus();
    }, 0);
  }

  return (
    <Stack gap="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-end" gap="sm">
        <Title order={2} fz="h3" id={headingId} tabIndex={-1}>
          Meeting series
        </Title>
        {manager && (
          <Button
            onClick={() => {
              setPlanning(true);
            }}
          >
            Plan a meeting
          </Button>
        )}
      </Group>
      {manager && awaitingApproval && group.meetingPlans.some((plan) => !plan.scheduled) && (
        <Alert color="yellow" variant="light" role="note" title="Not yet approved">
          <Text size="sm">Meetings can be scheduled once the study group’s approval is recorded.</Text>
        </Alert>
      )}
      {group.meetingPlans.length === 0 ? (
        <EmptyState
          title="No meetings planned"
          description={
            manager
              ? 'Plan the series with “Plan a meeting”: who hosts each meeting, where, and when.'
              : 'The group’s meetings have not been planned yet.'
          }
        />
      ) : (
        <Stack component="ol" gap="sm" m={0} p={0} style={{ listStyle: 'none' }} aria-label="Meetings in order">
          {group.meetingPlans.map((plan) => (
            <PlanItem
              key={plan.id}
              plan={plan}
              manager={manager}
              onSchedule={(chosen) => {
                setScheduling(chosen);
                setScheduleOpened(true);
              }}
              onRemove={(chosen) => {
                setRemoving(chosen);
                setRemoveOpened(true);
              }}
            />
          ))}
        </Stack>
      )}
      <LiveRegion message={message} />

      {manager && (
        <>
          <Modal
            opened={planning}
            onClose={() => {
              setPlanning(false);
            }}
            title="Plan a meeting"
            size="md"
            fullScreen={phone}
          >
            {planning && (
              <PlanMeetingForm
                committees={committees}
                startDate={group.startDate}
                endDate={group.endDate}
                onSubmit={handlePlan}
                onCancel={() => {
                  setPlanning(false);
                }}
              />
            )}
          </Modal>
          <Modal
            opened={scheduleOpened}
            onClose={() => {
              setScheduleOpened(false);
            }}
            title={scheduling ? `Schedule ${planName(scheduling)}` : ''}
            size="lg"
            fullScreen={phone}
          >
            {scheduleOpened && scheduling && (
              <ScheduleMeetingForm
                planId={scheduling.id}
                defaultTitle={defaultMeetingTitle(scheduling.sequence, group.title)}
                city={scheduling.city}
                onSubmit={handleSchedule}
                onCancel={() => {
                  setScheduleOpened(false);
                }}
              />
            )}
          </Modal>
          <ConfirmDialog
            opened={removeOpened}
            title="Remove the planned meeting?"
            confirmLabel="Remove"
            confirmColor="red"
            onConfirm={handleRemove}
            onClose={() => {
              setRemoveOpened(false);
            }}
          >
            {removing && (
              <Text>
                {removing.label} ({planLine(removing)}) will be taken out of the series. The meetings planned after it
                move up one place.
              </Text>
            )}
          </ConfirmDialog>
        </>
      )}
    </Stack>
  );
}
