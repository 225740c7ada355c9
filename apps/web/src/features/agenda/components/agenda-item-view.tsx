import {
  ActionIcon,
  Anchor,
  Box,
  Button,
  Flex,
  Group,
  List,
  NativeSelect,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { agendaItemKindLabels, AgendaSpeakerRole } from '@plenary/shared';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { getFragmentData, type FragmentType } from '../../../__generated__';
import type { AgendaItem_ItemFragment } from '../../../__generated__/graphql';
import { ScriptText } from '../../../ui/script-text';
import { meetingDownloadUrl } from '../../../lib/downloads';
import { agendaItemFragment } from '../graphql/agenda-fragments';
import { useAgenda, type AgendaDayRef } from './agenda-context';
import { formatAgendaDate, viewerClock } from './agenda-time';

function personName({ honorific, name }: { honorific: string | null; name: string }): string {
  return honorific ? `${honorific} ${name}` : name;
}

/** Breaks, meals and the photo sit quieter on the page than the sessions around them. */
function isInterlude(kind: AgendaItem_ItemFragment['kind']): boolean {
  return kind === 'BREAK' || kind === 'MEAL' || kind === 'PHOTO';
}

const roleHeadings: Record<AgendaSpeakerRole, [one: string, many: string]> = {
  SPEAKER: ['Speaker', 'Speakers'],
  PRESENTER: ['Presenter', 'Presenters'],
  DISCUSSANT: ['Discussant', 'Discussants'],
};

function Speakers({ speakers }: { speakers: AgendaItem_ItemFragment['speakers'] }) {
  const roles = Object.values(AgendaSpeakerRole).filter((role) => speakers.some((speaker) => speaker.role === role));
  return (
    <>
      {roles.map((role) => {
        const names = speakers
          .filter((speaker) => speaker.role === role)
          .map((speaker) => (speaker.person ? personName(speaker.person) : (speaker.name ?? '')));
        return (
          <Text size="sm" key={role}>
            <Text span c="dimmed">
              {roleHeadings[role][names.length === 1 ? 0 : 1]}:{' '}
            </Text>
            {names.map((name, index) => (
              <span key={`${index}-${name}`}>
                {index > 0 && '; '}
                <ScriptText>{name}</ScriptText>
              </span>
            ))}
          </Text>
        );
      })}
    </>
  );
}

interface ItemControlsProps {
  item: AgendaItem_ItemFragment;
  day: AgendaDayRef;
  index: number;
  total: number;
}

/** Reordering (buttons and arrow keys), moving to another day, editing and removing. */
function ItemControls({ item, day, index, total }: ItemControlsProps) {
  const agenda = useAgenda();
  const handle = useRef<HTMLButtonElement>(null);
  const first = index === 0;
  const last = index === total - 1;
  const otherDays = agenda.days.filter((other) => other.id !== day.id);

  // After a move to another day this item renders anew there; the focus follows it.
  useEffect(() => {
    if (agenda.claimFocus(item.id, day.id)) handle.current?.focus();
  });

  function moveTo(position: number) {
    if (position < 0 || position >= total) {
      agenda.announce(`${item.title} is already ${position < 0 ? 'first' : 'last'} on ${formatAgendaDate(day.date)}.`);
      return;
    }
    if (position === index) return;
    agenda.moveItem({ item, fromDay: day, toDay: day, position });
  }

  function handleKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    const targets: Record<string, number> = { ArrowUp: index - 1, ArrowDown: index + 1, Home: 0, End: total - 1 };
    const target = targets[event.key];
    if (target === undefined) return;
    event.preventDefault();
    moveTo(target);
  }

  return (
    <Group gap={6} mt={4} wrap="wrap">
      <Tooltip label="Focus, then move with the up and down arrow keys" openDelay={400} withArrow>
        <ActionIcon
          ref={handle}
          variant="default"
          size="md"
          aria-label={`Reorder: ${item.title}`}
          aria-describedby={agenda.reorderHelpId}
          aria-keyshortcuts="ArrowUp ArrowDown Home End"
          onKeyDown={handleKeyDown}
          style={{ cursor: 'grab' }}
        >
          <span aria-hidden>⠿</span>
        </ActionIcon>
      </Tooltip>
      <Button
        size="compact-sm"
        variant="subtle"
        color="gray"
        aria-label={`Move up: ${item.title}`}
        // Stays focusable at the top, so the focus is not thrown to the page after the last move.
        data-disabled={first || undefined}
        aria-disabled={first || undefined}
        onClick={() => {
          if (!first) moveTo(index - 1);
        }}
      >
        <span aria-hidden>↑&nbsp;</span>Move up
      </Button>
      <Button
        size="compact-sm"
        variant="subtle"
        color="gray"
        aria-label={`Move down: ${item.title}`}
        data-disabled={last || undefined}
        aria-disabled={last || undefined}
        onClick={() => {
          if (!last) moveTo(index + 1);
        }}
      >
        <span aria-hidden>↓&nbsp;</span>Move down
      </Button>
      <Button
        size="compact-sm"
        variant="light"
        aria-label={`Edit: ${item.title}`}
        onClick={() => {
          agenda.editItem(day, item);
        }}
      >
        Edit
      </Button>
      <Button
        size="compact-sm"
        variant="subtle"
        color="red"
        aria-label={`Remove: ${item.title}`}
        onClick={() => {
          agenda.removeItem(day, item);
        }}
      >
        Remove
      </Button>
      {otherDays.length > 0 && (
        <NativeSelect
          size="xs"
          aria-label={`Move to day: ${item.title}`}
          value=""
          data={[
            { value: '', label: 'Move to day…' },
            ...otherDays.map((other) => ({ value: other.id, label: formatAgendaDate(other.date) })),
          ]}
          onChange={(event) => {
            const target = otherDays.find((other) => other.id === event.currentTarget.value);
            if (!target) return;
            agenda.requestFocus(item.id, target.id);
            agenda.moveItem({ item, fromDay: day, toDay: target });
          }}
        />
      )}
    </Group>
  );
}

