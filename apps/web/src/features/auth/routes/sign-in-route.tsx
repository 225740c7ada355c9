import { Text } from '@mantine/core';
import { Navigate, useNavigate } from 'react-router';
import { PublicPageFrame } from '../../../ui/public-page-frame';
import { SignInForm } from '../components/sign-in-form';
import { useReturnTo } from '../hooks/use-return-to';
import { useViewer } from '../hooks/use-viewer';

export function SignInRoute() {
  const { viewer } = useViewer();
  const navigate = useNavigate();
  const returnTo = useReturnTo();

  if (viewer) return <Navigate to={returnTo} replace />;

  return (
    <PublicPageFrame title="Sign in" description="Use the e-mail address your invitation was sent to.">
      <SignInForm
        onSignedIn={() => {
          void navigate(returnTo, { replace: true });
        }}
      />
      <Text size="sm" c="dimmed">
        Plenary accounts are opened by invitation. If you have not received one, ask the secretariat of your meeting or
        study group.
      </Text>
    </PublicPageFrame>
  );
}
