import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { isEmail, limits, type ErrorReason } from '@plenary/shared';
import { useState, type SubmitEvent } from 'react';
import { toApiError, toFormErrors, type ApiError } from '../../../app/api-error';
import { useSignIn } from '../hooks/use-sign-in';

const FIELDS = ['email', 'password'] as const;
type Field = (typeof FIELDS)[number];

/** The API's refusals of a sign-in, said as what the person can do about them. */
const signInMessages: Partial<Record<ErrorReason, string>> = {
  WRONG_CREDENTIALS: 'The e-mail address or the password is not right. Check both and try again.',
  TOO_MANY_SIGN_IN_ATTEMPTS:
    'There have been too many attempts to sign in to this account. Wait a few minutes, then try again.',
  ACCOUNT_DISABLED: 'This account has been disabled. Ask a Plenary administrator to enable it again.',
};

function signInMessage(error: ApiError): string {
  return (error.reason && signInMessages[error.reason]) ?? error.message;
}

export interface SignInFormProps {
  onSignedIn: () => void;
}

export function SignInForm({ onSignedIn }: SignInFormProps) {
  const { signIn, loading } = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string>();

  function validate(): Partial<Record<Field, string>> {
    const errors: Partial<Record<Field, string>> = {};
    if (email.trim() === '') errors.email = 'Enter your e-mail address.';
    else if (!isEmail(email.trim())) errors.email = 'Enter an e-mail address such as name@example.org.';
    if (password === '') errors.password = 'Enter your password.';
    return errors;
  }

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(undefined);
    const errors = validate();
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) return;
    try {
      await signIn({ email: email.trim(), password });
      onSignedIn();
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.field === undefined) {
        setFormError(signInMessage(apiError));
      } else {
        const split = toFormErrors(error, FIELDS);
        setFieldErrors(split.fields);
        setFormError(split.form[0]);
      }
    }
  }

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(event)} aria-label="Sign in">
      <Stack gap="md">
        {formError !== undefined && (
          <Alert color="red" variant="light" role="alert" title="You are not signed in">
            {formError}
          </Alert>
        )}
        <TextInput
          label="E-mail address"
          type="email"
          name="email"
          autoComplete="username"
          inputMode="email"
          required
          maxLength={limits.email}
          value={email}
          onChange={(event) => {
            setEmail(event.currentTarget.value);
          }}
          error={fieldErrors.email}
        />
        <PasswordInput
          label="Password"
          name="password"
          autoComplete="current-password"
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
        <Button type="submit" loading={loading} fullWidth>
          Sign in
        </Button>
      </Stack>
    </form>
  );
}
