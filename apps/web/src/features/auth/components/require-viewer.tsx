import { Container } from '@mantine/core';
import { Navigate, Outlet, useLocation } from 'react-router';
import { toApiError } from '../../../lib/api-error';
import { ErrorState } from '../../../ui/error-state';
import { LoadingState } from '../../../ui/loading-state';
import type { ReturnToState } from '../hooks/use-return-to';
import { useViewer } from '../hooks/use-viewer';

/** Renders its child routes for a signed-in person; anyone else is sent to sign in, then brought back. */
export function RequireViewer() {
  const { viewer, loading, error, refetch } = useViewer();
  const location = useLocation();

  if (loading) return <LoadingState label="Opening Plenary…" fullPage />;
  if (error) {
    return (
      <Container size="sm" py="xl">
        <ErrorState
          title="Plenary could not start"
          message={toApiError(error).message}
          onRetry={() => {
            void refetch();
          }}
        />
      </Container>
    );
  }
  if (!viewer) {
    const state: ReturnToState = { from: location };
    return <Navigate to="/sign-in" replace state={state} />;
  }
  return <Outlet />;
}
