import { VisuallyHidden } from '@mantine/core';
import { useCallback, useState } from 'react';

/**
 * A message for screen readers about something that changed where the person is not looking (an
 * item moved, a list regrouped). Saying the same words twice still announces them a second time.
 */
export function useAnnouncement() {
  const [message, setMessage] = useState('');
  const announce = useCallback((text: string) => {
    setMessage((current) => (current === text ? `${text}\u00a0` : text));
  }, []);
  return { message, announce };
}

export interface LiveRegionProps {
  message: string;
}

/** Read out politely by screen readers whenever its message changes; not shown on screen. */
export function LiveRegion({ message }: LiveRegionProps) {
  return (
    <VisuallyHidden role="status" aria-live="polite" aria-atomic="true">
      {message}
    </VisuallyHidden>
  );
}
