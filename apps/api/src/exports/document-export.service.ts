import { Injectable } from '@nestjs/common';
import { Parser } from 'htmlparser2';
import {
  AddresseeKind,
  addresseeKindLabels,
  attributionModeLabels,
  commentKindLabels,
  dispositionLabels,
  DocumentStatus,
  documentKindLabels,
  formatDateRange,
  issueAreaLabels,
  numberParagraphs,
  ParagraphKind,
  recipientResponseLabels,
  RoundStatus,
  toZoned,
  utcOffset,
} from '@plenary/shared';
import type { Viewer } from '../common/viewer';
import { type CommentView, placeComments } from '../comment-rounds/comment-placement';
import { CommentRoundsRepository } from '../comment-rounds/comment-rounds.repository';
import { CommentReadsRepository } from '../comment-rounds/comment-reads.repository';
import { CommentsRepository } from '../comment-rounds/comments.repository';
import { suggestionWordingOf } from '../comment-rounds/suggestion-input';
import { DomainError, invalid } from '../common/domain-error';
import type { DocumentComparison } from '../documents/document-comparison';
import {
  commentAttributed,
  type DocumentAccess,
  roundAttributed,
  seesCirculation,
  seesDrafting,
  visibleRecipients,
  visibleVersions,
} from '../documents/document-visibility';
import type { DocumentEntity } from '../documents/document.entity';
import type { DocumentVersionEntity } from '../documents/document-version.entity';
import { DocumentsRepository } from '../documents/documents.repository';
import { DocumentsService } from '../documents/documents.service';
import { ParagraphsRepository } from '../documents/paragraphs.repository';
import { MeetingsRepository } from '../meetings/meetings.repository';
import type { OrganizationEntity } from '../organizations/organization.entity';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import { PeopleRepository } from '../people/people.repository';
import type { PersonEntity } from '../people/person.entity';
import { StudyGroupsRepository } from '../study-groups/study-groups.repository';

/** A stretch of paragraph text with one formatting; a line break is a run of "\n". */
export interface RichRun {
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  href: string | null;
}

/** One paragraph of a paragraph's HTML: plain, or an item of a bulleted or numbered list. */
export interface RichBlock {
  list: {
    kind: 'bullet' | 'number';
    level: number;
    /** Tells the lists of a document apart, so each numbered list counts from 1. */
    id: number;
    /** The item's place in its list, from 1. */
    index: number;
  } | null;
  runs: RichRun[];
}

/** The document's identity, as every export of it names it. */
export interface ExportedDocument {
  id: string;
  title: string;
}

/** A comment of the round on the exported version, as the reader may see it. */
export interface MemorandumComment {
  /** "Name (Committee)", "Name (personal capacity)" or "Non-attributed". */
  by: string;
  postedAt: Date;
  /** The words it is about, when they are in the paragraph. */
  quote: string | null;
  body: string;
  /** "Substantive · Accepted: the reply", the kind and, once given, the disposition and reply. */
  standing: string;
}

export interface MemorandumParagraph {
  /** The paragraph's identity across versions, which a returned Word file is matched by. */
  paragraphId: string;
  kind: ParagraphKind;
  /** "3" for "3."; null for headings. */
  number: number | null;
  /** "Recommendation 2" for recommendations. */
  label: string | null;
  blocks: RichBlock[];
  /** "Addressed to: Policy makers; Greater Tumen Initiative (GTI) — Issue areas: Energy, Transport". */
  note: string | null;
  comments: MemorandumComment[];
}

/** A version of a document as its DOCX and PDF print it: every line already written out. */
export interface MemorandumExport {
  document: ExportedDocument;
  /** "Memorandum", for the file name. */
  kindLabel: string;
  versionId: string;
  versionNumber: number;
  /** "Memorandum · Study Group on … · Version 2, circulated for comment (round 2, comments by 14 March 2026)". */
  subtitle: string;
  /** The subtitle's two parts: "Memorandum · Study Group on …", and what the text is now. */
  byline: string;
  state: string;
  /**
   * What the text is, on every page until it is final: "Working draft — version 3, not for
   * circulation", "Version 2, circulated for comment (round 2, comments by 14 March 2026)".
   */
  draftLine: string | null;
  paragraphs: MemorandumParagraph[];
  /** "Disseminated to: …", once published. */
  disseminatedTo: string | null;
}

