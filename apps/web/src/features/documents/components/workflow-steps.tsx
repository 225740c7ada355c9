import { Text } from '@mantine/core';
import { DocumentStatus, documentStatusLabels, documentStatusMachine } from '@plenary/shared';
import { useState } from 'react';
import type { DocumentActions_DocumentFragment } from '../../../__generated__/graphql';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { FormDialog } from '../../../ui/form-dialog';
import { RoundDeadline } from '../../comment-rounds/components/round-deadline';
import { useCloseCommentRound, useFinaliseDocument, useSubmitDocument } from '../hooks/use-workflow-steps';
import { ActionButton } from './action-button';
import { CirculateForm } from './circulate-form';
import { DecideForm } from './decide-form';
import { PublishForm } from './publish-form';
import { describeRefusal, runStep, undisposedText } from './workflow-refusals';

type Step = 'circulate' | 'close' | 'finalise' | 'submit' | 'decide' | 'publish';

export interface WorkflowStepsProps {
  document: DocumentActions_DocumentFragment;
  /** Asks the server for the document again, after a refusal that means the screen is out of date. */
  onStale: () => void;
}

/** One button for each step the viewer may take now, with the form or confirmation it opens. */
export function WorkflowSteps({ document, onStale }: WorkflowStepsProps) {
  const closeRound = useCloseCommentRound();
  const finalise = useFinaliseDocument();
  const submit = useSubmitDocument();
  const [step, setStep] = useState<Step | null>(null);
  const status = document.status;
  const can = (to: DocumentStatus) => documentStatusMachine.canTransition(status, to);
  const openRound = document.openRound;
  const lastRound = document.rounds.at(-1);
  const undisposed = lastRound?.undisposedCount ?? 0;
  const reportsTo = document.studyGroup?.reportsTo ?? null;
  const offers = {
    circulate: document.viewerCanEdit && can(DocumentStatus.IN_COMMENT_ROUND),
    close: document.viewerCanEdit && status === DocumentStatus.IN_COMMENT_ROUND && openRound !== null,
    finalise: document.viewerCanEdit && can(DocumentStatus.FINAL),
    submit: document.viewerCanEdit && can(DocumentStatus.SUBMITTED),
    decide: document.viewerCanDecide && can(DocumentStatus.APPROVED),
    publish: document.viewerCanPublish && can(DocumentStatus.PUBLISHED),
  };

  // Each dialog closes only itself: a confirmation whose step finishes late (its answer can come after
  // the live event that already showed the new state) must not close the next step's dialog.
  const closing = (which: Step) => () => {
    setStep((current) => (current === which ? null : current));
  };

  const submitLabel = reportsTo ? `Submit to ${reportsTo.name}` : 'Submit';

  return (
    <>
      {offers.circulate && (
        <ActionButton
          onClick={() => {
            setStep('circulate');
          }}
        >
          Circulate for comment
        </ActionButton>
      )}
      {offers.close && openRound && (
        <ActionButton
          onClick={() => {
            setStep('close');
          }}
        >
          Close round {openRound.number} now
        </ActionButton>
      )}
      {offers.finalise && (
        <ActionButton
          variant={offers.circulate ? 'default' : 'filled'}
          blockedBecause={undisposed > 0 ? undisposedText(undisposed) : undefined}
          onClick={() => {
            setStep('finalise');
          }}
        >
          Finalise
        </ActionButton>
      )}
      {offers.submit && (
        <ActionButton
          blockedBecause={
            reportsTo ? undefined : 'The study group reports to no body, so there is nowhere to submit the text.'
          }
          onClick={() => {
            setStep('submit');
          }}
        >
          {submitLabel}
        </ActionButton>
      )}
      {offers.decide && (
        <ActionButton
          onClick={() => {
            setStep('decide');
          }}
        >
          Record decision
        </ActionButton>
      )}
      {offers.publish && (
        <ActionButton
          onClick={() => {
            setStep('publish');
          }}
        >
          Publish
        </ActionButton>
      )}

      <FormDialog title="Circulate for comment" opened={step === 'circulate'} onClose={closing('circulate')}>
        <CirculateForm document={document} onClose={closing('circulate')} />
      </FormDialog>
      <FormDialog title="Record decision" opened={step === 'decide'} onClose={closing('decide')}>
        <DecideForm document={document} onClose={closing('decide')} onStale={onStale} />
      </FormDialog>
      <FormDialog title="Publish" opened={step === 'publish'} onClose={closing('publish')}>
        <PublishForm document={document} onClose={closing('publish')} />
      </FormDialog>

      <ConfirmDialog
        opened={step === 'close' && openRound !== null}
        title={openRound ? `Close round ${openRound.number} now?` : ''}
        confirmLabel={openRound ? `Close round ${openRound.number} now` : ''}
        onConfirm={() => runStep(openRound ? closeRound(document.id, openRound.id) : Promise.resolve(), onStale)}
        onClose={closing('close')}
        describeError={describeRefusal}
      >
        {openRound && (
          <Text>
            The round would otherwise close by itself on <RoundDeadline closesAt={openRound.closesAt} />. Once it is
            closed nobody can comment any more, and the document goes back to the co-chairs for revision.
          </Text>
        )}
      </ConfirmDialog>
      <ConfirmDialog
        opened={step === 'finalise'}
        title="Finalise the text?"
        confirmLabel="Finalise"
        onConfirm={() => runStep(finalise(document.id), onStale)}
        onClose={closing('finalise')}
        describeError={describeRefusal}
      >
        <Text>
          The working version is frozen as the final text. It can then only be submitted; it changes again only if{' '}
          {reportsTo?.name ?? 'the body it is submitted to'} returns it with guidance.
        </Text>
      </ConfirmDialog>
      <ConfirmDialog
        opened={step === 'submit'}
        title={`${submitLabel}?`}
        confirmLabel={submitLabel}
        onConfirm={() => runStep(submit(document.id), onStale)}
        onClose={closing('submit')}
        describeError={describeRefusal}
      >
        <Text>
          The final text goes to {reportsTo?.name ?? 'the body the study group reports to'}, whose members are told and
          record their decision. The document is then {documentStatusLabels.SUBMITTED.toLowerCase()}.
        </Text>
      </ConfirmDialog>
    </>
  );
}
