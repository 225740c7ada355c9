import { useMutation } from '@apollo/client/react';
import { getFragmentData, graphql, type FragmentType } from '../../../__generated__';
import type {
  AddParagraphInput,
  DeleteParagraphInput,
  DocumentParagraph_ParagraphFragment,
  MergeParagraphsInput,
  MoveParagraphInput,
  SaveParagraphInput,
  SplitParagraphInput,
} from '../../../__generated__/graphql';
import { documentParagraphFragment, documentVersionTextFragment } from '../graphql/document-fragments';

/*
 * A structural change answers with the document and its newest version (the working one, for the
 * co-chairs who make such changes): the version's paragraphs are replaced whole in the cache.
 */

export const addParagraphMutation = graphql(`
  mutation AddParagraph($input: AddParagraphInput!) {
    addParagraph(input: $input) {
      id
      status
      version {
        id
        ...DocumentVersionText_version
      }
    }
  }
`);

export const saveParagraphMutation = graphql(`
  mutation SaveParagraph($input: SaveParagraphInput!) {
    saveParagraph(input: $input) {
      id
      ...DocumentParagraph_paragraph
    }
  }
`);

export const splitParagraphMutation = graphql(`
  mutation SplitParagraph($input: SplitParagraphInput!) {
    splitParagraph(input: $input) {
      id
      status
      version {
        id
        ...DocumentVersionText_version
      }
    }
  }
`);

export const mergeParagraphsMutation = graphql(`
  mutation MergeParagraphs($input: MergeParagraphsInput!) {
    mergeParagraphs(input: $input) {
      id
      status
      version {
        id
        ...DocumentVersionText_version
      }
    }
  }
`);

export const moveParagraphMutation = graphql(`
  mutation MoveParagraph($input: MoveParagraphInput!) {
    moveParagraph(input: $input) {
      id
      status
      version {
        id
        ...DocumentVersionText_version
      }
    }
  }
`);

export const deleteParagraphMutation = graphql(`
  mutation DeleteParagraph($input: DeleteParagraphInput!) {
    deleteParagraph(input: $input) {
      id
      status
      version {
        id
        ...DocumentVersionText_version
      }
    }
  }
`);

type VersionResult = { version: FragmentType<typeof documentVersionTextFragment> | null } | undefined;

/** The paragraphs of the version a structural change answered with, in order. */
function paragraphOrder(document: VersionResult): DocumentParagraph_ParagraphFragment[] {
  const version = getFragmentData(documentVersionTextFragment, document?.version);
  if (!version) throw new Error('The server did not return the document’s text.');
  return version.paragraphs.map((paragraph) => getFragmentData(documentParagraphFragment, paragraph));
}

/**
 * The drafting changes a co-chair makes to the working version. Each resolves once the cache holds
 * the new text; structural ones to the paragraphs as they now are, in order, so the page can take up
 * the new text and move the focus to a paragraph that has just appeared.
 */
export function useParagraphMutations() {
  const [addMutate] = useMutation(addParagraphMutation);
  const [saveMutate] = useMutation(saveParagraphMutation);
  const [splitMutate] = useMutation(splitParagraphMutation);
  const [mergeMutate] = useMutation(mergeParagraphsMutation);
  const [moveMutate] = useMutation(moveParagraphMutation);
  const [deleteMutate] = useMutation(deleteParagraphMutation);

  return {
    add: async (input: AddParagraphInput): Promise<DocumentParagraph_ParagraphFragment[]> => {
      const { data } = await addMutate({ variables: { input } });
      return paragraphOrder(data?.addParagraph);
    },
    save: async (input: SaveParagraphInput): Promise<DocumentParagraph_ParagraphFragment> => {
      const { data } = await saveMutate({ variables: { input } });
      if (!data) throw new Error('The server did not return the saved paragraph.');
      return getFragmentData(documentParagraphFragment, data.saveParagraph);
    },
    split: async (input: SplitParagraphInput): Promise<DocumentParagraph_ParagraphFragment[]> => {
      const { data } = await splitMutate({ variables: { input } });
      return paragraphOrder(data?.splitParagraph);
    },
    merge: async (input: MergeParagraphsInput): Promise<DocumentParagraph_ParagraphFragment[]> => {
      const { data } = await mergeMutate({ variables: { input } });
      return paragraphOrder(data?.mergeParagraphs);
    },
    move: async (input: MoveParagraphInput): Promise<DocumentParagraph_ParagraphFragment[]> => {
      const { data } = await moveMutate({ variables: { input } });
      return paragraphOrder(data?.moveParagraph);
    },
    remove: async (input: DeleteParagraphInput): Promise<DocumentParagraph_ParagraphFragment[]> => {
      const { data } = await deleteMutate({ variables: { input } });
      return paragraphOrder(data?.deleteParagraph);
    },
  };
}

export type ParagraphMutations = ReturnType<typeof useParagraphMutations>;
