import {
  ActionIcon,
  Alert,
  Box,
  Button,
  Group,
  Paper,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { limits } from '@plenary/shared';
import { useEffect, useId, useRef, useState } from 'react';
import { useBlocker } from 'react-router';
import type { ReportPanel_ReportFragment, ReportSectionInput } from '../../../__generated__/graphql';
import { errorExtensions, toFormErrors } from '../../../lib/api-error';
import { checked, useServerForm, type FieldErrors, type FormCheck } from '../../../lib/forms';
import { LeaveWithoutSavingDialog } from '../../../ui/leave-without-saving-dialog';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { FormErrorAlert } from '../../../ui/form-error-alert';
import { LiveRegion, useAnnouncement } from '../../../ui/live-region';
import { useSaveMeetingReport } from '../hooks/use-save-meeting-report';
import { ParticipationSentence } from './report-text';

/** What the editor needs of the report; `onReload` answers with the same, as the server now has it. */
export type EditedReport = Pick<
  ReportPanel_ReportFragment,
  'id' | 'revision' | 'attributionAllowed' | 'participation' | 'current'
>;

/** As many as the API accepts. */
const MAX_SECTIONS = 40;

interface SectionDraft {
  /** Stays with the section while it is moved, so React and the focus follow it. */
  key: string;
  agendaItemId: string | null;
  heading: string;
  text: string;
}

interface ReportDraft {
  summary: string;
  sections: SectionDraft[];
  attributionAllowed: boolean;
}

let lastSectionKey = 0;
function sectionKey(): string {
  lastSectionKey += 1;
  return `section-${lastSectionKey}`;
}

function draftOf(report: EditedReport): ReportDraft {
  return {
    summary: report.current.summary,
    sections: report.current.sections.map((section) => ({
      key: sectionKey(),
      agendaItemId: section.agendaItemId,
      heading: section.heading,
      text: section.text,
    })),
    attributionAllowed: report.attributionAllowed,
  };
}

function sectionsInput(draft: ReportDraft): ReportSectionInput[] {
  return draft.sections.map(({ agendaItemId, heading, text }) => ({ agendaItemId, heading: heading.trim(), text }));
}

function sameContent(a: ReportDraft, b: ReportDraft): boolean {
  return (
    a.summary === b.summary &&
    a.attributionAllowed === b.attributionAllowed &&
    JSON.stringify(sectionsInput(a)) === JSON.stringify(sectionsInput(b))
  );
}

/** The draft as plain text, to copy from once someone else's revision has replaced it in the editor. */
function plainText(draft: ReportDraft): string {
  return [
    'Summary',
    draft.summary.trim(),
    ...draft.sections.flatMap((section) => [section.heading.trim(), section.text.trim()]),
  ]
    .filter((part) => part !== '')
    .join('\n\n');
}

/** The only input the server names; the sections' messages all come from the check below. */
const SERVER_FIELDS: readonly string[] = ['summary'];

/** Where a section's heading and text are, for their messages and for the focus. */
function headingKey(section: SectionDraft): string {
  return `${section.key}-heading`;
}

function textKey(section: SectionDraft): string {
  return `${section.key}-text`;
}

/** Checks what the API would refuse; messages are keyed by where the focus goes to fix them. */
function validate(draft: ReportDraft): FormCheck<ReportDraft, string> {
  const errors: FieldErrors<string> = {};
  const longText = limits.longText.toLocaleString('en-GB');
  if (draft.summary.length > limits.longText) errors['summary'] = `Keep the summary under ${longText} characters.`;
  for (const section of draft.sections) {
    const heading = section.heading.trim();
    if (heading === '') errors[headingKey(section)] = 'Give the section a heading.';
    else if (heading.length > limits.title) {
      errors[headingKey(section)] = `Keep the heading under ${limits.title} characters.`;
    }
    if (section.text.length > limits.longText) {
      errors[textKey(section)] = `Keep the section under ${longText} characters.`;
    }
  }
  return checked(errors, draft);
}

export interface ReportEditorProps {
  report: EditedReport;
  /** Asks the server for the report again; resolves to it as it now is. */
  onReload: () => Promise<EditedReport | undefined>;
  /** Told whether the editor holds changes not yet saved. */
  onDirtyChange: (dirty: boolean) => void;
}

/**
 * The draft report's text for its writers: summary, one section per session (plus any of their own),
 * and whether it may name participants. Each save is a new revision made from the one the writer
 * opened; if a co-author saved first, the save is refused and the writer's text stays to copy from.
 */
export function ReportEditor({ report, onReload, onDirtyChange }: ReportEditorProps) {
  const save = useSaveMeetingReport();
  const [opened] = useState(() => draftOf(report));
  const [saved, setSaved] = useState(opened);
  const [baseRevision, setBaseRevision] = useState(report.revision);
  /** The revision someone else saved first, when a save was refused for it. */
  const [conflict, setConflict] = useState<{ revision: number | undefined }>();
  const [reloading, setReloading] = useState(false);
  /** The writer's text from before they loaded a co-author's revision. */
  const [unsavedCopy, setUnsavedCopy] = useState<string>();
  const [removing, setRemoving] = useState<SectionDraft>();
  const { message, announce } = useAnnouncement();
  const container = useRef<HTMLFormElement>(null);
  const id = useId();
  const { form, errors, formErrors, setFormErrors, submitting, handleSubmit } = useServerForm({
    initialValues: opened,
    fields: SERVER_FIELDS,
    messages: {
      REPORT_LOCKED:
        'The report was marked as final meanwhile, so nothing was saved. Copy your changes; a writer can reopen it as a draft.',
    },
    check: validate,
    onInvalid: (found) => {
      const first = ['summary', ...draft.sections.flatMap((section) => [headingKey(section), textKey(section)])].find(
        (key) => found[key] !== undefined,
      );
      if (first) focusSoon(first);
    },
    onSubmit: async (sent) => {
      try {
        const revision = await save({
          reportId: report.id,
          baseRevision,
          summary: sent.summary,
          sections: sectionsInput(sent),
          attributionAllowed: sent.attributionAllowed,
        });
        setSaved(sent);
        setConflict(undefined);
        setBaseRevision(revision);
        announce(
          revision === baseRevision ? 'Nothing had changed since the last save.' : `Saved as revision ${revision}.`,
        );
      } catch (error) {
        const refusal = errorExtensions(error, 'VERSION_CONFLICT');
        if (!refusal) throw error;
        const current = refusal['currentRevision'];
        setConflict({ revision: typeof current === 'number' ? current : undefined });
      }
    },
  });
  const draft = form.values;
  const dirty = !sameContent(draft, saved);

  useEffect(() => {
    onDirtyChange(dirty);
  }, [dirty, onDirtyChange]);
  useEffect(
    () => () => {
      onDirtyChange(false);
    },
    [onDirtyChange],
  );

  // Switching tab or page would drop the text: ask first. Closing the window too, as far as browsers let us.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
  );
  useEffect(() => {
    if (!dirty) return;
    function handleBeforeUnload(event: BeforeUnloadEvent) {
      event.preventDefault();
    }
    window.addEventListener('beforeunload', handleBeforeUnload);
    return () => {
      window.removeEventListener('beforeunload', handleBeforeUnload);
    };
  }, [dirty]);

  /** Moves the focus once the change is on screen, so the writer never loses their place. */
  function focusSoon(key: string) {
    window.setTimeout(() => {
      container.current?.querySelector<HTMLElement>(`[data-focus-key="${key}"]`)?.focus();
    }, 0);
  }

  function changeSections(sections: SectionDraft[]) {
    form.setFieldValue('sections', sections);
  }

  function changeSection(changed: SectionDraft, next: Partial<Pick<SectionDraft, 'heading' | 'text'>>) {
    form.setFieldValue('sections', (sections) =>
      sections.map((section) => (section.key === changed.key ? { ...section, ...next } : section)),
    );
    if (next.heading !== undefined) form.clearFieldError(headingKey(changed));
    if (next.text !== undefined) form.clearFieldError(textKey(changed));
  }

  function handleAddSection() {
    const section: SectionDraft = { key: sectionKey(), agendaItemId: null, heading: '', text: '' };
    changeSections([...draft.sections, section]);
    focusSoon(headingKey(section));
  }

  function handleMove(index: number, by: -1 | 1) {
    const target = index + by;
    const moved = draft.sections[index];
    if (!moved || target < 0 || target >= draft.sections.length) return;
    const sections = [...draft.sections];
    [sections[index], sections[target]] = [sections[target] ?? moved, moved];
    changeSections(sections);
    focusSoon(`${moved.key}-${by === -1 ? 'up' : 'down'}`);
    announce(`${moved.heading.trim() || 'Section'} moved to position ${target + 1} of ${sections.length}.`);
  }

  function remove(key: string) {
    const index = draft.sections.findIndex((section) => section.key === key);
    const sections = draft.sections.filter((section) => section.key !== key);
    changeSections(sections);
    const next = sections[Math.min(index, sections.length - 1)];
    focusSoon(next ? headingKey(next) : 'add-section');
    announce('Section removed. It leaves the report when you save.');
  }

  function handleRemove(section: SectionDraft) {
    if (section.text.trim() === '') remove(section.key);
    else setRemoving(section);
  }

  async function handleLoadTheirs() {
    setReloading(true);
    try {
      const fresh = await onReload();
      if (!fresh) return;
      const theirs = draftOf(fresh);
      setUnsavedCopy(plainText(draft));
      // Replacing the values clears every message about the writer's own text.
      form.setValues(theirs);
      setSaved(theirs);
      setBaseRevision(fresh.revision);
      setConflict(undefined);
      announce(`Revision ${fresh.revision} loaded. Your own text is kept below the alert, to copy from.`);
    } catch (error) {
      setFormErrors(toFormErrors(error, []).form);
    } finally {
      setReloading(false);
    }
  }

  const conflictTitle =
    conflict?.revision !== undefined
      ? `Someone else saved revision ${conflict.revision}`
      : 'Someone else saved the report meanwhile';

  return (
    <form ref={container} noValidate onSubmit={handleSubmit} aria-labelledby={`${id}-title`}>
      <Stack gap="lg">
        <Title order={3} fz="h4" id={`${id}-title`}>
          Edit the draft
        </Title>

        {conflict && (
          <Alert color="red" variant="light" role="alert" title={conflictTitle}>
            <Stack gap="sm" align="flex-start">
              <Text size="sm">
                Your changes were not saved, so that neither version is lost. They are still in the editor below: load
                their revision to work on from it, and your text stays on this page to copy from.
              </Text>
              <Button size="xs" loading={reloading} onClick={() => void handleLoadTheirs()}>
                Load their revision
              </Button>
            </Stack>
          </Alert>
        )}

        {unsavedCopy !== undefined && (
          <Alert color="yellow" variant="light" role="note" title="Your unsaved text">
            <Stack gap="xs">
              <Text size="sm">
                The editor now shows revision {baseRevision}. This is what you had written; copy what you want to keep.
              </Text>
              <Textarea aria-label="Your unsaved text" readOnly autosize minRows={3} maxRows={12} value={unsavedCopy} />
              <Group>
                <Button
                  variant="default"
                  size="xs"
                  onClick={() => {
                    setUnsavedCopy(undefined);
                  }}
                >
                  Dismiss
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}

        <Stack gap="xs">
          <Text size="sm" fw={500}>
            The report opens with
          </Text>
          <ParticipationSentence participation={report.participation} />
        </Stack>

        <Textarea
          data-focus-key="summary"
          label="Summary"
          description="Follows the participation sentence. Separate paragraphs with a blank line."
          autosize
          minRows={4}
          maxRows={20}
          {...form.getInputProps('summary')}
        />

        <Stack gap="sm" component="section" aria-labelledby={`${id}-sections`}>
          <Title order={4} fz="h5" id={`${id}-sections`}>
            Sections
          </Title>
          {draft.sections.length === 0 && (
            <Text size="sm" c="dimmed">
              No sections. Add one for each session you report on.
            </Text>
          )}
          <Stack component="ol" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
            {draft.sections.map((section, index) => {
              const number = index + 1;
              const first = index === 0;
              const last = index === draft.sections.length - 1;
              return (
                <Paper component="li" key={section.key} withBorder radius="md" p={{ base: 'sm', sm: 'md' }}>
                  <Stack gap="sm">
                    <Group gap="xs" justify="space-between" wrap="nowrap">
                      <Text size="sm" c="dimmed" aria-hidden>
                        Section {number}
                      </Text>
                      <Group gap={2} wrap="nowrap">
                        <ActionIcon
                          data-focus-key={`${section.key}-up`}
                          variant="subtle"
                          color="gray"
                          size="lg"
                          aria-label={`Move section ${number} up`}
                          // Stays focusable at the top, so the focus is not lost after the last move.
                          data-disabled={first || undefined}
                          aria-disabled={first || undefined}
                          onClick={() => {
                            handleMove(index, -1);
                          }}
                        >
                          <span aria-hidden>↑</span>
                        </ActionIcon>
                        <ActionIcon
                          data-focus-key={`${section.key}-down`}
                          variant="subtle"
                          color="gray"
                          size="lg"
                          aria-label={`Move section ${number} down`}
                          data-disabled={last || undefined}
                          aria-disabled={last || undefined}
                          onClick={() => {
                            handleMove(index, 1);
                          }}
                        >
                          <span aria-hidden>↓</span>
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          size="lg"
                          aria-label={`Remove section ${number}`}
                          onClick={() => {
                            handleRemove(section);
                          }}
                        >
                          <span aria-hidden>✕</span>
                        </ActionIcon>
                      </Group>
                    </Group>
                    <TextInput
                      data-focus-key={headingKey(section)}
                      label={`Section ${number} heading`}
                      description={
                        section.agendaItemId ? 'Reports on a session of the agenda.' : 'A section of your own.'
                      }
                      required
                      maxLength={limits.title}
                      value={section.heading}
                      onChange={(event) => {
                        changeSection(section, { heading: event.currentTarget.value });
                      }}
                      error={errors[headingKey(section)]}
                    />
                    <Textarea
                      data-focus-key={textKey(section)}
                      label={`Section ${number} text`}
                      description="Separate paragraphs with a blank line."
                      autosize
                      minRows={4}
                      maxRows={30}
                      value={section.text}
                      onChange={(event) => {
                        changeSection(section, { text: event.currentTarget.value });
                      }}
                      error={errors[textKey(section)]}
                    />
                  </Stack>
                </Paper>
              );
            })}
          </Stack>
          {draft.sections.length < MAX_SECTIONS && (
            <Group>
              <Button data-focus-key="add-section" variant="default" size="compact-sm" onClick={handleAddSection}>
                Add a section
              </Button>
            </Group>
          )}
        </Stack>

        <Switch
          label="Allow attribution"
          // The label wraps the description; without this the description would be read twice, as part of the name.
          aria-label="Allow attribution"
          description="Off by default: under the Chatham House rule the report says “one participant argued…”, never who. Turn it on only if the participants agreed to be named."
          {...form.getInputProps('attributionAllowed', { type: 'checkbox' })}
        />

        <FormErrorAlert messages={formErrors} />

        {/* Stays in reach at the bottom of the screen while a long report is written. */}
        <Box
          pos="sticky"
          bottom={0}
          py="sm"
          style={{
            zIndex: 1,
            background: 'var(--mantine-color-body)',
            borderTop: '1px solid var(--mantine-color-default-border)',
          }}
        >
          <Group gap="sm" justify="space-between">
            <Text size="sm" c="dimmed">
              {dirty ? 'Unsaved changes' : `Revision ${baseRevision}, all changes saved`}
            </Text>
            <Button type="submit" loading={submitting}>
              Save
            </Button>
          </Group>
        </Box>
      </Stack>
      <LiveRegion message={message} />

      <ConfirmDialog
        opened={removing !== undefined}
        title="Remove this section?"
        confirmLabel="Remove section"
        confirmColor="red"
        onConfirm={() => {
          if (removing) remove(removing.key);
          return Promise.resolve();
        }}
        onClose={() => {
          setRemoving(undefined);
        }}
      >
        <Text>
          “{removing?.heading.trim() || 'Untitled section'}” and its text leave the report when you next save. Earlier
          revisions keep it.
        </Text>
      </ConfirmDialog>

      <LeaveWithoutSavingDialog blocker={blocker}>
        Your changes to the report are not saved yet. If you leave now, they are lost.
      </LeaveWithoutSavingDialog>
    </form>
  );
}
