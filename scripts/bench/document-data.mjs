// A large memorandum of the 2011 study group, loaded straight into the benchmark's database with a few
// set-based statements: 300 paragraphs (headings, text of 80–120 words, recommendations) in three
// circulated versions and a working version, three comment rounds (two closed, the third open) and
// 5,000 comments from the demo people, most with a disposition.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** The demo data's fixed ids (seeds/src), as the server loads them. */
const { org, studyGroup } = require('@plenary/seeds');

export const PARAGRAPHS = 300;
/** Comments per round; 5,000 in all. */
export const COMMENTS_PER_ROUND = [2000, 1700, 1300];
/** Paragraphs commented on in rounds 1 and 2 and deleted from version 3: the page's "removed text". */
export const REMOVED_PARAGRAPHS = 3;

/** Signs in to read and comment; the co-chair drafts and disposes, the expert is named in person. */
export const accounts = {
  coChair: 'co-chair@plenary.example',
  coChairChina: 'co-chair.china@plenary.example',
  secretariat: 'cscap.secretariat@plenary.example',
  focalPoint: 'focal-point@plenary.example',
  expert: 'expert@plenary.example',
};

/** The member committees the rounds are circulated to and comments speak for. */
const committees = [
  org.cscapKorea,
  org.cscapChina,
  org.cscapJapan,
  org.cscapUs,
  org.cscapRussia,
  org.cscapMongolia,
  org.cscapCanada,
  org.cscapAustralia,
  org.cscapNewZealand,
  org.cscapIndonesia,
  org.cscapSingapore,
  org.cscapVietnam,
];

const WORDS = (
  'regional security cooperation framework dialogue multilateral institutions confidence building measures ' +
  'energy environment nuclear safety maritime transparency governance committee member states peninsula ' +
  'trust practical cooperation agenda working group track two diplomacy consultation mechanism disaster ' +
  'relief preventive economic integration interdependence historical issues territorial disputes rivalry ' +
  'great powers bilateral alliances deterrence subregional secretariat implementation capacity norms rules ' +
  'information sharing early warning crisis management joint exercises investment infrastructure connectivity ' +
  'sustainable development public goods stakeholders civil society experts recommendations findings'
).split(' ');

/**
 * Inserts the document and everything on it; returns the ids the benchmarks need. The 2011 group's
 * demo co-chair (co-chair@plenary.example) holds CO_CHAIR on the group, so he may read and edit it.
 */
