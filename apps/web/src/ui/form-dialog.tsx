import { Modal } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';

export interface FormDialogProps {
  title: string;
  opened: boolean;
  onClose: () => void;
  /** Mounted only while the dialog is open, so a form starts afresh each time. */
  children: ReactNode;
}

/** A dialog holding a form: wide on a desktop, the whole screen on a phone. */
export function FormDialog({ title, opened, onClose, children }: FormDialogProps) {
  const phone = useMediaQuery('(max-width: 36em)', false, { getInitialValueInEffect: false });
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg" fullScreen={phone}>
      {opened && children}
    </Modal>
  );
}
