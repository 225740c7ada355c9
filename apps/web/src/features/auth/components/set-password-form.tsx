import { Button, PasswordInput, Stack } from '@mantine/core';
import { limits, type ErrorReason } from '@plenary/shared';
import { checked, useServerForm, type FieldErrors } from '../../../lib/forms';
import { FormErrorAlert } from '../../../ui/form-error-alert';
import { useAcceptInvitation } from '../hooks/use-accept-invitation';

const FIELDS = ['password', 'confirmation'] as const;
type Field = (typeof FIELDS)[number];

interface SetPasswordValues {
  password: string;
  confirmation: string;
}

/** The API's refusals of an invitation link, said as what the person can do about them. */
const acceptMessages: Partial<Record<ErrorReason, string>> = {
  INVITATION_EXPIRED: 'This link has expired. Ask the person who invited you to send a new one.',
  INVITATION_USED: 'This link has already been used to set a password. Sign in with that password instead.',
  INVITATION_INVALID: 'This invitation link is not valid. Ask the person who invited you to send a new one.',
};

function validatePassword({ password, confirmation }: SetPasswordValues): FieldErrors<Field> {
  const errors: FieldErrors<Field> = {};
  if (password.length < limits.passwordMin) {
    errors.password = `Use at least ${limits.passwordMin} characters.`;
  } else if (password.length > limits.passwordMax) {
    errors.password = `Use at most ${limits.passwordMax} characters.`;
  }
  if (confirmation !== password) errors.confirmation = 'The two passwords are not the same.';
  return errors;
}

export interface SetPasswordFormProps {
  token: string;
  /** Filled in for password managers, which file the new password under it. */
  email: string;
  onAccepted: () => void;
}

export function SetPasswordForm({ token, email, onAccepted }: SetPasswordFormProps) {
  const { acceptInvitation } = useAcceptInvitation();
  const { form, errors, formErrors, submitting, handleSubmit } = useServerForm({
    initialValues: { password: '', confirmation: '' },
    fields: FIELDS,
    messages: acceptMessages,
    check: (values) => checked(validatePassword(values), values.password),
    onSubmit: async (password) => {
      await acceptInvitation(token, password);
      onAccepted();
    },
  });

  return (
    <form noValidate onSubmit={handleSubmit} aria-label="Set your password">
      <Stack gap="md">
        <FormErrorAlert messages={formErrors} title="Your password was not set" />
        {/* Lets password managers store the new password under the right account. */}
        <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
        <PasswordInput
          label="New password"
          description={`At least ${limits.passwordMin} characters. A few unrelated words make a strong password.`}
          name="new-password"
          autoComplete="new-password"
          required
          maxLength={limits.passwordMax}
          {...form.getInputProps('password')}
          // Mantine's PasswordInput does not mark itself invalid for assistive technology.
          aria-invalid={errors.password !== undefined}
        />
        <PasswordInput
          label="Repeat the new password"
          name="confirm-password"
          autoComplete="new-password"
          required
          maxLength={limits.passwordMax}
          {...form.getInputProps('confirmation')}
          // Mantine's PasswordInput does not mark itself invalid for assistive technology.
          aria-invalid={errors.confirmation !== undefined}
        />
        <Button type="submit" loading={submitting} fullWidth>
          Set password and sign in
        </Button>
      </Stack>
    </form>
  );
}