export interface CommentRow {
  /** The paragraph's number in the round's version; null for a heading. */
  paragraphNumber: number | null;
  /** The paragraph as it read in the round's version. */
  paragraphText: string;
  kind: string;
  quote: string | null;
  /** Suggested wording as the table reads it: "Replace “X” with “Y”". */
  suggestion: string | null;
  body: string;
  /** "Name (Committee)", "Name (personal capacity)" or "Non-attributed". */
  by: string;
  /** The disposition's label, or "—". */
  disposition: string;
  reply: string;
}

export interface ResponseRow {
  recipient: string;
  response: string;
  note: string;
  date: string;
}

/** The compilation of comments and responses of one round. */
export interface CommentTableExport {
  document: ExportedDocument;
  roundNumber: number;
  /** "Round 1 · version 1 circulated", the dates, the attribution mode: one line each. */
  details: string[];
  responses: ResponseRow[];
  /** In paragraph order; withdrawn comments left out. */
  comments: CommentRow[];
}

/** Who a tracked change in the redline is marked as made by, and when. */
export interface RedlineRevision {
  author: string;
  date: Date;
}

export interface RedlineExport {
  document: ExportedDocument;
  comparison: DocumentComparison;
  /** The newer version's author and date, for changes no paragraph of it names (text removed). */
  revision: RedlineRevision;
  /** Per paragraph of the newer version: who last changed it and when, as far as the viewer may know. */
  revisions: Map<string, RedlineRevision>;
}

export const COMPILATION_TITLE = 'Compilation of comments and responses';
const NON_ATTRIBUTED = 'Non-attributed';

/**
 * Reads a document for its files (the text, the compilation of comments, the redline) after the
 * same access checks as the GraphQL API: a document the viewer may not see is NOT_FOUND, and so is
 * a version or round of it they may not see; a version or round that does not exist is bad input.
 */
@Injectable()
export class DocumentExportService {
  constructor(
    private readonly documents: DocumentsService,
    private readonly repository: DocumentsRepository,
    private readonly paragraphs: ParagraphsRepository,
    private readonly rounds: CommentRoundsRepository,
    private readonly comments: CommentsRepository,
    private readonly reads: CommentReadsRepository,
    private readonly people: PeopleRepository,
    private readonly organizations: OrganizationsRepository,
    private readonly studyGroups: StudyGroupsRepository,
    private readonly meetings: MeetingsRepository,
  ) {}

