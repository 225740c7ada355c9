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
} from '@plenary/shared';
import type { Viewer } from '../common/viewer';
import { placeComments } from '../comment-rounds/comment-placement';
import { CommentRoundsRepository } from '../comment-rounds/comment-rounds.repository';
import { CommentsRepository } from '../comment-rounds/comments.repository';
import { DomainError, invalid } from '../common/domain-error';
import type { DocumentComparison } from '../documents/document-comparison';
import {
  type DocumentAccess,
  seesCirculation,
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

export interface MemorandumParagraph {
  kind: ParagraphKind;
  /** "3" for "3."; null for headings. */
  number: number | null;
  /** "Recommendation 2" for recommendations. */
  label: string | null;
  blocks: RichBlock[];
  /** "Addressed to: Policy makers; Greater Tumen Initiative (GTI) — Issue areas: Energy, Transport". */
  note: string | null;
}

/** A version of a document as its DOCX and PDF print it: every line already written out. */
export interface MemorandumExport {
  document: ExportedDocument;
  /** "Memorandum", for the file name. */
  kindLabel: string;
  versionNumber: number;
  /** "Memorandum · Study Group on … · Draft — version 2, not for circulation". */
  subtitle: string;
  /** "Draft — version 2, not for circulation" on every page; null for the final text. */
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

export interface RedlineExport {
  document: ExportedDocument;
  comparison: DocumentComparison;
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
    const [paragraphs, owner, dissemination] = await Promise.all([
      this.paragraphs.paragraphsOf([version.id]),
      this.ownerTitle(document),
      published ? this.repository.disseminationOf([document.id]) : Promise.resolve([]),
    ]);
    // Readers of the published text alone see the institutions it went to, not the experts (as in the API).
    const disseminatedPeople = seesCirculation(access)
      ? dissemination.flatMap((d) => (d.personId ? [d.personId] : []))
      : [];
    const disseminatedOrganizations = dissemination.flatMap((d) => (d.organizationId ? [d.organizationId] : []));
    const names = await this.names(disseminatedPeople, [
      ...disseminatedOrganizations,
      ...paragraphs.flatMap((p) => p.addressees.flatMap((a) => (a.organizationId ? [a.organizationId] : []))),
    ]);

    const draftLine = version.isFinal ? null : `Draft — version ${version.number}, not for circulation`;
    const kindLabel = documentKindLabels[document.kind];
    const recipients = [
      ...disseminatedOrganizations.map(names.organization).sort(byText),
      ...names.peopleInOrder(disseminatedPeople),
    ];
    return {
      document: { id: document.id, title: document.title },
      kindLabel,
      versionNumber: version.number,
      subtitle: [kindLabel, owner, draftLine ?? finalStatus(document, version)].filter(Boolean).join(' · '),
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
          kind: p.kind,
          number: p.number,
          label: p.recommendationNumber ? `Recommendation ${p.recommendationNumber}` : null,
          blocks: richBlocks(p.html),
          note: p.kind === ParagraphKind.RECOMMENDATION && note ? note : null,
        };
      }),
      disseminatedTo: published && recipients.length ? `Disseminated to: ${recipients.join('; ')}` : null,
    };
  }

  /** The compilation of comments and responses of a round (by default the latest), names as the viewer may see them. */
  async commentTable(viewer: Viewer, documentId: string, roundNumber?: number): Promise<CommentTableExport> {
    const { document, access } = await this.documents.get(viewer, documentId);
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
    const [versions, text, comments, allRecipients, committees] = await Promise.all([
      this.repository.versionsOf([document.id]),
      this.paragraphs.paragraphsOf([round.versionId]),
      this.comments.commentsOfRounds([round.id]),
      this.rounds.recipientsOf([round.id]),
      this.rounds.committeesOf(this.rounds.manager, viewer.personId),
    ]);
    const recipients = visibleRecipients(allRecipients, round, access, { personId: viewer.personId, committees });
    // The same placing, and the same rule for names, as the comments the API gives this viewer.
    const placed = placeComments({
      access,
      viewerPersonId: viewer.personId,
      current: text,
      rounds: [{ round, comments: comments.filter((c) => !c.withdrawnAt), text }],
      merged: new Map(),
    });
    const views = text.flatMap((p) => placed.byParagraph.get(p.paragraphId) ?? []);
    const attributed = views.filter((v) => v.attributed).map((v) => v.comment);
    const names = await this.names(
      [...attributed.map((c) => c.authorId), ...recipients.flatMap((r) => (r.personId ? [r.personId] : []))],
      [
        ...attributed.flatMap((c) => (c.speaksForId ? [c.speaksForId] : [])),
        ...recipients.flatMap((r) => (r.organizationId ? [r.organizationId] : [])),
      ],
    );

    const versionNumber = versions.find((v) => v.id === round.versionId)?.number ?? 0;
    const closed = round.status === RoundStatus.CLOSED;
    return {
      document: { id: document.id, title: document.title },
      roundNumber: round.number,
      details: [
        `Round ${round.number} · version ${versionNumber} circulated for comment`,
        closed
          ? `Opened ${formatInstant(round.opensAt)} · closed ${formatInstant(round.closedAt ?? round.closesAt)}`
          : `Open from ${formatInstant(round.opensAt)} until ${formatInstant(round.closesAt)}`,
        `${attributionModeLabels[round.attribution]} round`,
      ],
      responses: recipients
        .map((r) => ({
          organization: !!r.organizationId,
          row: {
            recipient: r.organizationId ? names.organization(r.organizationId) : names.person(r.personId!),
            response: recipientResponseLabels[r.response],
            note: r.responseNote,
            date: r.respondedAt ? formatInstant(r.respondedAt) : '',
          },
        }))
        .sort((a, b) => Number(b.organization) - Number(a.organization) || byText(a.row.recipient, b.row.recipient))
        .map((r) => r.row),
      comments: views.map(({ comment, attributed: named, paragraphThen }) => ({
        paragraphNumber: paragraphThen.number,
        paragraphText: paragraphThen.text,
        kind: commentKindLabels[comment.kind],
        quote: comment.quote,
        body: comment.body,
        by: named
          ? `${names.person(comment.authorId)} (${comment.speaksForId ? names.organization(comment.speaksForId) : 'personal capacity'})`
          : NON_ATTRIBUTED,
        disposition: comment.disposition ? dispositionLabels[comment.disposition] : '—',
        reply: comment.reply,
      })),
    };
  }

  /** What changed between two versions the viewer may see, word by word. */
  async redline(viewer: Viewer, documentId: string, from: number, to: number): Promise<RedlineExport> {
    const { document, access } = await this.documents.get(viewer, documentId);
    const versions = await this.repository.versionsOf([document.id]);
    pickVersion(document, access, versions, from, 'from');
    pickVersion(document, access, versions, to, 'to');
    return {
      document: { id: document.id, title: document.title },
      comparison: await this.documents.compare(viewer, documentId, from, to),
    };
  }

  private async ownerTitle(document: DocumentEntity): Promise<string | null> {
    if (document.studyGroupId) return (await this.studyGroups.findByIds([document.studyGroupId]))[0]?.title ?? null;
    if (document.meetingId) return (await this.meetings.findByIds([document.meetingId]))[0]?.title ?? null;
    return null;
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

function byText(a: string, b: string): number {
  return a.localeCompare(b);
}

/** "Published 14 March 2026", "Approved", "Final text — version 3". */
function finalStatus(document: DocumentEntity, version: DocumentVersionEntity): string {
  if (document.status === DocumentStatus.PUBLISHED && document.publishedAt) {
    return `Published ${formatInstant(document.publishedAt, false)}`;
  }
  if (document.status === DocumentStatus.APPROVED) return 'Approved';
  return `Final text — version ${version.number}`;
}

/** "14 March 2026, 09:00 UTC": rounds belong to no time zone of their own. */
function formatInstant(instant: Date, withTime = true): string {
  const iso = instant.toISOString();
  const date = formatDateRange(iso.slice(0, 10), iso.slice(0, 10));
  return withTime ? `${date}, ${iso.slice(11, 16)} UTC` : date;
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
