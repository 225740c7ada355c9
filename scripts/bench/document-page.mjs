// The document page: the newest circulated version of a 300-paragraph memorandum with the 5,000
// comments of its three rounds, as a co-chair opens it. The page paints from the paragraphs with a
// comment count each and the removed text commented on; a paragraph's comments load when it is shown,
// and the comment table a page at a time. The first paint is measured beside the baseline server's
// (one hand-written statement, baseline-document.mjs), in alternation.
import { performance } from 'node:perf_hooks';
import { alternate, describeComparison, firstDifference } from './compare.mjs';
import { COMMENTS_PER_ROUND, PARAGRAPHS, REMOVED_PARAGRAPHS, accounts } from './document-data.mjs';
import { graphql, machine, percentile, probeServer, serverMemory, signIn, writeResult } from './server.mjs';

// The web app's first request (apps/web/src/features/documents/graphql/: DocumentPage and
// DocumentVersionText, sent here as one request).
export const FIRST_PAINT = `query DocumentFirstPaint($id: ID!, $number: Int) { document(id: $id) {
  id title kind status viewerCanEdit viewerCanSeeDraft viewerCommittees { id name acronym }
  studyGroup { id title } meeting { id title }
  versions { id number isWorking isFinal frozenAt }
  rounds { id number recipients { id organization { id name acronym } } }
  openRound {
    id number versionNumber status opensAt closesAt acceptingComments attribution instructions viewerCanRespond
    recipients { id response organization { id } }
    viewerRecipients { id response responseNote respondedAt organization { id name acronym } person { id name } }
  }
  version(number: $number) {
    id number isWorking isFinal frozenAt round { id number }
    paragraphs {
      id paragraphId kind number recommendationNumber html text revision updatedAt updatedBy { id name }
      addressees { kind organization { id name acronym } } issueAreas commentCount
    }
    removedParagraphs { paragraphId number text commentCount }
  }
} }`;

const COMMENT = `id kind body quote attributed author { id name } speaksFor { id name acronym } personalCapacity roundNumber
  changedSince disposition reply viewerIsAuthor createdAt`;

/** The comments of the paragraphs scrolled into view. */
export const PARAGRAPH_COMMENTS = `query ParagraphComments($id: ID!, $number: Int, $paragraphIds: [ID!]!) {
  document(id: $id) { id version(number: $number) { id paragraphComments(paragraphIds: $paragraphIds) {
    paragraphId comments { ${COMMENT} } } } }
}`;

/** The comment table's first page (the web app's CommentTablePage). */
export const COMMENT_TABLE_PAGE = `query CommentTablePage($id: ID!, $round: Int!) { document(id: $id) { id
  commentTable(roundNumber: $round, filter: {}, offset: 0, limit: 50) {
    roundId total offset personalCapacity committees { id name acronym }
    comments { id kind quote body disposition reply disposedAt attributed personalCapacity paragraphId answeredByParagraphId
      paragraphThen { number text } author { id name honorific } speaksFor { id name acronym } }
  }
} }`;

/** The answer with the viewer's committees in one order: the API promises none (they come from a set). */
function comparable(answer) {
  const committees = answer?.data?.document?.viewerCommittees;
  if (!committees) return answer;
  const sorted = [...committees].sort((a, b) => a.id.localeCompare(b.id));
  return { data: { document: { ...answer.data.document, viewerCommittees: sorted } } };
}