  /** One version (by default the newest the viewer may see; once approved, the final text) with numbered paragraphs. */
  async memorandum(viewer: Viewer, documentId: string, versionNumber?: number): Promise<MemorandumExport> {
    const { document, access } = await this.documents.get(viewer, documentId);
    const versions = await this.repository.versionsOf([document.id]);
    const version = pickVersion(document, access, versions, versionNumber, 'version');
    const published = document.status === DocumentStatus.PUBLISHED;
    const [paragraphs, owner, dissemination, rounds] = await Promise.all([
      this.paragraphs.paragraphsOf([version.id]),
      this.owner(document),
      published ? this.repository.disseminationOf([document.id]) : Promise.resolve([]),
      this.rounds.roundsOf([document.id]),
    ]);
    const round = rounds.find((r) => r.versionId === version.id);
    // The round's comments travel with its version, as the viewer may see them in the API.
    const placed =
      round && seesCirculation(access)
        ? placeComments({
            access,
            viewerPersonId: viewer.personId,
            current: paragraphs,
            rounds: [
              {
                round,
                comments: (await this.comments.commentsOfRounds([round.id])).filter((c) => !c.withdrawnAt),
                text: paragraphs,
              },
            ],
            merged: new Map(),
          }).byParagraph
        : new Map<string, CommentView[]>();
    const attributed = [...placed.values()].flat().filter((v) => v.attributed);
    // Readers of the published text alone see the institutions it went to, not the experts (as in the API).
    const disseminatedPeople = seesCirculation(access)
      ? dissemination.flatMap((d) => (d.personId ? [d.personId] : []))
      : [];
    const disseminatedOrganizations = dissemination.flatMap((d) => (d.organizationId ? [d.organizationId] : []));
    const names = await this.names(
      [...disseminatedPeople, ...attributed.map((v) => v.comment.authorId)],
      [
        ...disseminatedOrganizations,
        ...paragraphs.flatMap((p) => p.addressees.flatMap((a) => (a.organizationId ? [a.organizationId] : []))),
        ...attributed.flatMap((v) => (v.comment.speaksForId ? [v.comment.speaksForId] : [])),
      ],
    );

    const draftLine = version.isFinal
      ? null
      : version.frozenAt
        ? `Version ${version.number}${round ? `, circulated for comment (round ${round.number}, comments by ${formatInstant(round.closesAt, owner.timeZone, false)})` : ''}`
        : `Working draft — version ${version.number}, not for circulation`;
    const kindLabel = documentKindLabels[document.kind];
    const byline = [kindLabel, owner.title].filter(Boolean).join(' · ');
    const state = draftLine ?? finalStatus(document, version, owner.timeZone);
    const recipients = [
      ...disseminatedOrganizations.map(names.organization).sort(byText),
      ...names.peopleInOrder(disseminatedPeople),
    ];
    return {
      document: { id: document.id, title: document.title },
      kindLabel,
      versionId: version.id,
      versionNumber: version.number,
      subtitle: `${byline} · ${state}`,
      byline,
      state,
      draftLine,
      paragraphs: numberParagraphs(paragraphs).map((p) => {
        const addressedTo = p.addressees.map((a) =>
          a.kind === AddresseeKind.NAMED_BODY && a.organizationId
            ? names.organization(a.organizationId)
            : addresseeKindLabels[a.kind],
        );
        const note = [
          addressedTo.length ? `Addressed to: ${addressedTo.join('; ')}` : null,
          p.issueAreas.length ? `Issue areas: ${p.issueAreas.map((a) => issueAreaLabels[a]).join(', ')}` : null,
        ]
          .filter(Boolean)
          .join(' — ');
        return {
          paragraphId: p.paragraphId,
          kind: p.kind,
          number: p.number,
          label: p.recommendationNumber ? `Recommendation ${p.recommendationNumber}` : null,
          blocks: richBlocks(p.html),
          note: p.kind === ParagraphKind.RECOMMENDATION && note ? note : null,
          comments: (placed.get(p.paragraphId) ?? []).map(({ comment, attributed: named }) => ({
            by: named ? byLine(names, comment) : NON_ATTRIBUTED,
            postedAt: comment.createdAt,
            quote: comment.quote,
            body: comment.body,
            standing: [
              commentKindLabels[comment.kind],
              comment.disposition
                ? [dispositionLabels[comment.disposition], comment.reply].filter(Boolean).join(': ')
                : null,
            ]
              .filter(Boolean)
              .join(' · '),
          })),
        };
      }),
      disseminatedTo: published && recipients.length ? `Disseminated to: ${recipients.join('; ')}` : null,
    };
  }

