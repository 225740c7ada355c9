import { List, Paper, Stack, Text, Title } from '@mantine/core';
import { paragraphs } from '@plenary/shared';
import { getFragmentData, graphql, type FragmentType } from '../../../__generated__';

export const meetingOverviewFragment = graphql(`
  fragment MeetingOverview_meeting on Meeting {
    id
    background
    objectives
    participantCategories
  }
`);

export interface MeetingOverviewProps {
  meeting: FragmentType<typeof meetingOverviewFragment>;
}

/** Why the meeting is held and what it should achieve, as the concept note sets it out. */
export function MeetingOverview({ meeting: meetingRef }: MeetingOverviewProps) {
  const meeting = getFragmentData(meetingOverviewFragment, meetingRef);
  const background = meeting.background ? paragraphs(meeting.background) : [];
  const sections = background.length + meeting.objectives.length + meeting.participantCategories.length;

  if (sections === 0) return null;
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }}>
      <Stack gap="xl" maw="48rem">
        {background.length > 0 && (
          <Stack gap="xs" component="section" aria-labelledby="meeting-background">
            <Title order={2} fz="h4" id="meeting-background">
              Background
            </Title>
            {background.map((paragraph, index) => (
              <Text key={index} style={{ whiteSpace: 'pre-line' }}>
                {paragraph}
              </Text>
            ))}
          </Stack>
        )}
        {meeting.objectives.length > 0 && (
          <Stack gap="xs" component="section" aria-labelledby="meeting-objectives">
            <Title order={2} fz="h4" id="meeting-objectives">
              Objectives
            </Title>
            <List type="ordered" spacing="xs">
              {meeting.objectives.map((objective, index) => (
                <List.Item key={index}>{objective}</List.Item>
              ))}
            </List>
          </Stack>
        )}
        {meeting.participantCategories.length > 0 && (
          <Stack gap="xs" component="section" aria-labelledby="meeting-categories">
            <Title order={2} fz="h4" id="meeting-categories">
              Participants are invited from
            </Title>
            <List type="ordered" spacing="xs">
              {meeting.participantCategories.map((category, index) => (
                <List.Item key={index}>{category}</List.Item>
              ))}
            </List>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