/** Checks the page shows what was loaded; throws, saying what differs, if not. */
function checkPage(document, number) {
  const version = document.version;
  const onParagraphs = version.paragraphs.reduce((n, p) => n + p.commentCount, 0);
  const onRemoved = version.removedParagraphs.reduce((n, p) => n + p.commentCount, 0);
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
    comments: COMMENTS_PER_ROUND.reduce((a, b) => a + b, 0),
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

/** Sends `count` requests one after another; their latencies in ms, sorted, and the statements each sent. */
async function oneAtATime(server, count, send) {
  const latencies = [];
  const statements = [];
  for (let i = 0; i < count; i++) {
    const before = (await probeServer(server)).statements;
    const t = performance.now();
    await send(i);
    latencies.push(performance.now() - t);
    statements.push((await probeServer(server)).statements - before);
  }
  latencies.sort((a, b) => a - b);
  const ms = (value) => Math.round(value * 10) / 10;
  return {
    requests: count,
    p50: ms(percentile(latencies, 50)),
    p99: ms(percentile(latencies, 99)),
    max: ms(latencies.at(-1)),
    sqlStatements: [Math.min(...statements), Math.max(...statements)],
  };
}

/** Measures the document page; writes bench-results/document-page.json and returns the report. */
export async function benchDocumentPage({ server, baseline, data, duration, connections, rounds = 3 }) {
  const number = 3;
  const ALONE = Number(process.env.BENCH_ALONE_REQUESTS ?? 100);
  const cookie = await signIn(server, accounts.coChair);
  const variables = { id: data.documentId, number };
  const first = await graphql(server, cookie, FIRST_PAINT, variables);
  const shown = checkPage(first.document, number);
  const answer = { data: first };
  const bytes = Buffer.byteLength(JSON.stringify(answer));
  const baselineRequest = {
    url: `${baseline.url}/document?id=${data.documentId}&number=${number}`,
    method: 'GET',
    headers: { cookie },
  };
  const baselineAnswer = await (await fetch(baselineRequest.url, baselineRequest)).json();
  const difference = firstDifference(comparable(answer), comparable(baselineAnswer));
  if (difference) console.warn(`The baseline's document first paint differs from Plenary's at ${difference}`);
  console.log(
    `Document page: version ${shown.version} of ${shown.versions}, ${shown.paragraphs} paragraphs, ${shown.comments} comments ` +
      `(${shown.commentsOnRemovedText} on ${shown.removedParagraphs} removed paragraphs) from ${shown.rounds} rounds; ` +
      `first paint ${bytes} bytes.`,
  );

  const firstPaintAlone = await oneAtATime(server, ALONE, () => graphql(server, cookie, FIRST_PAINT, variables));

  // A paragraph's comments when it is shown: one paragraph at a time, the most commented on first
  // among them, and a screenful (20 paragraphs) as scrolling asks for them.
  const paragraphs = [...first.document.version.paragraphs].sort((a, b) => b.commentCount - a.commentCount);
  const paragraphAlone = await oneAtATime(server, ALONE, (i) =>
    graphql(server, cookie, PARAGRAPH_COMMENTS, {
      ...variables,
      paragraphIds: [paragraphs[i % paragraphs.length].paragraphId],
    }),
  );
  const screenfulAlone = await oneAtATime(server, Math.ceil(ALONE / 2), (i) =>
    graphql(server, cookie, PARAGRAPH_COMMENTS, {
      ...variables,
      paragraphIds: first.document.version.paragraphs
        .slice((i * 20) % (PARAGRAPHS - 20), ((i * 20) % (PARAGRAPHS - 20)) + 20)
        .map((p) => p.paragraphId),
    }),
  );
  const tableAlone = await oneAtATime(server, Math.ceil(ALONE / 2), () =>
    graphql(server, cookie, COMMENT_TABLE_PAGE, { id: data.documentId, round: 3 }),
  );

  const comparisons = await alternate({
    plenary: {
      request: {
        url: `${server.url}/graphql`,
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query: FIRST_PAINT, variables }),
      },
      server,
    },
    baseline: { request: baselineRequest, server: baseline },
    rounds,
    duration,
    connections: [connections],
  });
  for (const c of comparisons) console.log(`  ${describeComparison(c)}`);
  const [loaded] = comparisons;
  const report = {
    page: `document (version ${number} of 4: ${shown.paragraphs} paragraphs, ${shown.comments} comments from 3 rounds)`,
    machine: machine(),
    seconds: duration,
    rounds,
    firstPaintBytes: bytes,
    sameAnswerAsBaseline: difference === null,
    ...(difference ? { differenceFromBaseline: difference } : {}),
    firstPaintAloneMs: firstPaintAlone,
    paragraphCommentsAloneMs: paragraphAlone,
    screenfulCommentsAloneMs: screenfulAlone,
    commentTableFirstPageAloneMs: tableAlone,
    // The figures at `connections`, as earlier reports gave them.
    connections,
    throughputPerSecond: loaded.plenary.throughputPerSecond,
    latencyMs: loaded.plenary.latencyMs,
    aloneLatencyMs: firstPaintAlone.p50,
    ...(await serverMemory(server)),
    serverRssMb: loaded.plenary.peakRssMb,
    baselineThroughputPerSecond: loaded.baseline.throughputPerSecond,
    throughputRatio: loaded.throughputRatio,
    sqlStatementsPerRequest: firstPaintAlone.sqlStatements[0],
    sqlStatementsPerRequestMax: firstPaintAlone.sqlStatements[1],
    errors: comparisons.reduce((n, c) => n + c.plenary.errors + c.baseline.errors, 0),
    comparisons,
    data: {
      paragraphsPerVersion: PARAGRAPHS,
      versionParagraphRows: data.counts.versionParagraphs,
      comments: data.counts.comments,
      commentsDisposed: data.counts.disposed,
      roundRecipients: data.counts.recipients,
    },
  };
  console.log(
    `  first paint ${bytes} bytes, alone p50 ${firstPaintAlone.p50} ms p99 ${firstPaintAlone.p99} ms; ` +
      `a paragraph's comments p99 ${paragraphAlone.p99} ms, a screenful's p99 ${screenfulAlone.p99} ms; ` +
      `comment table first page p99 ${tableAlone.p99} ms`,
  );
  writeResult('document-page.json', report);
  return report;
}