  /** The compilation of comments and responses of a round (by default the latest), names as the viewer may see them. */
  async commentTable(viewer: Viewer, documentId: string, roundNumber?: number): Promise<CommentTableExport> {
    const { document, access } = await this.documents.get(viewer, documentId);
    const { timeZone } = await this.owner(document);
    // Those who may read only the published text see no rounds in the API either.
    if (!seesCirculation(access)) {
      throw new DomainError('NOT_FOUND', 'No comment rounds of this document that you may see.');
    }
    const rounds = await this.rounds.roundsOf([document.id]);
    const round = roundNumber === undefined ? rounds.at(-1) : rounds.find((r) => r.number === roundNumber);
    if (!round) {
      throw roundNumber === undefined
        ? new DomainError('NOT_FOUND', 'The document has not been circulated for comment yet.')
        : invalid('round', `There is no comment round ${roundNumber} of this document.`);
    }
    const [versions, allRecipients, committees] = await Promise.all([
      this.repository.versionsOf([document.id]),
      this.rounds.recipientsOf([round.id]),
      this.rounds.committeesOf(this.rounds.manager, viewer.personId),
    ]);
    const recipients = visibleRecipients(allRecipients, round, access, { personId: viewer.personId, committees });
    const names = await this.names(
      recipients.flatMap((r) => (r.personId ? [r.personId] : [])),
      recipients.flatMap((r) => (r.organizationId ? [r.organizationId] : [])),
    );
    // A page of comments at a time, with the names on it, by the same rule for names as the API's.
    const comments: CommentRow[] = [];
    const pages = this.reads.pagesOf({
      roundId: round.id,
      namesSeen: roundAttributed(access, round),
      viewerPersonId: viewer.personId,
    });
    for await (const rows of pages) {
      const named = rows.map((row) => commentAttributed(access, round, row.comment, viewer.personId));
      const attributed = rows.filter((_, i) => named[i]).map((row) => row.comment);
      const pageNames = await this.names(
        attributed.map((c) => c.authorId),
        attributed.flatMap((c) => (c.speaksForId ? [c.speaksForId] : [])),
      );
      comments.push(
        ...rows.map(({ comment, paragraphThen }, i) => ({
          paragraphNumber: paragraphThen.number,
          paragraphText: paragraphThen.text,
          kind: commentKindLabels[comment.kind],
          quote: comment.quote,
          suggestion: suggestionWordingOf(comment),
          body: comment.body,
          by: named[i] ? byLine(pageNames, comment) : NON_ATTRIBUTED,
          disposition: comment.disposition ? dispositionLabels[comment.disposition] : '—',
          reply: comment.reply,
        })),
      );
    }

    const versionNumber = versions.find((v) => v.id === round.versionId)?.number ?? 0;
    const closed = round.status === RoundStatus.CLOSED;
    return {
      document: { id: document.id, title: document.title },
      roundNumber: round.number,
      details: [
        `Round ${round.number} · version ${versionNumber} circulated for comment`,
        closed
          ? `Opened ${formatInstant(round.opensAt, timeZone)} · closed ${formatInstant(round.closedAt ?? round.closesAt, timeZone)}`
          : `Open from ${formatInstant(round.opensAt, timeZone)} until ${formatInstant(round.closesAt, timeZone)}`,
        `${attributionModeLabels[round.attribution]} round`,
      ],
      responses: recipients
        .map((r) => ({
          organization: !!r.organizationId,
          row: {
            recipient: r.organizationId ? names.organization(r.organizationId) : names.person(r.personId!),
            response: recipientResponseLabels[r.response],
            note: r.responseNote,
            date: r.respondedAt ? formatInstant(r.respondedAt, timeZone) : '',
          },
        }))
        .sort((a, b) => Number(b.organization) - Number(a.organization) || byText(a.row.recipient, b.row.recipient))
        .map((r) => r.row),
      comments,
    };
  }

  /** What changed between two versions the viewer may see, word by word. */
  async redline(viewer: Viewer, documentId: string, from: number, to: number): Promise<RedlineExport> {
    const { document, access } = await this.documents.get(viewer, documentId);
    const versions = await this.repository.versionsOf([document.id]);
    pickVersion(document, access, versions, from, 'from');
    const newer = pickVersion(document, access, versions, to, 'to');
    const comparison = await this.documents.compare(viewer, documentId, from, to);
    const changed = comparison.paragraphs
      .filter((p) => p.change !== 'UNCHANGED' && p.updatedAt)
      .sort((a, b) => a.updatedAt!.getTime() - b.updatedAt!.getTime());
    // Who saved what is the drafters' business; others see the changes as the drafting body's.
    const drafting = seesDrafting(access);
    const names = drafting
      ? await this.names(
          changed.flatMap((p) => (p.updatedById ? [p.updatedById] : [])),
          [],
        )
      : null;
    const body = (await this.owner(document)).title ?? document.title;
    const authorOf = (personId: string | null) => (names && personId ? names.person(personId) : body);
    const last = changed.at(-1);
    const revision = {
      author: authorOf(last?.updatedById ?? null),
      date: newer.frozenAt ?? last?.updatedAt ?? newer.createdAt,
    };
    return {
      document: { id: document.id, title: document.title },
      comparison,
      revision,
      revisions: new Map(
        changed.map((p) => [
          p.paragraphId,
          drafting ? { author: authorOf(p.updatedById), date: p.updatedAt! } : revision,
        ]),
      ),
    };
  }

