// Comment delivery: many people have the document open, each with a live `documentEvents`
// subscription; a recipient posts comments one after another, and every subscriber must hear of each.
import { performance } from 'node:perf_hooks';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { accounts } from './document-data.mjs';
import { graphql, machine, percentile, serverMemory, signIn, writeResult } from './server.mjs';

const EVENTS = `subscription DocumentEvents($id: ID!) { documentEvents(id: $id) { kind documentId } }`;
const POST = `mutation PostComment($input: PostCommentInput!) { postComment(input: $input) { id } }`;
/** How long every subscriber has to hear of one comment before the benchmark fails. */
const DELIVERY_TIMEOUT_MS = 30_000;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A graphql-ws client presenting a session cookie on the upgrade, as a page on the site does. */
function wsClient(server, cookie, onConnected) {
  return createClient({
    url: `${server.url.replace('http', 'ws')}/graphql`,
    webSocketImpl: class extends WebSocket {
      constructor(url, protocols) {
        super(url, protocols, { headers: { cookie } });
      }
    },
    retryAttempts: 0,
    lazy: true,
    on: { connected: onConnected },
  });
}

const round = (ms) => (ms === null ? null : Math.round(ms * 10) / 10);

/**
 * Opens `subscribers` subscriptions (signed in as the group's co-chairs, secretariat, focal point and
 * expert, in turn), then has the expert, a recipient of the open round, post `comments` comments one
 * after another; writes bench-results/comment-delivery.json and returns the report.
 */