export interface AgendaItemViewProps {
  item: FragmentType<typeof agendaItemFragment>;
  day: AgendaDayRef;
  /** Its place in the day, from 0, and how many items the day has. */
  index: number;
  total: number;
}

/** One agenda item as a printed agenda sets it: times in the margin, then title, points, chair and speakers. */
export function AgendaItemView({ item: itemRef, day, index, total }: AgendaItemViewProps) {
  const item = getFragmentData(agendaItemFragment, itemRef);
  const agenda = useAgenda();
  const warnings = agenda.warningsByItem.get(item.id) ?? [];
  const yours = viewerClock(item, day.date, agenda.timeZone, agenda.viewerZone);
  const interlude = isInterlude(item.kind);

  return (
    <Box
      component="li"
      id={`agenda-item-${item.id}`}
      // Focusable from the list of things to check, which leads here.
      tabIndex={-1}
      py="sm"
      px={{ base: 'xs', sm: 'md' }}
      bg={interlude ? 'gray.0' : undefined}
      style={{
        borderTop: '1px solid var(--mantine-color-default-border)',
        borderLeft: `4px solid ${warnings.length > 0 ? 'var(--mantine-color-yellow-5)' : 'transparent'}`,
        scrollMarginTop: 80,
      }}
    >
      <Flex direction={{ base: 'column', sm: 'row' }} gap={{ base: 4, sm: 'lg' }}>
        <Box w={{ sm: '12rem' }} style={{ flexShrink: 0 }}>
          <Text fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
            {item.startTime}–{item.endTime}
          </Text>
          {yours !== null && (
            <Text size="sm" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
              <span style={{ whiteSpace: 'nowrap' }}>{yours}</span>{' '}
              <Text span size="xs" style={{ whiteSpace: 'nowrap' }}>
                your time
              </Text>
            </Text>
          )}
        </Box>
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Text size="xs" c="dimmed" fw={500} tt="uppercase" lts={0.4}>
            {agendaItemKindLabels[item.kind]}
          </Text>
          <Title order={4} fz={interlude ? 'sm' : 'md'} fw={interlude ? 500 : 600}>
            <ScriptText>{item.title}</ScriptText>
          </Title>
          {item.subItems.length > 0 && (
            <List size="sm" spacing={2} withPadding>
              {item.subItems.map((subItem) => (
                <List.Item key={subItem.id}>{subItem.text}</List.Item>
              ))}
            </List>
          )}
          {(item.chair ?? item.chairName) && (
            <Text size="sm">
              <Text span c="dimmed">
                Chair:{' '}
              </Text>
              <ScriptText>{item.chair ? personName(item.chair) : (item.chairName ?? '')}</ScriptText>
            </Text>
          )}
          <Speakers speakers={item.speakers} />
          {item.papers.length > 0 && (
            <Group gap="xs" align="baseline">
              <Text size="sm" c="dimmed">
                {item.papers.length === 1 ? 'Paper:' : 'Papers:'}
              </Text>
              {item.papers.map((paper) => (
                <Anchor key={paper.id} href={paper.url} size="sm">
                  {paper.filename}
                </Anchor>
              ))}
            </Group>
          )}
          <Anchor
            href={meetingDownloadUrl(agenda.meetingId, `agenda-items/${encodeURIComponent(item.id)}.ics`)}
            download
            size="xs"
            aria-label={`Add to calendar: ${item.title}`}
            style={{ alignSelf: 'flex-start' }}
          >
            Add to calendar
          </Anchor>
          {warnings.map((warning) => (
            <Text
              key={warning}
              size="sm"
              bg="yellow.1"
              px={6}
              py={2}
              style={{ borderRadius: 4, alignSelf: 'flex-start' }}
            >
              <span aria-hidden>⚠ </span>
              <Text span fw={600} size="sm">
                Check:{' '}
              </Text>
              {warning}
            </Text>
          ))}
          {agenda.canEdit && <ItemControls item={item} day={day} index={index} total={total} />}
        </Stack>
      </Flex>
    </Box>
  );
}
