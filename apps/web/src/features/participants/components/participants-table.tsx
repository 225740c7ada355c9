import {
  ActionIcon,
  Anchor,
  Button,
  Card,
  Checkbox,
  Group,
  Menu,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { invitationStateMachine, InvitationState, meetingRoleLabels } from '@plenary/shared';
import { InvitationStateBadge } from './invitation-state-badge';
import { OrganizationShortName } from '../../../ui/organization-short-name';
import { PersonName } from '../../../ui/person-name';
import { displayName } from '../../../lib/names';
import type { ParticipantRow } from './participant-groups';

export interface ParticipantActions {
  onEdit: (row: ParticipantRow) => void;
  onRemove: (row: ParticipantRow) => void;
  onMarkAttendance: (row: ParticipantRow, attended: boolean) => void;
}

export interface ParticipantsTableProps extends ParticipantActions {
  rows: readonly ParticipantRow[];
  /** Read out as the table's name: the group, or "Participants". */
  caption: string;
  /** Organisers see e-mail addresses and may edit, remove and mark attendance. */
  manager: boolean;
  /** Once the agenda is adopted or the meeting held, organisers mark who came. */
  showAttendance: boolean;
  /** Organisers choose whom to send the invitation or a reminder to. */
  selected?: ReadonlySet<string>;
  onToggleSelected?: (row: ParticipantRow) => void;
}

/** Those an organiser may choose: not yet invited (to send), or invited without a reply (to remind). */
function selectable(row: ParticipantRow): boolean {
  return row.state === InvitationState.NOT_INVITED || row.state === InvitationState.INVITED;
}

function SelectBox({
  row,
  selected,
  onToggleSelected,
}: Pick<ParticipantsTableProps, 'selected' | 'onToggleSelected'> & { row: ParticipantRow }) {
  if (!onToggleSelected || !selectable(row)) return null;
  return (
    <Checkbox
      aria-label={`Choose ${displayName(row.person)}`}
      checked={selected?.has(row.id) ?? false}
      onChange={() => {
        onToggleSelected(row);
      }}
    />
  );
}

/** "Senior Research Fellow, KDI": where the person works, under their name. */
function Position({ row }: { row: ParticipantRow }) {
  const { title, affiliation } = row.person;
  if (!title && !affiliation) return null;
  return (
    <Text size="sm" c="dimmed" span display="block">
      {title}
      {title && affiliation && ', '}
      {affiliation && <OrganizationShortName organization={affiliation} />}
    </Text>
  );
}

function Attendance({ row, onMarkAttendance }: { row: ParticipantRow } & Pick<ParticipantActions, 'onMarkAttendance'>) {
  const options = [
    { attended: true, state: InvitationState.ATTENDED, label: 'Attended' },
    { attended: false, state: InvitationState.NO_SHOW, label: 'No-show' },
  ];
  return (
    <Button.Group aria-label={`Attendance of ${displayName(row.person)}`}>
      {options.map((option) => {
        const pressed = row.state === option.state;
        const allowed = pressed || invitationStateMachine.canTransition(row.state, option.state);
        return (
          <Button
            key={option.label}
            size="compact-sm"
            variant={pressed ? 'filled' : 'default'}
            aria-pressed={pressed}
            disabled={!allowed}
            onClick={() => {
              if (!pressed) onMarkAttendance(row, option.attended);
            }}
          >
            {option.label}
          </Button>
        );
      })}
    </Button.Group>
  );
}

function RowActions({ row, onEdit, onRemove }: { row: ParticipantRow } & Omit<ParticipantActions, 'onMarkAttendance'>) {
  const name = displayName(row.person);
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" size="lg" aria-label={`Actions for ${name}`}>
          <span aria-hidden>⋯</span>
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          onClick={() => {
            onEdit(row);
          }}
        >
          Edit participation
        </Menu.Item>
        <Menu.Item
          color="red"
          onClick={() => {
            onRemove(row);
          }}
        >
          Remove from the meeting
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

function ParticipantTable({
  rows,
  caption,
  manager,
  showAttendance,
  selected,
  onToggleSelected,
  ...actions
}: ParticipantsTableProps) {
  return (
    <Table.ScrollContainer minWidth={manager ? 1000 : 760}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Caption>
          <VisuallyHidden>{caption}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {onToggleSelected && (
              <Table.Th scope="col" w={40}>
                <VisuallyHidden>Chosen</VisuallyHidden>
              </Table.Th>
            )}
            <Table.Th scope="col">Name and position</Table.Th>
            <Table.Th scope="col">Role and representing</Table.Th>
            <Table.Th scope="col">Category</Table.Th>
            <Table.Th scope="col">{showAttendance && manager ? 'Reply and attendance' : 'Reply'}</Table.Th>
            <Table.Th scope="col">Travel support</Table.Th>
            {manager && <Table.Th scope="col">E-mail</Table.Th>}
            {manager && (
              <Table.Th scope="col">
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id}>
              {onToggleSelected && (
                <Table.Td>
                  <SelectBox row={row} selected={selected} onToggleSelected={onToggleSelected} />
                </Table.Td>
              )}
              <Table.Th scope="row" fw="normal" miw={180}>
                <PersonName person={row.person} />
                <Position row={row} />
              </Table.Th>
              <Table.Td>
                <Text size="sm">{meetingRoleLabels[row.role]}</Text>
                {row.representing && (
                  <Text size="sm" c="dimmed">
                    for <OrganizationShortName organization={row.representing} />
                  </Text>
                )}
              </Table.Td>
              <Table.Td maw={240} fz="sm">
                {row.category ?? '—'}
              </Table.Td>
              <Table.Td>
                <Stack gap={6} align="flex-start">
                  <InvitationStateBadge state={row.state} />
                  {manager && showAttendance && <Attendance row={row} onMarkAttendance={actions.onMarkAttendance} />}
                </Stack>
              </Table.Td>
              <Table.Td fz="sm">{row.travelSupport ? 'Yes' : '—'}</Table.Td>
              {manager && (
                <Table.Td maw={220} fz="sm" style={{ overflowWrap: 'anywhere' }}>
                  {row.email ? (
                    <Anchor href={`mailto:${row.email}`} size="sm">
                      {row.email}
                    </Anchor>
                  ) : (
                    '—'
                  )}
                </Table.Td>
              )}
              {manager && (
                <Table.Td>
                  <RowActions row={row} onEdit={actions.onEdit} onRemove={actions.onRemove} />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function ParticipantCards({
  rows,
  caption,
  manager,
  showAttendance,
  selected,
  onToggleSelected,
  ...actions
}: ParticipantsTableProps) {
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={caption}>
      {rows.map((row) => (
        <Card component="li" withBorder radius="md" padding="sm" key={row.id}>
          <Stack gap={4}>
            <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <SelectBox row={row} selected={selected} onToggleSelected={onToggleSelected} />
                <div>
                  <PersonName person={row.person} />
                </div>
              </Group>
              <InvitationStateBadge state={row.state} />
            </Group>
            <Text size="sm">
              {meetingRoleLabels[row.role]}
              {row.representing && (
                <>
                  {' · representing '}
                  <OrganizationShortName organization={row.representing} />
                </>
              )}
            </Text>
            <Position row={row} />
            {row.category && (
              <Text size="sm" c="dimmed">
                {row.category}
              </Text>
            )}
            {row.travelSupport && <Text size="sm">Travel support</Text>}
            {manager && row.email && (
              <Anchor href={`mailto:${row.email}`} size="sm">
                {row.email}
              </Anchor>
            )}
            {manager && (
              <Group gap="xs" justify="space-between" mt={4}>
                {showAttendance ? <Attendance row={row} onMarkAttendance={actions.onMarkAttendance} /> : <span />}
                <RowActions row={row} onEdit={actions.onEdit} onRemove={actions.onRemove} />
              </Group>
            )}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}

/** A table on wide screens; on a phone, one card per person. */
export function ParticipantsTable(props: ParticipantsTableProps) {
  const wide = useMediaQuery('(min-width: 62em)', false, { getInitialValueInEffect: false });
  return wide ? <ParticipantTable {...props} /> : <ParticipantCards {...props} />;
}
