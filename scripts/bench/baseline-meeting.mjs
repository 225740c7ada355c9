// The meeting page of the baseline server: the meeting page's core query (MEETING_PAGE in
// meeting-page.mjs) answered from one hand-written statement that checks the session and the
// viewer's roles and builds the JSON. The agenda checks and their sentences are the API's own code.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { permissions } = require('../../apps/api/dist/access/permissions.js');
const { describeWarning } = require('../../apps/api/dist/agendas/warnings.js');
const { checkAgenda, MeetingRole } = require('@plenary/shared');

export const path = '/meeting';

/**
 * $1 session token hash, $2 meeting id, $3 roles that may see the meeting, $4 roles that run it,
 * $5 meeting roles shown to the viewer. A study group's roles count on its meetings as GROUP_<role>.
 */
const statement = (viewerSql) => `
WITH viewer AS (${viewerSql}),
held AS (
  SELECT ms.role FROM memberships ms JOIN viewer v ON ms.person_id = v.person_id
   WHERE ms.object_type = 'MEETING' AND ms.object_id = $2
  UNION
  SELECT 'GROUP_' || g.role FROM meetings m
    JOIN memberships g ON g.object_type = 'STUDY_GROUP' AND g.object_id = m.study_group_id
    JOIN viewer v ON g.person_id = v.person_id
   WHERE m.id = $2
  UNION
  SELECT 'GROUP_REPORTS_TO_BODY' FROM meetings m
    JOIN study_groups sg ON sg.id = m.study_group_id
    JOIN memberships b ON b.object_type = 'ORGANIZATION' AND b.object_id = sg.reports_to_id
    JOIN viewer v ON b.person_id = v.person_id
   WHERE m.id = $2
),
roles AS (SELECT coalesce(array_agg(role ORDER BY role), '{}') AS held FROM held),
items AS (
  SELECT i.*, d.date AS day_date FROM agenda_items i JOIN agenda_days d ON d.id = i.day_id WHERE i.meeting_id = $2
)
SELECT (json_build_object('data', json_build_object('meeting', json_build_object(
  'id', m.id, 'title', m.title, 'status', m.status,
  'startDate', to_char(m.start_date, 'YYYY-MM-DD'), 'endDate', to_char(m.end_date, 'YYYY-MM-DD'), 'timeZone', m.time_zone,
  'viewerRoles', (SELECT coalesce(json_agg(r ORDER BY r), '[]') FROM unnest(roles.held) r WHERE r = ANY($5::text[])),
  'organizers', (SELECT coalesce(json_agg(json_build_object('name', o.name) ORDER BY mo.position), '[]')
                   FROM meeting_organizers mo JOIN organizations o ON o.id = mo.organization_id WHERE mo.meeting_id = m.id),
  'host', (SELECT json_build_object('name', o.name) FROM organizations o WHERE o.id = m.host_id),
  'agendaDays', (SELECT coalesce(json_agg(json_build_object('id', d.id, 'date', to_char(d.date, 'YYYY-MM-DD'), 'items',
      (SELECT coalesce(json_agg(json_build_object(
          'id', i.id, 'kind', i.kind, 'title', i.title,
          'startTime', to_char(i.starts_at AT TIME ZONE m.time_zone, 'HH24:MI'),
          'endTime', to_char(i.ends_at AT TIME ZONE m.time_zone, 'HH24:MI'),
          'subItems', (SELECT coalesce(json_agg(json_build_object('text', s.text) ORDER BY s.position), '[]')
                         FROM agenda_sub_items s WHERE s.item_id = i.id),
          'chair', (SELECT json_build_object('name', p.name) FROM people p WHERE p.id = i.chair_id),
          'speakers', (SELECT coalesce(json_agg(json_build_object('role', sp.role, 'person',
                          (SELECT json_build_object('name', p.name) FROM people p WHERE p.id = sp.person_id)) ORDER BY sp.position), '[]')
                         FROM agenda_speakers sp WHERE sp.item_id = i.id),
          'papers', (SELECT coalesce(json_agg(json_build_object('filename', f.filename) ORDER BY ap.position), '[]')
                       FROM agenda_papers ap JOIN files f ON f.id = ap.file_id WHERE ap.item_id = i.id)
        ) ORDER BY i.starts_at, i.position), '[]') FROM agenda_items i WHERE i.day_id = d.id)
    ) ORDER BY d.date), '[]') FROM agenda_days d WHERE d.meeting_id = m.id),
  'agendaWarnings', '[]'::json,
  'participants', (SELECT coalesce(json_agg(json_build_object(
      'id', pa.id, 'role', pa.role, 'state', pa.state,
      'email', CASE WHEN roles.held && $4::text[] THEN p.email END,
      'person', json_build_object('name', p.name, 'sortName', p.sort_name, 'affiliation',
                  (SELECT json_build_object('name', a.name, 'country', a.country) FROM organizations a WHERE a.id = p.affiliation_id)),
      'representing', (SELECT json_build_object('name', r.name, 'acronym', r.acronym, 'country', r.country)
                         FROM organizations r WHERE r.id = pa.representing_id)
    ) ORDER BY p.sort_name COLLATE "und-x-icu"), '[]')
    FROM participations pa JOIN people p ON p.id = pa.person_id WHERE pa.meeting_id = m.id)
))))::text AS page,
  (SELECT json_agg(json_build_object('id', i.id, 'kind', i.kind, 'title', i.title, 'dayDate', to_char(i.day_date, 'YYYY-MM-DD'),
     'startsAt', i.starts_at, 'endsAt', i.ends_at, 'chairId', i.chair_id, 'chairName', to_json(i) ->> 'chair_name',
     'personIds', (SELECT coalesce(json_agg(sp.person_id ORDER BY sp.position), '[]') FROM agenda_speakers sp
                    WHERE sp.item_id = i.id AND sp.person_id IS NOT NULL),
     'people', (SELECT json_object_agg(p.id, p.name) FROM people p
                 WHERE p.id = i.chair_id OR p.id IN (SELECT person_id FROM agenda_speakers WHERE item_id = i.id))))
     FROM items i) AS checks,
  to_char(m.start_date, 'YYYY-MM-DD') AS "startDate", to_char(m.end_date, 'YYYY-MM-DD') AS "endDate", m.time_zone AS "timeZone"
FROM meetings m CROSS JOIN roles
WHERE m.id = $2 AND roles.held && $3::text[]`;

