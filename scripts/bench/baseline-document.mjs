// The document page's first paint in the baseline server: the web app's first request (FIRST_PAINT in
// document-page.mjs: the page around the text, and one version's paragraphs with their comment counts
// and the removed text commented on) answered by one hand-written statement that checks the session
// and the viewer's roles and builds the JSON. The roles query and the permissions are the API's own.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { permissions } = require('../../apps/api/dist/access/permissions.js');
const { committeesOfSql, rolesSqlFor } = require('../../apps/api/dist/access/access.repository.js');

export const path = '/document';

const iso = (column) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const organization = (alias) =>
  `(SELECT json_build_object('id', o.id, 'name', o.name, 'acronym', o.acronym) FROM organizations o WHERE o.id = ${alias})`;

/**
 * $1 session token hash, $2 document id, $3 version number (null: the newest the viewer may read),
 * $4 roles that read circulated versions, $5 that read the draft, $6 that edit, $7 that decide,
 * $8 that read the published text.
 */
const statement = (viewerSql) => `
WITH RECURSIVE viewer AS (${viewerSql}),
doc AS (SELECT d.* FROM documents d WHERE d.id = $2),
held AS (
  SELECT coalesce(array_agg(DISTINCT h.role), '{}') AS roles
    FROM (${rolesSqlFor('DOCUMENT', '(SELECT person_id FROM viewer)', 'ARRAY[$2::uuid]')}) h
),
access AS (
  SELECT a.*, a.read OR (doc.status = 'PUBLISHED' AND held.roles && $8::text[]) AS visible
    FROM doc, held, LATERAL (
      SELECT held.roles && $5::text[] AS draft, held.roles && $6::text[] AS edit,
             held.roles && $5::text[] OR held.roles && $7::text[]
               OR (doc.status <> 'DRAFTING' AND held.roles && $4::text[]) AS read
    ) a
),
committees AS (SELECT object_id AS id FROM (${committeesOfSql('(SELECT person_id FROM viewer)')}) c(object_id)),
versions AS (
  SELECT v.* FROM document_versions v, access
   WHERE v.document_id = $2
     AND (access.draft OR (access.read AND v.frozen_at IS NOT NULL)
          OR (NOT access.read AND v.id = (SELECT id FROM document_versions f WHERE f.document_id = $2 AND f.is_final
                                            ORDER BY f.number DESC LIMIT 1)))
),
version AS (
  SELECT * FROM versions WHERE number = coalesce($3::int, (SELECT max(number) FROM versions))
),
rounds AS (SELECT r.* FROM comment_rounds r, access WHERE r.document_id = $2 AND access.read),
numbered AS (
  SELECT vp.*,
         CASE WHEN vp.kind <> 'HEADING' THEN count(*) FILTER (WHERE vp.kind <> 'HEADING') OVER w END::int AS number,
         CASE WHEN vp.kind = 'RECOMMENDATION' THEN count(*) FILTER (WHERE vp.kind = 'RECOMMENDATION') OVER w END::int
           AS recommendation_number
    FROM version_paragraphs vp JOIN version ON vp.version_id = version.id
  WINDOW w AS (ORDER BY vp.position)
),
walk AS (
  SELECT p.id AS start, p.id AS at, p.merged_into_id AS next, 0 AS hops,
         EXISTS (SELECT 1 FROM numbered n WHERE n.paragraph_id = p.id) AS present
    FROM paragraphs p WHERE p.document_id = $2
  UNION ALL
  SELECT w.start, w.next, n.merged_into_id, w.hops + 1, EXISTS (SELECT 1 FROM numbered x WHERE x.paragraph_id = w.next)
    FROM walk w JOIN paragraphs n ON n.id = w.next WHERE NOT w.present AND w.hops < 1000
),
anchor AS (SELECT DISTINCT ON (start) start, at, present FROM walk ORDER BY start, hops DESC),
earlier AS (
  SELECT r.id, r.number, r.version_id FROM version
    JOIN rounds r ON true
    JOIN document_versions rv ON rv.id = r.version_id AND rv.number <= version.number
),
counted AS (
  SELECT c.paragraph_id, count(*)::int AS n
    FROM earlier e JOIN comments c ON c.round_id = e.id AND c.withdrawn_at IS NULL GROUP BY c.paragraph_id
),
placed AS MATERIALIZED (SELECT k.paragraph_id, k.n, a.at, a.present FROM counted k JOIN anchor a ON a.start = k.paragraph_id),
counts AS MATERIALIZED (SELECT at AS paragraph_id, sum(n)::int AS n FROM placed WHERE present GROUP BY at),
removed AS (
  SELECT DISTINCT ON (p.paragraph_id) p.paragraph_id, p.n, e.number AS round_number, e.version_id AS round_version_id,
         c.created_at, c.id
    FROM placed p
    JOIN comments c ON c.paragraph_id = p.paragraph_id AND c.withdrawn_at IS NULL
    JOIN earlier e ON e.id = c.round_id
   WHERE NOT p.present
   ORDER BY p.paragraph_id, e.number, c.created_at, c.id
),
open_round AS (
  SELECT r.*, r.opens_at <= now() AND r.closes_at > now() AS accepting,
         (SELECT number FROM document_versions WHERE id = r.version_id) AS version_number
    FROM rounds r WHERE r.status = 'OPEN' ORDER BY r.number LIMIT 1
),
mine AS (
  SELECT rr.* FROM round_recipients rr JOIN rounds r ON rr.round_id = r.id
   WHERE rr.person_id = (SELECT person_id FROM viewer) OR rr.organization_id IN (SELECT id FROM committees)
),
answered AS (SELECT m.* FROM mine m JOIN open_round r ON m.round_id = r.id)
SELECT json_build_object('data', json_build_object('document', json_build_object(
  'id', doc.id, 'title', doc.title, 'kind', doc.kind, 'status', doc.status,
  'viewerCanEdit', access.edit, 'viewerCanSeeDraft', access.draft,
  'viewerCommittees', (SELECT coalesce(json_agg(json_build_object('id', o.id, 'name', o.name, 'acronym', o.acronym)), '[]')
                         FROM committees c JOIN organizations o ON o.id = c.id),
  'studyGroup', (SELECT json_build_object('id', g.id, 'title', g.title) FROM study_groups g WHERE g.id = doc.study_group_id),
  'meeting', (SELECT json_build_object('id', m.id, 'title', m.title) FROM meetings m WHERE m.id = doc.meeting_id),
  'versions', (SELECT coalesce(json_agg(json_build_object('id', v.id, 'number', v.number, 'isWorking', v.frozen_at IS NULL,
                 'isFinal', v.is_final, 'frozenAt', ${iso('v.frozen_at')}) ORDER BY v.number), '[]') FROM versions v),
  'rounds', (SELECT coalesce(json_agg(json_build_object('id', r.id, 'number', r.number, 'recipients',
                (SELECT coalesce(json_agg(json_build_object('id', rr.id, 'organization', ${organization('rr.organization_id')})), '[]')
                   FROM round_recipients rr
                  WHERE rr.round_id = r.id AND (access.draft OR r.attribution = 'ATTRIBUTED' OR rr.id IN (SELECT id FROM mine))
               )) ORDER BY r.number), '[]') FROM rounds r),
  'openRound', (SELECT json_build_object('id', r.id, 'number', r.number, 'versionNumber', r.version_number,
      'status', r.status, 'opensAt', ${iso('r.opens_at')}, 'closesAt', ${iso('r.closes_at')},
      'acceptingComments', r.accepting, 'attribution', r.attribution, 'instructions', r.instructions,
      'viewerCanRespond', r.accepting AND NOT access.draft AND EXISTS (SELECT 1 FROM answered),
      'recipients', (SELECT coalesce(json_agg(json_build_object('id', rr.id, 'response', rr.response, 'organization',
                        (SELECT json_build_object('id', o.id) FROM organizations o WHERE o.id = rr.organization_id))), '[]')
                       FROM round_recipients rr
                      WHERE rr.round_id = r.id AND (access.draft OR r.attribution = 'ATTRIBUTED' OR rr.id IN (SELECT id FROM mine))),
      'viewerRecipients', (SELECT coalesce(json_agg(json_build_object('id', a.id, 'response', a.response,
                              'responseNote', a.response_note, 'respondedAt', ${iso('a.responded_at')},
                              'organization', ${organization('a.organization_id')},
                              'person', (SELECT json_build_object('id', p.id, 'name', p.name) FROM people p WHERE p.id = a.person_id))), '[]')
                             FROM answered a)
    ) FROM open_round r),
  'version', (SELECT json_build_object('id', v.id, 'number', v.number, 'isWorking', v.frozen_at IS NULL, 'isFinal', v.is_final,
      'frozenAt', ${iso('v.frozen_at')},
      'round', (SELECT json_build_object('id', r.id, 'number', r.number) FROM rounds r WHERE r.version_id = v.id),
      'paragraphs', (SELECT coalesce(json_agg(json_build_object(
          'id', n.version_id || ':' || n.paragraph_id, 'paragraphId', n.paragraph_id, 'kind', n.kind, 'number', n.number,
          'recommendationNumber', n.recommendation_number, 'html', n.html, 'text', n.text, 'revision', n.revision,
          'updatedAt', ${iso('n.updated_at')},
          'updatedBy', CASE WHEN access.draft THEN
                         (SELECT json_build_object('id', p.id, 'name', p.name) FROM people p WHERE p.id = n.updated_by_id) END,
          'addressees', (SELECT coalesce(json_agg(json_build_object('kind', ad ->> 'kind',
                            'organization', ${organization("(ad ->> 'organizationId')::uuid")}) ORDER BY k), '[]')
                           FROM jsonb_array_elements(n.addressees) WITH ORDINALITY AS e(ad, k)),
          'issueAreas', to_json(n.issue_areas),
          'commentCount', coalesce(cc.n, 0)
        ) ORDER BY n.position), '[]') FROM numbered n LEFT JOIN counts cc ON cc.paragraph_id = n.paragraph_id),
      'removedParagraphs', (SELECT coalesce(json_agg(json_build_object('paragraphId', rm.paragraph_id,
          'number', was.number, 'text', coalesce(was.text, ''), 'commentCount', rm.n)
          ORDER BY rm.round_number, rm.created_at, rm.id), '[]')
        FROM removed rm
        LEFT JOIN LATERAL (
          SELECT vp.text, CASE WHEN vp.kind <> 'HEADING' THEN (SELECT count(*) FROM version_paragraphs x
                   WHERE x.version_id = vp.version_id AND x.kind <> 'HEADING' AND x.position <= vp.position) END::int AS number
            FROM version_paragraphs vp WHERE vp.version_id = rm.round_version_id AND vp.paragraph_id = rm.paragraph_id
        ) was ON true)
    ) FROM version v)
)))::text AS page
FROM doc, access, viewer
WHERE access.visible`;

const roles = (permission) => permissions[permission].roles;

export async function answer({ pool, tokenHash, params, viewerSql }) {
  const id = params.get('id');
  if (!id || !/^[0-9a-f-]{36}$/i.test(id)) return null;
  const number = params.get('number');
  if (number !== null && !/^[1-9][0-9]{0,8}$/.test(number)) return null;
  const { rows } = await pool.query({
    name: 'baseline-document',
    text: statement(viewerSql),
    values: [
      tokenHash,
      id,
      number === null ? null : Number(number),
      roles('DocumentRead'),
      roles('DocumentDraftRead'),
      roles('DocumentEdit'),
      roles('DocumentDecide'),
      roles('DocumentPublishedRead'),
    ],
  });
  return rows[0]?.page ?? null;
}
