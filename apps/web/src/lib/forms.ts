import { useForm, type LooseKeys, type UseFormReturnType } from '@mantine/form';
import type { ErrorReason } from '@plenary/shared';
import { useState, type SyntheticEvent } from 'react';
import { toFormErrors } from './api-error';

/** Messages shown next to the inputs they are about. */
export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/** What a form's check makes of its values: the data to send, or what stops them being sent. */
export type FormCheck<Data, F extends string> =
  | { ok: true; data: Data }
  | {
      ok: false;
      errors: FieldErrors<F>;
      /** Problems no single input shows, e.g. in a list of rows. */
      form?: string[];
    };

/** A check for validators that only find errors: with none, `data` is sent. */
export function checked<Data, F extends string>(errors: FieldErrors<F>, data: Data): FormCheck<Data, F> {
  const failed = Object.values(errors).some((message) => message !== undefined);
  return failed ? { ok: false, errors } : { ok: true, data };
}

/** An optional free-text answer as the API takes it: trimmed, and left out when empty. */
export function optionalText(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** The entries of an ordered list as the API stores them: trimmed, empty ones left out. */
export function listEntries(values: readonly string[]): string[] {
  return values.map((value) => value.trim()).filter((value) => value !== '');
}

/** What the API would refuse in an ordered list (objectives, outputs…): too many, too long, or one twice. */
export function listError(values: readonly string[], limit: { items: number; length: number }): string | undefined {
  const list = listEntries(values);
  if (list.length > limit.items) return `List at most ${limit.items}.`;
  if (list.some((value) => value.length > limit.length)) return `Keep each entry under ${limit.length} characters.`;
  const repeated = list.find((value, index) => list.indexOf(value) !== index);
  if (repeated !== undefined) return `“${repeated}” is listed twice: keep each entry once.`;
  return undefined;
}

export interface ServerFormOptions<Values, Data, F extends string> {
  initialValues: Values;
  /** Pure: refuses what the API would refuse, before anything is sent, and otherwise gives the data to send. */
  check: (values: Values) => FormCheck<Data, NoInfer<F>>;
  /** The inputs the form shows, by the names the API gives in `extensions.field`; errors about others are the form's. */
  fields: readonly F[];
  /** Wording for refusals this form can explain better than the server. */
  messages?: Partial<Record<ErrorReason, string>>;
  /** Rejects with the API's error when the server refuses; an error it handles itself it does not rethrow. */
  onSubmit: (data: Data) => Promise<unknown>;
  /** Told what the check found, e.g. to take the focus to the first input at fault. */
  onInvalid?: (errors: FieldErrors<NoInfer<F>>) => void;
}

export interface ServerForm<Values, Data, F extends string> {
  form: UseFormReturnType<Values>;
  /** The messages by input, for inputs that do not take `form.getInputProps`. */
  errors: FieldErrors<F>;
  /** Messages about the form as a whole, for `FormErrorAlert`. */
  formErrors: string[];
  setFormErrors: (messages: string[]) => void;
  /** While the data is with the server. */
  submitting: boolean;
  /** The form element's `onSubmit`: checks, sends, and shows what the server refused where it belongs. */
  handleSubmit: (event?: SyntheticEvent<HTMLFormElement>) => void;
  /** Sends data the check need not see (an action beside the submit button), showing refusals as a submit does. */
  send: (data: Data) => Promise<void>;
}

/**
 * A form that is checked in the browser and then saved by the API: every input's value, its message,
 * the form's own messages and whether a save is running, in one place.
 */
export function useServerForm<Values extends object, Data, F extends string>({
  initialValues,
  check,
  fields,
  messages,
  onSubmit,
  onInvalid,
}: ServerFormOptions<Values, Data, F>): ServerForm<Values, Data, F> {
  const form = useForm<Values>({ initialValues });
  const [formErrors, setFormErrors] = useState<string[]>([]);

  async function save(data: Data) {
    try {
      await onSubmit(data);
    } catch (error) {
      const split = toFormErrors(error, fields, messages);
      form.setErrors(split.fields);
      setFormErrors(split.form);
    }
  }

  async function checkAndSave(values: Values) {
    const result = check(values);
    if (!result.ok) {
      form.setErrors(result.errors);
      setFormErrors(result.form ?? []);
      onInvalid?.(result.errors);
      return;
    }
    await save(result.data);
  }

  return {
    form,
    // Every message a form holds is a sentence: the check, the server and the form itself all give strings.
    errors: form.errors as FieldErrors<F>,
    formErrors,
    setFormErrors,
    submitting: form.submitting,
    handleSubmit: (event) => {
      setFormErrors([]);
      form.onSubmit(checkAndSave)(event);
    },
    send: async (data) => {
      setFormErrors([]);
      form.clearErrors();
      form.setSubmitting(true);
      try {
        await save(data);
      } finally {
        form.setSubmitting(false);
      }
    },
  };
}

/** A Select's props when the form holds "nothing chosen" as '' rather than null, so its values stay strings. */
export function selectInputProps<Values>(form: UseFormReturnType<Values>, path: LooseKeys<Values>) {
  const { value, onChange, ...props } = form.getInputProps(path);
  return {
    ...props,
    value: value === '' ? null : (value as string | null),
    onChange: (next: string | null) => {
      onChange(next ?? '');
    },
  };
}

/**
 * An input's props when the form holds its value under one name and the API refuses it under another:
 * people chosen with their names, sent (and refused) as `personIds`. The API's message shows on the
 * input and goes as soon as the value changes.
 */
export function fieldInputProps<Values, Key extends keyof Values & string>(
  form: UseFormReturnType<Values>,
  path: Key,
  field: string,
) {
  const { value, onChange, ...props } = form.getInputProps(path, { withError: false });
  return {
    ...props,
    value: value as Values[Key],
    error: form.errors[field] as string | undefined,
    onChange: (next: unknown) => {
      onChange(next);
      form.clearFieldError(field);
    },
  };
}