const viewRoles = permissions.MeetingView.roles;
const manageRoles = permissions.MeetingManage.roles;
const meetingRoles = Object.values(MeetingRole);
const EMPTY_WARNINGS = '"agendaWarnings" : []';

export async function answer({ pool, tokenHash, params, viewerSql }) {
  const id = params.get('id');
  if (!id || !/^[0-9a-f-]{36}$/i.test(id)) return null;
  const { rows } = await pool.query({
    name: 'baseline-meeting',
    text: statement(viewerSql),
    values: [tokenHash, id, viewRoles, manageRoles, meetingRoles],
  });
  const row = rows[0];
  if (!row) return null;
  const items = (row.checks ?? []).map((i) => ({ ...i, startsAt: new Date(i.startsAt), endsAt: new Date(i.endsAt) }));
  const warnings = checkAgenda(row, items);
  if (warnings.length === 0) return row.page;
  const titles = new Map(items.map((i) => [i.id, i.title]));
  const names = new Map(items.flatMap((i) => Object.entries(i.people ?? {})));
  const described = warnings.map((w) => ({
    kind: w.kind,
    message: describeWarning(
      w,
      (itemId) => titles.get(itemId) ?? 'an item',
      (personId) => names.get(personId) ?? 'someone',
    ),
  }));
  // The placeholder is the one place these characters appear unescaped: every string in the page is JSON-escaped.
  return row.page.replace(EMPTY_WARNINGS, `"agendaWarnings" : ${JSON.stringify(described)}`);
}