  /**
   * Whose the document is, as its files name it, and the clock its dates are read on: a meeting's
   * document is on the meeting's, as its notices and e-mails are; a study group has none, so UTC.
   */
  private async owner(document: DocumentEntity): Promise<{ title: string | null; timeZone: string }> {
    const [groups, meetings] = await Promise.all([
      document.studyGroupId ? this.studyGroups.findByIds([document.studyGroupId]) : Promise.resolve([]),
      document.meetingId ? this.meetings.findByIds([document.meetingId]) : Promise.resolve([]),
    ]);
    const meeting = meetings[0];
    return { title: groups[0]?.title ?? meeting?.title ?? null, timeZone: meeting?.timeZone ?? 'UTC' };
  }

  /** Names of people and organizations as the documents print them, read in one query each. */
  private async names(personIds: string[], organizationIds: string[]) {
    const [people, organizations] = await Promise.all([
      personIds.length ? this.people.findByIds([...new Set(personIds)]) : Promise.resolve([]),
      organizationIds.length ? this.organizations.findByIds([...new Set(organizationIds)]) : Promise.resolve([]),
    ]);
    const byPerson = new Map(people.map((p) => [p.id, p]));
    const byOrganization = new Map(organizations.map((o) => [o.id, o]));
    const person = (id: string) => personName(byPerson.get(id));
    return {
      person,
      organization: (id: string) => organizationName(byOrganization.get(id)),
      /** Names of the people in the order lists sort them (by sort name). */
      peopleInOrder: (ids: string[]) =>
        ids
          .map((id) => byPerson.get(id))
          .filter((p): p is PersonEntity => !!p)
          .sort((a, b) => byText(a.sortName, b.sortName))
          .map((p) => personName(p)),
    };
  }
}

/**
 * The version asked for: by default the newest the viewer may read (once approved, the final text).
 * One that exists but is not theirs to read is NOT_FOUND; one that does not exist is bad input.
 */
function pickVersion(
  document: DocumentEntity,
  access: DocumentAccess,
  versions: DocumentVersionEntity[],
  number: number | undefined,
  field: string,
): DocumentVersionEntity {
  const visible = visibleVersions(access, versions);
  if (number === undefined) {
    const decided = document.status === DocumentStatus.APPROVED || document.status === DocumentStatus.PUBLISHED;
    const version = (decided ? visible.filter((v) => v.isFinal).at(-1) : undefined) ?? visible.at(-1);
    if (!version) throw hiddenVersion();
    return version;
  }
  if (!versions.some((v) => v.number === number)) {
    throw invalid(field, `There is no version ${number} of this document.`, 'UNKNOWN_VERSION');
  }
  const version = visible.find((v) => v.number === number);
  if (!version) throw hiddenVersion();
  return version;
}

function hiddenVersion(): DomainError {
  return new DomainError('NOT_FOUND', 'No such version of this document, or you may not see it.');
}

function personName(person: PersonEntity | undefined): string {
  if (!person) return 'Unknown person';
  return [person.honorific, person.name].filter(Boolean).join(' ');
}

/** "Greater Tumen Initiative (GTI)". */
function organizationName(organization: OrganizationEntity | undefined): string {
  if (!organization) return 'Unknown organization';
  const { name, acronym } = organization;
  return acronym && !name.includes(acronym) ? `${name} (${acronym})` : name;
}

/** "Name (Committee)" or "Name (personal capacity)". */
function byLine(
  names: { person: (id: string) => string; organization: (id: string) => string },
  comment: { authorId: string; speaksForId: string | null },
): string {
  const capacity = comment.speaksForId ? names.organization(comment.speaksForId) : 'personal capacity';
  return `${names.person(comment.authorId)} (${capacity})`;
}

function byText(a: string, b: string): number {
  return a.localeCompare(b);
}

