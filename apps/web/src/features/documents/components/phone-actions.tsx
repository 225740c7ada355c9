import { Button, Popover } from '@mantine/core';
import { useState } from 'react';
import { usePopoverFocus } from '../../../ui/use-popover-focus';
import { DocumentActions } from './document-actions';

export interface PhoneActionsProps {
  documentId: string;
}

/**
 * The workflow steps and downloads. On a phone they fold into one "Actions" button so the title and
 * the text keep the first screen; the dialogs the steps open stay mounted while the list is closed.
 */
export function PhoneActions({ documentId }: PhoneActionsProps) {
  const [opened, setOpened] = useState(false);
  const { buttonRef, dropdownRef, returnFocus } = usePopoverFocus();

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
      <Popover.Dropdown
        ref={dropdownRef}
        aria-label="Document actions"
        // Whatever is chosen (a step's dialog, a download) takes over from the list.
        onClick={() => {
          setOpened(false);
        }}
      >
        <DocumentActions documentId={documentId} />
      </Popover.Dropdown>
    </Popover>
  );
}
