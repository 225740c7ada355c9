import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../__generated__';
import type { SearchHitKind, SearchResults_HitFragment } from '../../../__generated__/graphql';
import { ScriptText } from '../../../ui/script-text';

export const searchResultsFragment = graphql(`
  fragment SearchResults_hit on SearchHit {
    id
    kind
    title
    context
    snippet
    path
  }
`);

export const searchHitKindHeadings: Record<SearchHitKind, string> = {
  MEETING: 'Meetings',
  AGENDA_ITEM: 'Agenda items',
  PERSON: 'People',
  ORGANIZATION: 'Organizations',
  DOCUMENT: 'Documents',
  PARAGRAPH: 'Paragraphs',
  COMMENT: 'Comments',
  RECOMMENDATION: 'Recommendations',
};

interface HitGroup {
  kind: SearchHitKind;
  hits: SearchResults_HitFragment[];
}

/** Hits by kind; a kind comes where its best hit came in the server's best-first order. */
function groupByKind(hits: readonly SearchResults_HitFragment[]): HitGroup[] {
  const groups = new Map<SearchHitKind, SearchResults_HitFragment[]>();
  for (const hit of hits) {
    const group = groups.get(hit.kind);
    if (group) group.push(hit);
    else groups.set(hit.kind, [hit]);
  }
  return Array.from(groups, ([kind, grouped]) => ({ kind, hits: grouped }));
}

function SearchHitEntry({ hit }: { hit: SearchResults_HitFragment }) {
  const title = <ScriptText>{hit.title}</ScriptText>;
  return (
    <Stack component="li" gap={2}>
      {/* People and organizations are directory entries without a page of their own. */}
      {hit.path === null ? (
        <Text fw={600}>{title}</Text>
      ) : (
        <Anchor component={Link} to={hit.path} fw={600}>
          {title}
        </Anchor>
      )}
      {hit.context !== null && hit.context !== '' && (
        <Text size="sm" c="dimmed">
          <ScriptText>{hit.context}</ScriptText>
        </Text>
      )}
      <Text size="sm">
        <ScriptText>{hit.snippet}</ScriptText>
      </Text>
    </Stack>
  );
}

function SearchHitGroup({ group }: { group: HitGroup }) {
  const headingId = useId();
  return (
    <Paper component="section" withBorder radius="md" p="md" aria-labelledby={headingId}>
      <Title order={2} fz="h4" mb="sm" id={headingId}>
        {searchHitKindHeadings[group.kind]}{' '}
        <Text span c="dimmed" fz="sm" fw={400}>
          ({group.hits.length})
        </Text>
      </Title>
      <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
        {group.hits.map((hit) => (
          <SearchHitEntry key={`${hit.kind}:${hit.id}`} hit={hit} />
        ))}
      </Stack>
    </Paper>
  );
}

export interface SearchResultsProps {
  hits: readonly FragmentType<typeof searchResultsFragment>[];
}

/** What a search found, grouped by kind under a heading each. */
export function SearchResults({ hits }: SearchResultsProps) {
  const groups = groupByKind(hits.map((ref) => getFragmentData(searchResultsFragment, ref)));
  return (
    <Stack gap="lg">
      {groups.map((group) => (
        <SearchHitGroup key={group.kind} group={group} />
      ))}
    </Stack>
  );
}
