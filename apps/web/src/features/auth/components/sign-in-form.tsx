import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { isEmail, limits, type ErrorReason } from '@plenary/shared';
import { checked, useServerForm, type FieldErrors } from '../../../lib/forms';
import { FormErrorAlert } from '../../../ui/form-error-alert';
import { useSignIn } from '../hooks/use-sign-in';

const FIELDS = ['email', 'password'] as const;
type Field = (typeof FIELDS)[number];

interface SignInValues {
  email: string;
  password: string;
}

/** The API's refusals of a sign-in, said as what the person can do about them. */
const signInMessages: Partial<Record<ErrorReason, string>> = {
  WRONG_CREDENTIALS: 'The e-mail address or the password is not right. Check both and try again.',
  TOO_MANY_SIGN_IN_ATTEMPTS:
    'There have been too many attempts to sign in to this account. Wait a few minutes, then try again.',
  ACCOUNT_DISABLED: 'This account has been disabled. Ask a Plenary administrator to enable it again.',
};

function validateSignIn({ email, password }: SignInValues): FieldErrors<Field> {
  const errors: FieldErrors<Field> = {};
  if (email.trim() === '') errors.email = 'Enter your e-mail address.';
  else if (!isEmail(email.trim())) errors.email = 'Enter an e-mail address such as name@example.org.';
  if (password === '') errors.password = 'Enter your password.';
  return errors;
}

export interface SignInFormProps {
  onSignedIn: () => void;
}

export function SignInForm({ onSignedIn }: SignInFormProps) {
  const { signIn } = useSignIn();
  const { form, errors, formErrors, submitting, handleSubmit } = useServerForm({
    initialValues: { email: '', password: '' },
    fields: FIELDS,
    messages: signInMessages,
    check: (values) => checked(validateSignIn(values), { email: values.email.trim(), password: values.password }),
    onSubmit: async (credentials) => {
      await signIn(credentials);
      onSignedIn();
    },
  });

  return (
    <form noValidate onSubmit={handleSubmit} aria-label="Sign in">
      <Stack gap="md">
        <FormErrorAlert messages={formErrors} title="You are not signed in" />
        <TextInput
          label="E-mail address"
          type="email"
          name="email"
          autoComplete="username"
          inputMode="email"
          required
          maxLength={limits.email}
          {...form.getInputProps('email')}
        />
        <PasswordInput
          label="Password"
          name="password"
          autoComplete="current-password"
          required
          maxLength={limits.passwordMax}
          {...form.getInputProps('password')}
          // Mantine's PasswordInput does not mark itself invalid for assistive technology.
          aria-invalid={errors.password !== undefined}
        />
        <Button type="submit" loading={submitting} fullWidth>
          Sign in
        </Button>
      </Stack>
    </form>
  );
}