/** "Published text — version 3, published 14 March 2026", "Approved text — version 3", "Final text — version 3". */
function finalStatus(document: DocumentEntity, version: DocumentVersionEntity, timeZone: string): string {
  if (document.status === DocumentStatus.PUBLISHED && document.publishedAt) {
    return `Published text — version ${version.number}, published ${formatInstant(document.publishedAt, timeZone, false)}`;
  }
  if (document.status === DocumentStatus.APPROVED) return `Approved text — version ${version.number}`;
  return `Final text — version ${version.number}`;
}

/** "14 March 2026, 09:00 UTC+9", "14 March 2026, 09:00 UTC": on the clock of the document's `zone`. */
function formatInstant(instant: Date, zone: string, withTime = true): string {
  const { date, time } = toZoned(instant, zone);
  const day = formatDateRange(date, date);
  return withTime ? `${day}, ${time} ${utcOffset(instant, zone)}` : day;
}

const listTags = new Set(['ul', 'ol']);

/**
 * The paragraphs, list items and formatting of a paragraph's sanitised HTML (p, br, em, strong,
 * i, b, u, ul, ol, li, a), for the exports to lay out in their own terms.
 */
export function richBlocks(html: string): RichBlock[] {
  const blocks: RichBlock[] = [];
  const open: string[] = [];
  const links: string[] = [];
  const lists: { kind: 'bullet' | 'number'; id: number; count: number }[] = [];
  let listIds = 0;
  let current: RichBlock | null = null;

  const close = () => {
    if (current) {
      trimBlock(current);
      if (current.runs.length) blocks.push(current);
    }
    current = null;
  };
  const start = (item = false): RichBlock => {
    close();
    const list = item ? lists.at(-1) : undefined;
    if (list) list.count++;
    current = {
      list: list ? { kind: list.kind, level: lists.length - 1, id: list.id, index: list.count } : null,
      runs: [],
    };
    return current;
  };
  const add = (text: string) => {
    const block = current ?? start();
    const has = (...tags: string[]) => tags.some((t) => open.includes(t));
    const run: RichRun = {
      text,
      bold: has('b', 'strong'),
      italic: has('i', 'em'),
      underline: has('u'),
      href: links.at(-1) ?? null,
    };
    const last = block.runs.at(-1);
    if (last && last.text !== '\n' && text !== '\n' && sameFormat(last, run)) last.text += text;
    else block.runs.push(run);
  };

  const parser = new Parser({
    onopentag: (name, attributes) => {
      if (listTags.has(name)) {
        close();
        lists.push({ kind: name === 'ol' ? 'number' : 'bullet', id: ++listIds, count: 0 });
      }
      open.push(name);
      if (name === 'li') start(true);
      // A paragraph opening a list item is the item itself.
      else if (name === 'p' && !(current && current.list && current.runs.length === 0)) start();
      else if (name === 'br') add('\n');
      else if (name === 'a') links.push(attributes.href ?? '');
    },
    ontext: (raw) => {
      const text = raw.replace(/\s+/g, ' ');
      // White space between block tags is layout of the HTML, not text.
      if (text === ' ' && !current) return;
      add(text);
    },
    onclosetag: (name) => {
      open.splice(open.lastIndexOf(name), 1);
      if (name === 'a') links.pop();
      if (name === 'p' || name === 'li') close();
      if (listTags.has(name)) {
        close();
        lists.pop();
      }
    },
  });
  parser.write(html);
  parser.end();
  close();
  for (const block of blocks) for (const run of block.runs) if (run.href === '') run.href = null;
  return blocks;
}

function sameFormat(a: RichRun, b: RichRun): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.underline === b.underline && a.href === b.href;
}

/** Drops the spaces at either end of a block and around its line breaks. */
function trimBlock(block: RichBlock): void {
  const runs = block.runs;
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    if (run.text === '\n') continue;
    if (i === 0 || runs[i - 1]!.text === '\n') run.text = run.text.replace(/^ +/, '');
    if (i === runs.length - 1 || runs[i + 1]!.text === '\n') run.text = run.text.replace(/ +$/, '');
  }
  block.runs = runs.filter((r) => r.text !== '');
  while (block.runs[0]?.text === '\n') block.runs.shift();
  while (block.runs.at(-1)?.text === '\n') block.runs.pop();
}
