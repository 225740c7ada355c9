import { CombinedGraphQLErrors } from '@apollo/client';
import { Button, MantineProvider, MultiSelect, Select, Stack, TextInput } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { cssVariablesResolver, theme } from '../app/theme';
import { FormErrorAlert } from '../ui/form-error-alert';
import {
  checked,
  fieldInputProps,
  listEntries,
  listError,
  optionalText,
  selectInputProps,
  useServerForm,
} from './forms';

interface DayValues {
  title: string;
  room: string;
}

interface DayData {
  title: string;
  room: string;
}

type Save = (data: DayData) => Promise<unknown>;

function DayForm({ onSubmit }: { onSubmit: Save }) {
  const { form, formErrors, submitting, handleSubmit, send } = useServerForm({
    initialValues: { title: '', room: '' } satisfies DayValues,
    fields: ['title', 'room'] as const,
    messages: { DAY_EXISTS: 'The agenda already has this day.' },
    check: (values) =>
      checked(values.title.trim() === '' ? { title: 'Give the day a title.' } : {}, {
        title: values.title.trim(),
        room: values.room,
      }),
    onSubmit,
  });
  return (
    <form noValidate onSubmit={handleSubmit}>
      <Stack>
        <TextInput label="Title" {...form.getInputProps('title')} />
        <Select label="Room" data={['Room A', 'Room B']} clearable {...selectInputProps(form, 'room')} />
        <FormErrorAlert messages={formErrors} />
        <p role="status">{submitting ? 'Saving…' : ''}</p>
        <Button type="submit">Save</Button>
        <Button onClick={() => void send({ title: 'Untitled', room: '' })}>Save as untitled</Button>
      </Stack>
    </form>
  );
}

function renderDayForm(onSubmit: Save) {
  const user = userEvent.setup();
  render(
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} env="test">
      <DayForm onSubmit={onSubmit} />
    </MantineProvider>,
  );
  return { user };
}

interface Expert {
  value: string;
  label: string;
}

const directory: readonly Expert[] = [
  { value: 'person-sato', label: 'Sato Haruka' },
  { value: 'person-jung', label: 'Jung Su-min' },
];

/** Holds whole people, as a search of the directory does, where the API takes only their ids. */
function ExpertsInput({
  value,
  onChange,
  error,
}: {
  value: readonly Expert[];
  onChange: (experts: Expert[]) => void;
  error: string | undefined;
}) {
  return (
    <MultiSelect
      label="Experts"
      data={[...directory]}
      value={value.map((expert) => expert.value)}
      onChange={(ids) => {
        onChange(directory.filter((expert) => ids.includes(expert.value)));
      }}
      error={error}
    />
  );
}

type SavePanel = (data: { personIds: string[] }) => Promise<unknown>;

function PanelForm({ onSubmit }: { onSubmit: SavePanel }) {
  const { form, handleSubmit } = useServerForm({
    initialValues: { experts: [] as Expert[] },
    fields: ['personIds'] as const,
    check: (values) =>
      checked(values.experts.length === 0 ? { personIds: 'Name at least one expert.' } : {}, {
        personIds: values.experts.map((expert) => expert.value),
      }),
    onSubmit,
  });
  return (
    <form noValidate onSubmit={handleSubmit}>
      <ExpertsInput {...fieldInputProps(form, 'experts', 'personIds')} />
      <Button type="submit">Save panel</Button>
    </form>
  );
}

function refusal(...errors: { message: string; reason: string; field?: string }[]) {
  return new CombinedGraphQLErrors({
    errors: errors.map(({ message, reason, field }) => ({
      message,
      extensions: { code: 'BAD_USER_INPUT', reason, ...(field ? { field } : {}) },
    })),
  });
}

