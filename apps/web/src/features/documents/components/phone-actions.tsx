import { Button, Popover } from '@mantine/core';
import { useCallback, useState, type ReactNode } from 'react';
import { usePopoverFocus } from '../../../ui/use-popover-focus';
import './phone-actions.css';

export interface PhoneActionsProps {
  /** The document's actions, placed in the list (a `MovableSlot`: their React events do not pass through here). */
  children: ReactNode;
}

/**
 * The workflow steps and downloads. On a phone they fold into one "Actions" button so the title and
 * the text keep the first screen; the dialogs the steps open stay mounted while the list is closed.
 */
export function PhoneActions({ children }: PhoneActionsProps) {
  const [opened, setOpened] = useState(false);
  const { buttonRef, dropdownRef, returnFocus } = usePopoverFocus();

  // Whatever is chosen (a step's dialog, a download) takes over from the list. The actions are
  // rendered elsewhere and only placed here, so their clicks reach this list as the page's, not React's.
  const closeOnChoice = useCallback((list: HTMLDivElement) => {
    const close = () => {
      setOpened(false);
    };
    list.addEventListener('click', close);
    return () => {
      list.removeEventListener('click', close);
    };
  }, []);

  function handleDismiss() {
    setOpened(false);
    returnFocus();
  }

  return (
    <Popover
      opened={opened}
      onChange={(next) => {
        if (!next) handleDismiss();
      }}
      trapFocus
      position="bottom-end"
      // Narrower than the screen, so the buttons wrap rather than widen the page.
      width="min(20rem, calc(100vw - 2rem))"
      shadow="md"
      keepMounted
      keepMountedMode="display-none"
    >
      <Popover.Target>
        <Button
          ref={buttonRef}
          variant="default"
          size="compact-sm"
          onClick={() => {
            setOpened((current) => !current);
          }}
        >
          Actions<span aria-hidden>&nbsp;▾</span>
        </Button>
      </Popover.Target>
      <Popover.Dropdown ref={dropdownRef} className="phone-actions">
        <div ref={closeOnChoice} style={{ display: 'contents' }}>
          {children}
        </div>
      </Popover.Dropdown>
    </Popover>
  );
}