export async function createLargeDocument(db) {
  const { rows: users } = await db.query(`SELECT email, person_id FROM users WHERE email = ANY($1::text[])`, [
    Object.values(accounts),
  ]);
  const personOf = Object.fromEntries(users.map((u) => [u.email, u.person_id]));
  for (const email of Object.values(accounts)) if (!personOf[email]) throw new Error(`No demo account ${email}`);
  const coChair = personOf[accounts.coChair];
  const expert = personOf[accounts.expert];
  // The demo people (not the meeting benchmark's participants) write the comments.
  const { rows: authors } = await db.query(
    `SELECT id FROM people WHERE email IS NULL OR email NOT LIKE '%@bench.example' ORDER BY id`,
  );
  const { rows: coChairRole } = await db.query(
    `SELECT 1 FROM memberships WHERE person_id = $1 AND object_type = 'STUDY_GROUP' AND object_id = $2 AND role = 'CO_CHAIR'`,
    [coChair, studyGroup.governance2011],
  );
  if (coChairRole.length === 0) {
    await db.query(
      `INSERT INTO memberships (person_id, object_type, object_id, role) VALUES ($1, 'STUDY_GROUP', $2, 'CO_CHAIR')`,
      [coChair, studyGroup.governance2011],
    );
  }

  const {
    rows: [document],
  } = await db.query(
    `INSERT INTO documents (kind, title, status, study_group_id, created_by_id, created_at, updated_at)
     VALUES ('MEMORANDUM', 'Bench memorandum: security cooperation in Northeast Asia', 'IN_COMMENT_ROUND', $1, $2,
             now() - interval '150 days', now())
     RETURNING id`,
    [studyGroup.governance2011, coChair],
  );
  const documentId = document.id;

  // Versions 1–3 circulated (frozen when their round opened), 4 the co-chairs' working copy.
  const { rows: versions } = await db.query(
    `INSERT INTO document_versions (document_id, number, frozen_at, created_at)
     SELECT $1, n,
            CASE n WHEN 1 THEN now() - interval '120 days' WHEN 2 THEN now() - interval '60 days'
                   WHEN 3 THEN now() - interval '7 days' END,
            CASE n WHEN 1 THEN now() - interval '150 days' WHEN 2 THEN now() - interval '120 days'
                   WHEN 3 THEN now() - interval '60 days' ELSE now() - interval '7 days' END
       FROM generate_series(1, 4) n
     RETURNING id, number`,
    [documentId],
  );

  // Paragraph identities. 1–300 make up version 3 (1–280 since version 1, 281–290 added in version 2,
  // 291–300 in version 3); 301–303 were deleted and 304–306 merged into the paragraph before them
  // (35, 95, 155) in version 3. `key` orders them within a version.
  await db.query(
    `CREATE TEMP TABLE bench_paragraphs (i int, id uuid, key numeric, first_version int, last_version int,
                                         merged_into int, kind text, base_text text)`,
  );
  await db.query(
    `INSERT INTO bench_paragraphs
     SELECT i, gen_random_uuid(),
            CASE WHEN i <= 300 THEN i::numeric WHEN i <= 303 THEN (i - 300) * 50 + 0.5 ELSE (i - 303) * 60 - 25 + 0.5 END,
            CASE WHEN i <= 280 OR i > 300 THEN 1 WHEN i <= 290 THEN 2 ELSE 3 END,
            CASE WHEN i <= 300 THEN 4 ELSE 2 END,
            CASE WHEN i > 303 THEN (i - 303) * 60 - 25 END,
            CASE WHEN i <= 300 AND i % 15 = 1 THEN 'HEADING' WHEN i <= 300 AND i % 5 = 0 THEN 'RECOMMENDATION' ELSE 'TEXT' END,
            CASE WHEN i <= 300 AND i % 15 = 1
                 THEN 'Part ' || ((i - 1) / 15 + 1) || ': ' || initcap(w[1 + (i * 7) % cardinality(w)]) || ' and '
                      || w[1 + (i * 11) % cardinality(w)]
                 ELSE (SELECT initcap(w[1 + (i * 5) % cardinality(w)]) || ' '
                              || string_agg(w[1 + (i * 7 + k * 13 + (k * k) % 11) % cardinality(w)]
                                            || CASE WHEN k % 17 = 0 THEN '.' ELSE '' END, ' ' ORDER BY k) || '.'
                         FROM generate_series(1, 79 + (i * 37) % 41) k)
            END
       FROM generate_series(1, ${PARAGRAPHS + 2 * REMOVED_PARAGRAPHS}) i, (SELECT $1::text[] AS w) words`,
    [WORDS],
  );
  await db.query(
    `INSERT INTO paragraphs (id, document_id, merged_into_id, created_at)
     SELECT p.id, $1, m.id, now() - interval '150 days'
       FROM bench_paragraphs p LEFT JOIN bench_paragraphs m ON m.i = p.merged_into`,
    [documentId],
  );
  // Each version's text: some paragraphs revised after round 1, some after round 2, a few being redrafted.
  await db.query(
    `INSERT INTO version_paragraphs (version_id, paragraph_id, position, kind, html, text, addressees, issue_areas,
                                     revision, updated_by_id, updated_at)
     SELECT v.id, p.id, row_number() OVER (PARTITION BY v.id ORDER BY p.key) - 1, p.kind,
            '<p>' || t.text || '</p>', t.text,
            CASE WHEN p.kind <> 'RECOMMENDATION' THEN '[]'::jsonb
                 WHEN p.i % 3 = 0 THEN jsonb_build_array(jsonb_build_object('kind', 'NAMED_BODY', 'organizationId', $2::text))
                 ELSE '[{"kind": "POLICY_MAKERS", "organizationId": null}, {"kind": "INSTITUTIONS", "organizationId": null}]'::jsonb
            END,
            CASE WHEN p.kind = 'RECOMMENDATION'
                 THEN ARRAY[(ARRAY['ENERGY', 'ENVIRONMENT', 'NUCLEAR_SAFETY', 'MARITIME_SECURITY', 'TRADE'])[1 + p.i % 5]]
                 ELSE '{}'::text[] END,
            CASE WHEN v.number = 4 AND p.i % 25 = 0 THEN 2 ELSE 1 END,
            $3, COALESCE(v.frozen_at, now())
       FROM bench_paragraphs p
       JOIN document_versions v ON v.document_id = $1 AND v.number BETWEEN p.first_version AND p.last_version
       CROSS JOIN LATERAL (
         SELECT p.base_text
                || CASE WHEN p.kind <> 'HEADING' AND v.number >= 2 AND p.i % 4 = 0
                        THEN ' The co-chairs revised this paragraph after the first round of comments.' ELSE '' END
                || CASE WHEN p.kind <> 'HEADING' AND v.number >= 3 AND p.i % 7 = 0
                        THEN ' Member committees asked for the wording to reflect regional practice.' ELSE '' END
                || CASE WHEN p.kind <> 'HEADING' AND v.number = 4 AND p.i % 25 = 0
                        THEN ' The co-chairs are redrafting this passage.' ELSE '' END AS text
       ) t`,
    [documentId, org.asean, coChair],
  );
  await db.query(`DROP TABLE bench_paragraphs`);

  // Round 1 closed early by the co-chair, round 2 at its deadline, round 3 open for another two weeks.
  const { rows: rounds } = await db.query(
    `INSERT INTO comment_rounds (document_id, version_id, number, opens_at, closes_at, instructions, attribution,
                                 status, closed_at, closed_by_id, created_at)
     SELECT $1, v.id, v.number, v.frozen_at,
            CASE v.number WHEN 1 THEN now() - interval '90 days' WHEN 2 THEN now() - interval '30 days'
                          ELSE now() + interval '14 days' END,
            'Please comment paragraph by paragraph, and say whether you speak for your committee.',
            CASE v.number WHEN 2 THEN 'NON_ATTRIBUTED' ELSE 'ATTRIBUTED' END,
            CASE WHEN v.number < 3 THEN 'CLOSED' ELSE 'OPEN' END,
            CASE v.number WHEN 1 THEN now() - interval '92 days' WHEN 2 THEN now() - interval '30 days' END,
            CASE v.number WHEN 1 THEN $2::uuid END,
            v.frozen_at
       FROM document_versions v
      WHERE v.document_id = $1 AND v.frozen_at IS NOT NULL
     RETURNING id, number, status`,
    [documentId, coChair],
  );
  // Every round goes to the member committees and, in person, to the expert.
  await db.query(
    `INSERT INTO round_recipients (round_id, organization_id, person_id, response, responded_by_id, responded_at)
     SELECT r.id, o.id, NULL, x.response,
            CASE WHEN x.response <> 'NOT_YET' THEN $3::uuid END,
            CASE WHEN x.response <> 'NOT_YET' THEN LEAST(r.closes_at, now()) - interval '1 day' END
       FROM comment_rounds r
      CROSS JOIN unnest($2::uuid[]) WITH ORDINALITY AS o(id, k)
      CROSS JOIN LATERAL (
        SELECT CASE WHEN r.status = 'OPEN' THEN CASE WHEN o.k % 2 = 0 THEN 'COMMENTED' ELSE 'NOT_YET' END
                    ELSE (ARRAY['COMMENTED', 'COMMENTED', 'ENDORSED', 'ENDORSED_WITH_RESERVATION', 'NO_COMMENTS',
                                'COMMENTED'])[1 + o.k % 6] END AS response
      ) x
      WHERE r.document_id = $1
     UNION ALL
     SELECT r.id, NULL, $3::uuid, CASE WHEN r.status = 'OPEN' THEN 'NOT_YET' ELSE 'COMMENTED' END,
            CASE WHEN r.status <> 'OPEN' THEN $3::uuid END,
            CASE WHEN r.status <> 'OPEN' THEN r.closes_at - interval '2 days' END
       FROM comment_rounds r
      WHERE r.document_id = $1`,
    [documentId, committees, expert],
  );
  // The comments, spread over the paragraphs (not headings) of each round's version.
  await db.query(
    `WITH candidates AS (
       SELECT vp.version_id, vp.paragraph_id, vp.text,
              row_number() OVER (PARTITION BY vp.version_id ORDER BY vp.position) - 1 AS k,
              count(*) OVER (PARTITION BY vp.version_id) AS cnt
         FROM version_paragraphs vp JOIN document_versions v ON v.id = vp.version_id
        WHERE v.document_id = $1 AND v.frozen_at IS NOT NULL AND vp.kind <> 'HEADING'
     ), wanted AS (
       SELECT r.id AS round_id, r.number, r.version_id, r.opens_at, r.closes_at, r.status, g.n,
              ($6::int[])[r.number] AS total
         FROM comment_rounds r CROSS JOIN LATERAL generate_series(1, ($6::int[])[r.number]) g(n)
        WHERE r.document_id = $1
     ), comment AS (
       SELECT c.*, p.paragraph_id, p.text,
              c.opens_at + (LEAST(c.closes_at, now()) - c.opens_at) * (0.95 * c.n / c.total)::float8 AS at,
              CASE WHEN (c.status = 'CLOSED' AND c.n % 33 <> 0) OR (c.status = 'OPEN' AND c.n % 5 < 2)
                   THEN (ARRAY['ACCEPTED', 'ACCEPTED_IN_PART', 'NOT_ACCEPTED', 'NOTED', 'ACCEPTED'])[1 + (c.n * 3) % 5]
              END AS disposition
         FROM wanted c
         JOIN candidates p ON p.version_id = c.version_id AND p.k = (c.n * 7919 + c.number * 104729) % p.cnt
     )
     INSERT INTO comments (round_id, paragraph_id, quote, kind, body, author_id, speaks_for_id, disposition, reply,
                           disposed_by_id, disposed_at, created_at, updated_at)
     SELECT c.round_id, c.paragraph_id,
            CASE WHEN c.n % 4 = 0 THEN array_to_string((string_to_array(c.text, ' '))[3:8], ' ') END,
            (ARRAY['SUBSTANTIVE', 'SUBSTANTIVE', 'EDITORIAL', 'SUBSTANTIVE', 'EDITORIAL', 'GENERAL', 'EDITORIAL',
                   'SUBSTANTIVE', 'GENERAL', 'RESERVATION'])[1 + c.n % 10],
            (ARRAY['Suggest rewording:', 'We propose adding', 'Please clarify', 'Our committee cannot support',
                   'Replace with'])[1 + c.n % 5] || ' '
              || (SELECT string_agg(w[1 + (c.n * 31 + k * 17 + c.number) % cardinality(w)], ' ' ORDER BY k)
                    FROM generate_series(1, 12 + c.n % 40) k) || '.',
            ($3::uuid[])[1 + (c.n * 13 + c.number) % cardinality($3::uuid[])],
            CASE WHEN c.n % 5 < 3 THEN ($4::uuid[])[1 + (c.n * 7 + c.number) % cardinality($4::uuid[])] END,
            c.disposition,
            CASE c.disposition WHEN 'NOT_ACCEPTED' THEN 'The co-chairs kept the text: it reflects the study group''s discussion.'
                               WHEN 'ACCEPTED_IN_PART' THEN 'Taken up in part in the next version.' ELSE '' END,
            CASE WHEN c.disposition IS NOT NULL THEN $5::uuid END,
            CASE WHEN c.disposition IS NOT NULL THEN LEAST(c.closes_at + interval '2 days', now()) END,
            c.at, c.at
       FROM comment c, (SELECT $2::text[] AS w) words`,
    [documentId, WORDS, authors.map((a) => a.id), committees, coChair, COMMENTS_PER_ROUND],
  );
  await db.query(`ANALYZE documents, document_versions, paragraphs, version_paragraphs, comment_rounds,
                          round_recipients, comments`);

  const counts = (
    await db.query(
      `SELECT (SELECT count(*)::int FROM version_paragraphs vp JOIN document_versions v ON v.id = vp.version_id
                WHERE v.document_id = $1) AS "versionParagraphs",
              (SELECT count(*)::int FROM comments c JOIN comment_rounds r ON r.id = c.round_id
                WHERE r.document_id = $1) AS comments,
              (SELECT count(*)::int FROM comments c JOIN comment_rounds r ON r.id = c.round_id
                WHERE r.document_id = $1 AND c.disposition IS NOT NULL) AS disposed,
              (SELECT count(*)::int FROM round_recipients rr JOIN comment_rounds r ON r.id = rr.round_id
                WHERE r.document_id = $1) AS recipients`,
      [documentId],
    )
  ).rows[0];
  return {
    documentId,
    versions: Object.fromEntries(versions.map((v) => [v.number, v.id])),
    openRoundId: rounds.find((r) => r.status === 'OPEN').id,
    personOf,
    counts,
  };
}
