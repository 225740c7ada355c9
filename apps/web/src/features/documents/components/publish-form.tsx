import { Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { DocumentActions_DocumentFragment } from '../../../__generated__/graphql';
import { fieldInputProps, useServerForm } from '../../../lib/forms';
import { FormActions } from '../../../ui/form-actions';
import { FormErrorAlert } from '../../../ui/form-error-alert';
import type { ChosenPerson } from '../../people/components/person-select';
import { usePublishDocument } from '../hooks/use-workflow-steps';
import { OrganizationMultiSelect, PeopleMultiSelect } from './recipient-fields';
import { refusalMessages } from './workflow-refusals';

interface DisseminationValues {
  organizationIds: string[];
  experts: ChosenPerson[];
}

const nobodyYet: DisseminationValues = { organizationIds: [], experts: [] };

export interface PublishFormProps {
  document: DocumentActions_DocumentFragment;
  onClose: () => void;
}

/** Publishes the approved text and sends it to the dissemination list, which may be empty. */
export function PublishForm({ document, onClose }: PublishFormProps) {
  const publish = usePublishDocument();
  const { form, formErrors, submitting, handleSubmit } = useServerForm({
    initialValues: nobodyYet,
    fields: ['organizationIds', 'personIds'] as const,
    messages: refusalMessages,
    check: (values) => ({
      ok: true,
      data: {
        documentId: document.id,
        organizationIds: values.organizationIds,
        personIds: values.experts.map((person) => person.value),
      },
    }),
    onSubmit: async (input) => {
      await publish(input);
      notifications.show({ color: 'green', title: 'Published', message: `“${document.title}” is published.` });
      onClose();
    },
  });

  return (
    <form noValidate onSubmit={handleSubmit}>
      <Stack gap="md">
        <Text size="sm">
          The approved text becomes public and is e-mailed, with its Word and PDF files, to the dissemination list.
        </Text>
        <OrganizationMultiSelect
          label="Institutions"
          description="Institutions the published text is sent to."
          {...form.getInputProps('organizationIds')}
        />
        <PeopleMultiSelect
          label="Experts"
          description="Experts it is sent to. Type part of a name to search."
          {...fieldInputProps(form, 'experts', 'personIds')}
        />
        <FormErrorAlert messages={formErrors} title="The text was not published" />
        <FormActions submitLabel="Publish" submitting={submitting} onCancel={onClose} />
      </Stack>
    </form>
  );
}