describe('useServerForm', () => {
  it('shows what the check finds next to its input and sends nothing', async () => {
    const onSubmit = vi.fn<Save>().mockResolvedValue(undefined);
    const { user } = renderDayForm(onSubmit);

    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(screen.getByLabelText('Title')).toHaveAccessibleDescription('Give the day a title.');
    expect(screen.getByLabelText('Title')).toHaveAttribute('aria-invalid', 'true');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('clears an input’s message as soon as the input changes', async () => {
    const { user } = renderDayForm(vi.fn<Save>().mockResolvedValue(undefined));

    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.type(screen.getByLabelText('Title'), 'D');

    expect(screen.getByLabelText('Title')).not.toHaveAccessibleDescription('Give the day a title.');
  });

  it('sends the data the check made of the values', async () => {
    const onSubmit = vi.fn<Save>().mockResolvedValue(undefined);
    const { user } = renderDayForm(onSubmit);

    await user.type(screen.getByLabelText('Title'), '  Day one  ');
    await user.click(screen.getByRole('combobox', { name: 'Room' }));
    await user.click(screen.getByRole('option', { name: 'Room B' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(onSubmit).toHaveBeenCalledExactlyOnceWith({ title: 'Day one', room: 'Room B' });
  });

  it('holds a select with nothing chosen as empty, also once a choice is taken back', async () => {
    const onSubmit = vi.fn<Save>().mockResolvedValue(undefined);
    const { user } = renderDayForm(onSubmit);

    await user.type(screen.getByLabelText('Title'), 'Day one');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.click(screen.getByRole('combobox', { name: 'Room' }));
    await user.click(screen.getByRole('option', { name: 'Room A' }));
    await user.click(screen.getByRole('combobox', { name: 'Room' }));
    await user.click(screen.getByRole('option', { name: 'Room A' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(screen.getByRole('combobox', { name: 'Room' })).toHaveValue('');
    expect(onSubmit).toHaveBeenNthCalledWith(1, { title: 'Day one', room: '' });
    expect(onSubmit).toHaveBeenNthCalledWith(2, { title: 'Day one', room: '' });
  });

  it('shows a refusal about an input next to it, and every other refusal above the buttons', async () => {
    const onSubmit = vi
      .fn<Save>()
      .mockRejectedValue(
        refusal(
          { message: 'That title is taken.', reason: 'INVALID_INPUT', field: 'input.title' },
          { message: 'The day is already on the agenda.', reason: 'DAY_EXISTS' },
          { message: 'The date is outside the meeting.', reason: 'INVALID_INPUT', field: 'input.date' },
        ),
      );
    const { user } = renderDayForm(onSubmit);

    await user.type(screen.getByLabelText('Title'), 'Day one');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByLabelText('Title')).toHaveAccessibleDescription('That title is taken.');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Nothing was saved');
    // The form's own wording replaces the server's for the reasons it names.
    expect(alert).toHaveTextContent('The agenda already has this day.');
    expect(alert).not.toHaveTextContent('The day is already on the agenda.');
    // A field the form does not show is the form's to explain.
    expect(alert).toHaveTextContent('The date is outside the meeting.');
  });

  it('says when the server cannot be reached', async () => {
    const { user } = renderDayForm(vi.fn<Save>().mockRejectedValue(new TypeError('Failed to fetch')));

    await user.type(screen.getByLabelText('Title'), 'Day one');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Plenary cannot reach the server.');
  });

  it('forgets the last refusal when the form is sent again', async () => {
    const onSubmit = vi
      .fn<Save>()
      .mockRejectedValueOnce(refusal({ message: 'The day is already on the agenda.', reason: 'DAY_EXISTS' }))
      .mockResolvedValueOnce(undefined);
    const { user } = renderDayForm(onSubmit);

    await user.type(screen.getByLabelText('Title'), 'Day one');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(onSubmit).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says it is saving until the server answers', async () => {
    let answer: () => void = () => undefined;
    const onSubmit = vi.fn<Save>(
      () =>
        new Promise<void>((resolve) => {
          answer = resolve;
        }),
    );
    const { user } = renderDayForm(onSubmit);

    await user.type(screen.getByLabelText('Title'), 'Day one');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('status')).toHaveTextContent('Saving…');

    answer();
    await vi.waitFor(() => {
      expect(screen.getByRole('status')).toBeEmptyDOMElement();
    });
  });

  it('sends data that skips the check and shows its refusal as a submit would', async () => {
    const onSubmit = vi
      .fn<Save>()
      .mockRejectedValue(refusal({ message: 'That title is taken.', reason: 'INVALID_INPUT', field: 'title' }));
    const { user } = renderDayForm(onSubmit);

    await user.click(screen.getByRole('button', { name: 'Save as untitled' }));

    expect(onSubmit).toHaveBeenCalledExactlyOnceWith({ title: 'Untitled', room: '' });
    expect(await screen.findByLabelText('Title')).toHaveAccessibleDescription('That title is taken.');
  });
});

describe('fieldInputProps', () => {
  function renderPanelForm(onSubmit: SavePanel) {
    const user = userEvent.setup();
    render(
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} env="test">
        <PanelForm onSubmit={onSubmit} />
      </MantineProvider>,
    );
    return { user };
  }

  it('shows what the check finds about the people on the input that holds them, until they change', async () => {
    const onSubmit = vi.fn<SavePanel>().mockResolvedValue(undefined);
    const { user } = renderPanelForm(onSubmit);

    await user.click(screen.getByRole('button', { name: 'Save panel' }));
    const experts = screen.getByRole('combobox', { name: 'Experts' });
    expect(experts).toHaveAccessibleDescription('Name at least one expert.');

    await user.click(experts);
    await user.click(screen.getByRole('option', { name: 'Jung Su-min' }));
    expect(experts).not.toHaveAccessibleDescription('Name at least one expert.');

    await user.click(screen.getByRole('button', { name: 'Save panel' }));
    expect(onSubmit).toHaveBeenCalledExactlyOnceWith({ personIds: ['person-jung'] });
  });

  it('shows the server’s refusal of the ids on the input that holds the people', async () => {
    const onSubmit = vi
      .fn<SavePanel>()
      .mockRejectedValue(
        refusal({ message: 'Sato Haruka is not in the directory.', reason: 'INVALID_INPUT', field: 'input.personIds' }),
      );
    const { user } = renderPanelForm(onSubmit);

    await user.click(screen.getByRole('combobox', { name: 'Experts' }));
    await user.click(screen.getByRole('option', { name: 'Sato Haruka' }));
    await user.click(screen.getByRole('button', { name: 'Save panel' }));

    expect(await screen.findByRole('combobox', { name: 'Experts' })).toHaveAccessibleDescription(
      'Sato Haruka is not in the directory.',
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('optionalText', () => {
  it('sends an answer trimmed, and an empty or blank one not at all', () => {
    expect(optionalText('  SC 35, item 4 ')).toBe('SC 35, item 4');
    expect(optionalText('')).toBeUndefined();
    expect(optionalText(' \n ')).toBeUndefined();
  });
});

describe('list checks', () => {
  const limit = { items: 2, length: 10 };

  it('keeps the entries as the API stores them, trimmed and without blanks', () => {
    expect(listEntries(['  Trade ', '', '   ', 'Energy'])).toEqual(['Trade', 'Energy']);
  });

  it('accepts a list within the limits, blanks not counted', () => {
    expect(listError(['Trade', '', 'Energy', ' '], limit)).toBeUndefined();
  });

  it('refuses too many entries, too long an entry, and an entry listed twice', () => {
    expect(listError(['Trade', 'Energy', 'Water'], limit)).toBe('List at most 2.');
    expect(listError(['Connectivity'], limit)).toBe('Keep each entry under 10 characters.');
    expect(listError(['Trade', ' Trade '], limit)).toBe('“Trade” is listed twice: keep each entry once.');
  });
});
