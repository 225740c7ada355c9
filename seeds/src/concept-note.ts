import { DocumentKind, DocumentStatus } from '@plenary/shared';
import { insertRows, type DemoDataSet } from './database';
import { incheonDetails } from './meeting-details';
import { meeting } from './meetings';
import { heading, text, versionParagraphRow, type Content } from './memoranda';
import { person } from './people';

const id = (prefix: string, n: number) => `${prefix}-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** Fixed ids, so that seeds are idempotent and tests and docs can name them. */
export const conceptNote = {
  incheon: id('21000000', 1),
} as const;

export const conceptNoteVersion = {
  incheon: id('22000000', 1),
} as const;

/**
 * The concept note with which the ESCAP East and North-East Asia Office invited experts to Incheon, in the
 * office's own voice: why the meeting is held, what it should achieve, whom it brings together and how it is
 * organised.
 */
const paragraphs: Content[] = [
  heading('Background'),
  ...incheonDetails.background.split('\n\n').map((paragraph) => text(`<p>${paragraph}</p>`)),
  heading('Objectives'),
  text(
    '<p>The meeting is to support shared goals for, and approaches to, a new and inclusive multilateralism in ' +
      'North-East Asia. To that end, it will:</p>' +
      `<ol>${incheonDetails.objectives.map((objective) => `<li>${objective}</li>`).join('')}</ol>`,
  ),
  heading('Participants'),
  text(
    '<p>The Office invites experts and officials from subregional and regional organizations (the Trilateral ' +
      'Cooperation Secretariat, the Greater Tumen Initiative, the Shanghai Cooperation Organisation and the ' +
      'Association of North East Asia Regional Governments, as well as ADB, ASEAN and APEC), from national ' +
      'policy institutes and key policy think-tanks of the North-East Asian countries, and from academia ' +
      'working on regional cooperation mechanisms in North-East Asia.</p>',
  ),
  heading('Organization of the meeting'),
  text(
    '<p>The ESCAP East and North-East Asia Office organizes the meeting, with subregional organizations and ' +
      'institutions of North-East Asia, on 4 and 5 December 2019 in Incheon, Republic of Korea. Four sessions ' +
      'set the scene, take stock of functional cooperation, look at the way forward and consider how to support ' +
      'a new and inclusive multilateralism; the agenda sets out each of them.</p>',
  ),
  text(
    '<p>The findings of the meeting will inform the ESCAP study on a new and inclusive multilateralism in ' +
      'North-East Asia, to be presented at a subregional forum in May 2020.</p>',
  ),
  text('<p>For further information, please contact the ESCAP East and North-East Asia Office.</p>'),
];

const paragraphId = (position: number) => id('23000000', position + 1);

/** Written by the Office's programme officer in the weeks before the invitations went out, then finalised. */
export const conceptNoteSet: DemoDataSet = {
  name: 'concept-note',
  version: 1,
  async apply(db) {
    const created = new Date('2019-09-23T01:00:00Z');
    const finalised = new Date('2019-10-14T06:00:00Z');
    await insertRows(db, 'documents', [
      {
        id: conceptNote.incheon,
        kind: DocumentKind.CONCEPT_NOTE,
        title: 'Concept Note: Expert Group Meeting on New and Inclusive Multilateralism in North-East Asia',
        status: DocumentStatus.FINAL,
        study_group_id: null,
        meeting_id: meeting.incheon,
        created_by_id: person.secretariat,
        created_at: created,
        updated_at: finalised,
      },
    ]);
    await insertRows(db, 'document_versions', [
      {
        id: conceptNoteVersion.incheon,
        document_id: conceptNote.incheon,
        number: 1,
        frozen_at: finalised,
        is_final: true,
        created_at: created,
      },
    ]);
    await insertRows(
      db,
      'paragraphs',
      paragraphs.map((_, position) => ({
        id: paragraphId(position),
        document_id: conceptNote.incheon,
        merged_into_id: null,
        created_at: created,
      })),
    );
    await insertRows(
      db,
      'version_paragraphs',
      paragraphs.map((content, position) =>
        versionParagraphRow(
          conceptNoteVersion.incheon,
          position,
          paragraphId(position),
          content,
          1,
          person.secretariat,
          new Date(created.getTime() + position * 86_400_000),
        ),
      ),
      '(version_id, paragraph_id)',
    );
  },
};
