/**
 * The text each kind of object is found by, as PostgreSQL full-text vectors. Each expression is
 * indexed (GIN) in the migration that introduced search, written out there the same way: a query
 * uses an index only when its expression matches the indexed one exactly. Prose is stemmed as
 * English; names are matched as written, in any script.
 */
export const searchVectors = {
  meeting: `to_tsvector('english', m.title || ' ' || m.venue || ' ' || coalesce(m.city, '') || ' ' || coalesce(m.background, ''))`,
  agendaItem: `to_tsvector('english', i.title)`,
  person: `to_tsvector('simple', p.name || ' ' || p.sort_name || ' ' || coalesce(p.title, ''))`,
  organization: `to_tsvector('simple', o.name || ' ' || coalesce(o.acronym, ''))`,
  document: `to_tsvector('english', d.title)`,
  paragraph: `to_tsvector('english', vp.text)`,
  comment: `to_tsvector('english', c.body)`,
  recommendation: `to_tsvector('english', r.text || ' ' || r.source_title)`,
} as const;
