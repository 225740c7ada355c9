// The document page: the newest circulated version of a 300-paragraph memorandum with the 5,000
// comments of its three rounds, as a co-chair opens it.
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { COMMENTS_PER_ROUND, PARAGRAPHS, REMOVED_PARAGRAPHS, accounts } from './document-data.mjs';
import { graphql, machine, probeServer, serverMemory, signIn, writeResult } from './server.mjs';

// The web app's selection (apps/web/src/features/documents/graphql/): the page's own query
// (DocumentPage) and the version text it loads beside it (DocumentVersionText), sent as one request.
const FRAGMENTS = `
fragment DocumentComment_comment on Comment {
  id kind body quote attributed author { id name } speaksFor { id name acronym } personalCapacity roundNumber
  changedSince disposition reply viewerIsAuthor createdAt
}
fragment DocumentParagraph_paragraph on Paragraph {
  id paragraphId kind number recommendationNumber html text revision updatedAt updatedBy { id name }
  addressees { kind organization { id name acronym } } issueAreas
  comments { id ...DocumentComment_comment }
}
fragment DocumentVersionText_version on DocumentVersion {
  id number isWorking isFinal frozenAt round { id number }
  paragraphs { id ...DocumentParagraph_paragraph }
  removedParagraphs { paragraphId number text comments { id ...DocumentComment_comment } }
}
fragment DocumentOpenRound_round on CommentRound {
  id number versionNumber status opensAt closesAt acceptingComments attribution instructions viewerCanRespond
  recipients { id response organization { id } }
  viewerRecipients { id response responseNote respondedAt organization { id name acronym } person { id name } }
}
fragment DocumentPage_document on Document {
  id title kind status viewerCanEdit viewerCanSeeDraft viewerCommittees { id name acronym }
  studyGroup { id title } meeting { id title }
  versions { id number isWorking isFinal frozenAt }
  rounds { id number }
  openRound { id ...DocumentOpenRound_round }
}`;

export const DOCUMENT_PAGE = `query DocumentPage($id: ID!, $number: Int) {
  document(id: $id) { id ...DocumentPage_document version(number: $number) { id ...DocumentVersionText_version } }
}
${FRAGMENTS}`;

/** Checks the page shows what was loaded; throws, saying what differs, if not. */
function checkPage(document, number) {
  const version = document.version;
  const onParagraphs = version.paragraphs.reduce((n, p) => n + p.comments.length, 0);
  const onRemoved = version.removedParagraphs.reduce((n, p) => n + p.comments.length, 0);
  const expectedComments = COMMENTS_PER_ROUND.reduce((a, b) => a + b, 0);
  const shown = {
    version: version.number,
    paragraphs: version.paragraphs.length,
    comments: onParagraphs + onRemoved,
    removedParagraphs: version.removedParagraphs.length,
    rounds: document.rounds.length,
    versions: document.versions.length,
    viewerCanEdit: document.viewerCanEdit,
  };
  const expected = {
    version: number,
    paragraphs: PARAGRAPHS,
    comments: expectedComments,
    removedParagraphs: REMOVED_PARAGRAPHS,
    rounds: 3,
    versions: 4,
    viewerCanEdit: true,
  };
  const wrong = Object.keys(expected).filter((key) => shown[key] !== expected[key]);
  if (wrong.length) {
    throw new Error(
      `The document page shows ${wrong.map((k) => `${k} ${shown[k]} (expected ${expected[k]})`).join(', ')}`,
    );
  }
  return { ...shown, commentsOnRemovedText: onRemoved };
}

/** Measures the document page; writes bench-results/document-page.json and returns the report. */
export async function benchDocumentPage({ server, data, duration, connections }) {
  const number = 3;
  const cookie = await signIn(server, accounts.coChair);
  const body = JSON.stringify({ query: DOCUMENT_PAGE, variables: { id: data.documentId, number } });
  const first = await graphql(server, cookie, DOCUMENT_PAGE, { id: data.documentId, number });
  const shown = checkPage(first.document, number);
  const answered = JSON.stringify({ data: first }).length;
  console.log(
    `Document page: version ${shown.version} of ${shown.versions}, ${shown.paragraphs} paragraphs, ${shown.comments} comments ` +
      `(${shown.commentsOnRemovedText} on ${shown.removedParagraphs} removed paragraphs) from ${shown.rounds} rounds; ` +
      `${body.length} bytes asked, ${answered} bytes answered.`,
  );

  // One request at a time: its latency, and the SQL statements it sends, counted in the server by the
  // probe. The count varies by one or two with how DataLoader batches fall (organizations and people
  // load in two or three batches); a background statement (mail outbox) may add one: fewest and most.
  const statements = [];
  const alone = [];
  for (let i = 0; i < 3; i++) {
    const before = (await probeServer(server)).statements;
    const t = performance.now();
    await graphql(server, cookie, DOCUMENT_PAGE, { id: data.documentId, number });
    alone.push(performance.now() - t);
    statements.push((await probeServer(server)).statements - before);
  }

  const result = await autocannon({
    url: `${server.url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body,
    connections,
    duration,
    // A request takes seconds: count it late rather than as an error (autocannon's default is 10 s).
    timeout: 120,
  });
  const report = {
    page: `document (version ${number} of 4: ${shown.paragraphs} paragraphs, ${shown.comments} comments from 3 rounds)`,
    connections,
    seconds: duration,
    requests: result.requests.total,
    errors: result.errors + result.non2xx,
    timeouts: result.timeouts,
    throughputPerSecond: result.requests.average,
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    aloneLatencyMs: Math.round(Math.min(...alone)),
    ...(await serverMemory(server)),
    sqlStatementsPerRequest: Math.min(...statements),
    sqlStatementsPerRequestMax: Math.max(...statements),
    responseBytes: answered,
    machine: machine(),
    data: {
      paragraphsPerVersion: PARAGRAPHS,
      versionParagraphRows: data.counts.versionParagraphs,
      comments: data.counts.comments,
      commentsDisposed: data.counts.disposed,
      roundRecipients: data.counts.recipients,
    },
  };
  console.log(JSON.stringify(report, null, 2));
  writeResult('document-page.json', report);
  return report;
}
