// Comment delivery: many people have the document open, each with a live `documentEvents`
// subscription; a recipient posts comments one after another, and every subscriber must hear of each
// as the comment it is. Measured first with nobody listening (the poster's own latency), then with
// each number of subscribers in turn.
import { performance } from 'node:perf_hooks';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { accounts } from './document-data.mjs';
import { graphql, machine, percentile, probeServer, serverMemory, signIn, writeResult } from './server.mjs';

const EVENTS = `subscription DocumentEvents($id: ID!) { documentEvents(id: $id) { kind documentId commentId } }`;
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
const spread = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    p50: round(percentile(sorted, 50)),
    p90: round(percentile(sorted, 90)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1) ?? null),
  };
};

/**
 * Posts `comments` comments with nobody listening, then, for each number in `subscribers`, opens that
 * many subscriptions (signed in as the group's co-chairs, secretariat, focal point and expert, in
 * turn) and has the expert, a recipient of the open round, post `comments` comments one after
 * another; writes bench-results/comment-delivery.json and returns the report.
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

  let posted = 0;
  /** Posts one comment; answers with its id. */
  const post = async () => {
    const paragraphId = targets[(posted * 37) % targets.length];
    posted += 1;
    const { postComment } = await graphql(server, poster, POST, {
      input: { roundId: data.openRoundId, paragraphId, kind: 'EDITORIAL', body: `Benchmark comment ${posted}.` },
    });
    return postComment.id;
  };
  /** SQL statements the server's request pool sent while `work` ran, per comment posted. */
  const statementsPerComment = async (count, work) => {
    const before = (await probeServer(server)).statements;
    await work();
    return round(((await probeServer(server)).statements - before) / count);
  };

  // The poster alone: what postComment costs with nobody to tell.
  for (let w = 0; w < 3; w++) await post();
  const aloneMs = [];
  const aloneStatements = await statementsPerComment(comments, async () => {
    for (let c = 0; c < comments; c++) {
      const at = performance.now();
      await post();
      aloneMs.push(performance.now() - at);
    }
  });
  const alone = { postCommentMs: spread(aloneMs), sqlStatementsPerComment: aloneStatements };
  console.log(`Comment delivery, nobody listening: ${JSON.stringify(alone)}`);

  const runs = [];
  for (const count of subscribers) {
    const run = await deliverTo(count);
    console.log(`Comment delivery to ${count}: ${JSON.stringify(run)}`);
    runs.push(run);
  }

  async function deliverTo(count) {
    // What the subscribers hear. While warming up, who has heard anything; while measuring, who has
    // heard of the comment in flight, and after how long.
    let measuring = false;
    let sentAt = 0;
    let heard = new Set();
    let heardIds = new Set();
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
    for (let s = 0; s < count; s++) {
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
            if (event?.kind !== 'COMMENT' || event.documentId !== data.documentId || !event.commentId) {
              return void (unexpected += 1);
            }
            if (!measuring) return void warm.add(s);
            if (heard.has(s)) return void (duplicates += 1);
            heard.add(s);
            heardIds.add(event.commentId);
            deliveryMs.push(at - sentAt);
            if (heard.size === count) everyoneHeard();
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
    while (connected < count) {
      failed();
      if (performance.now() - connecting > 120_000)
        throw new Error(`Only ${connected} of ${count} WebSockets connected`);
      await sleep(10);
    }
    const connectMs = performance.now() - openedAt;

    /** Waits until no subscriber has heard anything for `ms`. */
    const quiet = async (ms) => {
      while (performance.now() - lastEventAt < ms) await sleep(20);
    };

    // A subscription starts listening when the server begins iterating it, which no message tells the
    // client: warm-up comments until every subscriber has heard one, then a quiet moment.
    let warmups = 0;
    while (warm.size < count) {
      failed();
      if (warmups === 10) {
        throw new Error(`After 10 warm-up comments, ${warm.size} of ${count} subscribers have heard of one`);
      }
      await post();
      warmups += 1;
      const began = performance.now();
      while (warm.size < count && performance.now() - began < 10_000) await sleep(20);
    }
    await quiet(500);
    failed();

    measuring = true;
    const mutationMs = [];
    const lastSubscriberMs = [];
    const sqlStatementsPerComment = await statementsPerComment(comments, async () => {
      for (let c = 0; c < comments; c++) {
        heard = new Set();
        heardIds = new Set();
        const all = new Promise((resolve) => (everyoneHeard = resolve));
        sentAt = performance.now();
        const id = await post();
        mutationMs.push(performance.now() - sentAt);
        const timedOut = await Promise.race([all.then(() => false), sleep(DELIVERY_TIMEOUT_MS).then(() => true)]);
        failed();
        if (timedOut) {
          throw new Error(
            `Comment ${c + 1} of ${comments}: ${heard.size} of ${count} subscribers heard of it within ${DELIVERY_TIMEOUT_MS} ms`,
          );
        }
        if (heardIds.size !== 1 || !heardIds.has(id)) {
          throw new Error(`Comment ${id}: the subscribers heard of ${[...heardIds].join(', ')}`);
        }
        lastSubscriberMs.push(performance.now() - sentAt);
      }
    });
    await quiet(500);
    failed();
    measuring = false;

    const expected = count * comments;
    if (deliveryMs.length !== expected || duplicates || unexpected) {
      throw new Error(
        `Delivered ${deliveryMs.length} of ${expected} events (${duplicates} duplicates, ${unexpected} unexpected)`,
      );
    }
    const memory = await serverMemory(server);
    await Promise.all(clients.map((client) => client.dispose()));
    // The server lets go of the subscriptions before the next run.
    await sleep(1_000);

    const postCommentMs = spread(mutationMs);
    return {
      subscribers: count,
      expectedDeliveries: expected,
      delivered: deliveryMs.length,
      deliveryMs: spread(deliveryMs),
      lastSubscriberMs: spread(lastSubscriberMs),
      postCommentMs,
      postCommentP50VersusAlone: round(postCommentMs.p50 / alone.postCommentMs.p50),
      sqlStatementsPerComment,
      warmupComments: warmups,
      connectMs: Math.round(connectMs),
      ...memory,
    };
  }

  const report = {
    scenario: `documentEvents subscriptions to ${subscribers.join(' and ')}; ${comments} comments posted one after another`,
    subscriberAccounts: viewers.length,
    comments,
    alone,
    runs,
    machine: machine(),
  };
  writeResult('comment-delivery.json', report);
  return report;
}
