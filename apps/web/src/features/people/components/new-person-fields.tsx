import { Grid, Select, TextInput, type ComboboxItem } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { isEmail, limits } from '@plenary/shared';
import { selectInputProps } from '../../../lib/forms';

/** Someone not yet in the directory, as an organiser enters them. */
export interface NewPersonValues {
  name: string;
  sortName: string;
  honorific: string;
  title: string;
  email: string;
  affiliationId: string;
}

export type NewPersonErrors = Partial<Record<keyof NewPersonValues, string>>;

export const emptyNewPerson: NewPersonValues = {
  name: '',
  sortName: '',
  honorific: '',
  title: '',
  email: '',
  affiliationId: '',
};

function optional(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** The checks the API makes, so the form can say so before sending. */
export function validateNewPerson(values: NewPersonValues): NewPersonErrors {
  const errors: NewPersonErrors = {};
  const tooLong = `Keep this under ${limits.shortText} characters.`;
  if (values.name.trim() === '') errors.name = 'Enter the person’s name as they write it.';
  else if (values.name.trim().length > limits.shortText) errors.name = tooLong;
  if (values.sortName.trim().length > limits.shortText) errors.sortName = tooLong;
  if (values.title.trim().length > limits.shortText) errors.title = tooLong;
  if (values.honorific.trim().length > limits.honorific)
    errors.honorific = `Keep this under ${limits.honorific} characters.`;
  if (values.email.trim() === '') errors.email = 'Enter the e-mail address the invitation goes to.';
  else if (!isEmail(values.email.trim())) errors.email = 'Enter an e-mail address such as name@example.org.';
  return errors;
}

/** The values as the API takes them: trimmed, blanks left out. */
export function newPersonInput(values: NewPersonValues) {
  return {
    name: values.name.trim(),
    sortName: optional(values.sortName),
    honorific: optional(values.honorific),
    title: optional(values.title),
    email: values.email.trim(),
    affiliationId: optional(values.affiliationId),
  };
}

export interface NewPersonFieldsProps {
  /** A form whose values include the person's. */
  form: UseFormReturnType<NewPersonValues>;
  affiliationOptions: readonly ComboboxItem[];
}

/** Name (in any script), sort name, honorific, position, e-mail and affiliation. */
export function NewPersonFields({ form, affiliationOptions }: NewPersonFieldsProps) {
  return (
    <>
      <Grid>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <TextInput
            label="Honorific"
            description="Dr, Prof., H.E.…"
            maxLength={limits.honorific}
            {...form.getInputProps('honorific')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 8 }}>
          <TextInput
            label="Name"
            description="As the person writes it, in any script"
            required
            maxLength={limits.shortText}
            {...form.getInputProps('name')}
          />
        </Grid.Col>
      </Grid>
      <TextInput
        label="Sort name"
        description="Family name first, in Latin script, e.g. “Kim Min-jun”. Defaults to the name."
        maxLength={limits.shortText}
        {...form.getInputProps('sortName')}
      />
      <TextInput
        label="E-mail address"
        type="email"
        required
        maxLength={limits.email}
        {...form.getInputProps('email')}
      />
      <TextInput
        label="Title"
        description="Position, e.g. Senior Research Fellow"
        maxLength={limits.shortText}
        {...form.getInputProps('title')}
      />
      <Select
        label="Affiliation"
        searchable
        clearable
        data={affiliationOptions}
        {...selectInputProps(form, 'affiliationId')}
        nothingFoundMessage="No organization by that name"
      />
    </>
  );
}