export async function benchCommentDelivery({ server, data, subscribers, comments }) {
  const viewers = [accounts.coChair, accounts.coChairChina, accounts.secretariat, accounts.focalPoint, accounts.expert];
  const cookies = [];
  for (const email of viewers) cookies.push(await signIn(server, email));
  const poster = cookies[viewers.indexOf(accounts.expert)];
  const { document } = await graphql(
    server,
    poster,
    `
      query ($id: ID!) {
        document(id: $id) {
          openRound {
            id
            acceptingComments
          }
          version(number: 3) {
            paragraphs {
              paragraphId
              kind
            }
          }
        }
      }
    `,
    { id: data.documentId },
  );
  if (document.openRound?.id !== data.openRoundId || !document.openRound.acceptingComments) {
    throw new Error(`The benchmark document's round is not open for comment: ${JSON.stringify(document.openRound)}`);
  }
  const targets = document.version.paragraphs.filter((p) => p.kind !== 'HEADING').map((p) => p.paragraphId);

  // What the subscribers hear. While warming up, who has heard anything; while measuring, who has
  // heard of the comment in flight, and after how long.
  let measuring = false;
  let sentAt = 0;
  let heard = new Set();
  let everyoneHeard = () => {};
  const warm = new Set();
  const deliveryMs = [];
  const failures = [];
  let lastEventAt = performance.now();
  let duplicates = 0;
  let unexpected = 0;

  let connected = 0;
  const openedAt = performance.now();
  const clients = [];
  for (let s = 0; s < subscribers; s++) {
    const client = wsClient(server, cookies[s % cookies.length], () => (connected += 1));
    clients.push(client);
    client.subscribe(
      { query: EVENTS, variables: { id: data.documentId } },
      {
        next: (result) => {
          const at = performance.now();
          lastEventAt = at;
          if (result.errors) return void failures.push(`subscriber ${s}: ${JSON.stringify(result.errors)}`);
          const event = result.data?.documentEvents;
          if (event?.kind !== 'CHANGED' || event.documentId !== data.documentId) return void (unexpected += 1);
          if (!measuring) return void warm.add(s);
          if (heard.has(s)) return void (duplicates += 1);
          heard.add(s);
          deliveryMs.push(at - sentAt);
          if (heard.size === subscribers) everyoneHeard();
        },
        error: (error) =>
          void failures.push(`subscriber ${s}: ${error instanceof Error ? error.message : JSON.stringify(error)}`),
        complete: () => void failures.push(`subscriber ${s}: the server ended the subscription`),
      },
    );
  }
  const failed = () => {
    if (failures.length) {
      throw new Error(`${failures.length} subscriptions failed, e.g. ${failures.slice(0, 3).join('; ')}`);
    }
  };
  const connecting = performance.now();
  while (connected < subscribers) {
    failed();
    if (performance.now() - connecting > 60_000)
      throw new Error(`Only ${connected} of ${subscribers} WebSockets connected`);
    await sleep(10);
  }
  const connectMs = performance.now() - openedAt;

  let posted = 0;
  const post = async () => {
    const paragraphId = targets[(posted * 37) % targets.length];
    posted += 1;
    await graphql(server, poster, POST, {
      input: { roundId: data.openRoundId, paragraphId, kind: 'EDITORIAL', body: `Benchmark comment ${posted}.` },
    });
  };
  /** Waits until no subscriber has heard anything for `ms`. */
  const quiet = async (ms) => {
    while (performance.now() - lastEventAt < ms) await sleep(20);
  };

  // A subscription starts listening when the server begins iterating it, which no message tells the
  // client: warm-up comments until every subscriber has heard one, then a quiet moment.
  let warmups = 0;
  while (warm.size < subscribers) {
    failed();
    if (warmups === 10) {
      throw new Error(`After 10 warm-up comments, ${warm.size} of ${subscribers} subscribers have heard of one`);
    }
    await post();
    warmups += 1;
    const began = performance.now();
    while (warm.size < subscribers && performance.now() - began < 10_000) await sleep(20);
  }
  await quiet(500);
  failed();

  measuring = true;
  const mutationMs = [];
  const perComment = [];
  for (let c = 0; c < comments; c++) {
    heard = new Set();
    const all = new Promise((resolve) => (everyoneHeard = resolve));
    sentAt = performance.now();
    await post();
    mutationMs.push(performance.now() - sentAt);
    const timedOut = await Promise.race([all.then(() => false), sleep(DELIVERY_TIMEOUT_MS).then(() => true)]);
    failed();
    if (timedOut) {
      throw new Error(
        `Comment ${c + 1} of ${comments}: ${heard.size} of ${subscribers} subscribers heard of it within ${DELIVERY_TIMEOUT_MS} ms`,
      );
    }
    perComment.push(performance.now() - sentAt);
  }
  await quiet(500);
  failed();
  measuring = false;

  const expected = subscribers * comments;
  if (deliveryMs.length !== expected || duplicates || unexpected) {
    throw new Error(
      `Delivered ${deliveryMs.length} of ${expected} events (${duplicates} duplicates, ${unexpected} unexpected)`,
    );
  }
  const memory = await serverMemory(server);
  await Promise.all(clients.map((client) => client.dispose()));

  const sorted = [...deliveryMs].sort((a, b) => a - b);
  const sortedMutation = [...mutationMs].sort((a, b) => a - b);
  const sortedLast = [...perComment].sort((a, b) => a - b);
  const report = {
    scenario: `${subscribers} documentEvents subscriptions; ${comments} comments posted one after another`,
    subscribers,
    subscriberAccounts: viewers.length,
    comments,
    expectedDeliveries: expected,
    delivered: deliveryMs.length,
    deliveryMs: {
      p50: round(percentile(sorted, 50)),
      p90: round(percentile(sorted, 90)),
      p99: round(percentile(sorted, 99)),
      max: round(sorted.at(-1)),
    },
    lastSubscriberMs: { p50: round(percentile(sortedLast, 50)), max: round(sortedLast.at(-1)) },
    postCommentMs: { p50: round(percentile(sortedMutation, 50)), max: round(sortedMutation.at(-1)) },
    warmupComments: warmups,
    connectMs: Math.round(connectMs),
    ...memory,
    machine: machine(),
  };
  console.log(JSON.stringify(report, null, 2));
  writeResult('comment-delivery.json', report);
  return report;
}
