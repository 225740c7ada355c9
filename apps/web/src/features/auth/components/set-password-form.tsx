import { Alert, Button, PasswordInput, Stack } from '@mantine/core';
import { limits, type ErrorReason } from '@plenary/shared';
import { useState, type SubmitEvent } from 'react';
import { toApiError, type ApiError } from '../../../app/api-error';
import { useAcceptInvitation } from '../hooks/use-accept-invitation';

type Field = 'password' | 'confirmation';

/** The API's refusals of an invitation link, said as what the person can do about them. */
const acceptMessages: Partial<Record<ErrorReason, string>> = {
  INVITATION_EXPIRED: 'This link has expired. Ask the person who invited you to send a new one.',
  INVITATION_USED: 'This link has already been used to set a password. Sign in with that password instead.',
  INVITATION_INVALID: 'This invitation link is not valid. Ask the person who invited you to send a new one.',
};

function acceptMessage(error: ApiError): string {
  return (error.reason && acceptMessages[error.reason]) ?? error.message;
}

export interface SetPasswordFormProps {
  token: string;
  /** Filled in for password managers, which file the new password under it. */
  email: string;
  onAccepted: () => void;
}

export function SetPasswordForm({ token, email, onAccepted }: SetPasswordFormProps) {
  const { acceptInvitation, loading } = useAcceptInvitation();
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string>();

  function validate(): Partial<Record<Field, string>> {
    const errors: Partial<Record<Field, string>> = {};
    if (password.length < limits.passwordMin) {
      errors.password = `Use at least ${limits.passwordMin} characters.`;
    } else if (password.length > limits.passwordMax) {
      errors.password = `Use at most ${limits.passwordMax} characters.`;
    }
    if (confirmation !== password) errors.confirmation = 'The two passwords are not the same.';
    return errors;
  }

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(undefined);
    const errors = validate();
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) return;
    try {
      await acceptInvitation(token, password);
      onAccepted();
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.field === 'password') setFieldErrors({ password: apiError.message });
      else setFormError(acceptMessage(apiError));
    }
  }

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(event)} aria-label="Set your password">
      <Stack gap="md">
        {formError !== undefined && (
          <Alert color="red" variant="light" role="alert" title="Your password was not set">
            {formError}
          </Alert>
        )}
        {/* Lets password managers store the new password under the right account. */}
        <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
        <PasswordInput
          label="New password"
          description={`At least ${limits.passwordMin} characters. A few unrelated words make a strong password.`}
          name="new-password"
          autoComplete="new-password"
          required
          maxLength={limits.passwordMax}
          value={password}
          onChange={(event) => {
            setPassword(event.currentTarget.value);
          }}
          error={fieldErrors.password}
          // Mantine's PasswordInput does not mark itself invalid for assistive technology.
          aria-invalid={fieldErrors.password !== undefined}
        />
        <PasswordInput
          label="Repeat the new password"
          name="confirm-password"
          autoComplete="new-password"
          required
          maxLength={limits.passwordMax}
          value={confirmation}
          onChange={(event) => {
            setConfirmation(event.currentTarget.value);
          }}
          error={fieldErrors.confirmation}
          // Mantine's PasswordInput does not mark itself invalid for assistive technology.
          aria-invalid={fieldErrors.confirmation !== undefined}
        />
        <Button type="submit" loading={loading} fullWidth>
          Set password and sign in
        </Button>
      </Stack>
    </form>
  );
}
