import {
  AddresseeKind,
  AttributionMode,
  CommentKind,
  Disposition,
  DocumentKind,
  DocumentStatus,
  IssueArea,
  ParagraphKind,
  RecipientResponse,
  RoundStatus,
} from '@plenary/shared';
import { insertRows, type DemoDataSet, type SeedDatabase } from './database';
import { guests } from './meeting-details';
import { org } from './organizations';
import { person } from './people';
import { studyGroup } from './study-groups';

const id = (prefix: string, n: number) => `${prefix}-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** Fixed ids, so that seeds are idempotent and tests and docs can name them. */
export const memorandum = {
  governance2011: id('15000000', 1),
} as const;

/** Versions 1 and 2 were circulated (frozen); version 3 is the co-chairs' working copy of version 2. */
export const memorandumVersion = {
  v1: id('16000000', 1),
  v2: id('16000000', 2),
  working: id('16000000', 3),
} as const;

/** Each paragraph's identity, the same in every version it appears in. */
export const memorandumParagraph = {
  introductionHeading: id('17000000', 1),
  studyGroup: id('17000000', 2),
  /** Merged into `studyGroup` in version 2. */
  submission: id('17000000', 3),
  findingsHeading: id('17000000', 4),
  obstacles: id('17000000', 5),
  sixPartyTalks: id('17000000', 6),
  issueSpecific: id('17000000', 7),
  energy: id('17000000', 8),
  nuclearSafety: id('17000000', 9),
  architecture: id('17000000', 10),
  /** Deleted in version 2. */
  trade: id('17000000', 11),
  recommendationsHeading: id('17000000', 12),
  recommendSixPartyTalks: id('17000000', 13),
  recommendEnergy: id('17000000', 14),
  recommendNuclearSafety: id('17000000', 15),
  recommendEnvironment: id('17000000', 16),
  recommendArchitecture: id('17000000', 17),
  recommendTrack2: id('17000000', 18),
  /** New in version 2. */
  recommendMaritime: id('17000000', 19),
} as const;

export const commentRound = {
  /** On version 1: attributed, closed by the co-chair, every comment disposed of. */
  first: id('18000000', 1),
  /** On version 2: non-attributed, open. */
  second: id('18000000', 2),
} as const;

/** The round's number in the hundreds, the recipient's place in the units. */
const recipientIds = (round: number) => ({
  korea: id('19000000', round * 100 + 1),
  china: id('19000000', round * 100 + 2),
  japan: id('19000000', round * 100 + 3),
  russia: id('19000000', round * 100 + 4),
  mongolia: id('19000000', round * 100 + 5),
  canada: id('19000000', round * 100 + 6),
  australia: id('19000000', round * 100 + 7),
  newZealand: id('19000000', round * 100 + 8),
  indonesia: id('19000000', round * 100 + 9),
  /** The expert named in person. */
  expert: id('19000000', round * 100 + 10),
});

export const roundRecipient = {
  first: recipientIds(1),
  second: recipientIds(2),
} as const;

export const comment = {
  // Round 1
  mergeIntroduction: id('1a000000', 101),
  sixPartyTalksBalance: id('1a000000', 102),
  pipelineTransit: id('1a000000', 103),
  energyForum: id('1a000000', 104),
  tradeOutOfScope: id('1a000000', 105),
  tradeWhy: id('1a000000', 106),
  nuclearSafetyMembership: id('1a000000', 107),
  maritimeMissing: id('1a000000', 108),
  sixPartyTalksReservation: id('1a000000', 109),
  outsideObservers: id('1a000000', 110),
  fukushimaReference: id('1a000000', 111),
  // Round 2
  agreedFramework: id('1a000000', 201),
  pipelineRevised: id('1a000000', 202),
  defenceHotlines: id('1a000000', 203),
  eastAsiaSummitMembership: id('1a000000', 204),
} as const;

const guest = (n: number) => guests[n - 1]!.id;
/** The people who comment for their member committees (guests are affiliated with their committee). */
const by = {
  china: guest(17), // 陈明, CSCAP-China
  korea: guest(19), // 정수민, CSCAP-Korea
  russia: guest(20), // Ольга Смирнова, CSCAP-Russia
  mongolia: guest(21), // Tsetseg Bold, CSCAP-Mongolia
  canada: guest(13), // Sarah Whitfield, CSCAP-Canada
  australia: guest(14), // James Harland, CSCAP-Australia
  indonesia: guest(16), // Budi Santoso, CSCAP-Indonesia
  /** Ingrid Olsen (ISDP): an expert from outside the region, named in person and commenting in personal capacity. */
  expert: guest(10),
} as const;

// Text

export type Addressee = { kind: AddresseeKind; organizationId: string | null };

export interface Content {
  kind: ParagraphKind;
  html: string;
  addressees: Addressee[];
  issueAreas: IssueArea[];
}

export const heading = (html: string): Content => ({
  kind: ParagraphKind.HEADING,
  html,
  addressees: [],
  issueAreas: [],
});
export const text = (html: string): Content => ({ kind: ParagraphKind.TEXT, html, addressees: [], issueAreas: [] });
export const recommendation = (html: string, addressees: Addressee[], issueAreas: IssueArea[]): Content => ({
  kind: ParagraphKind.RECOMMENDATION,
  html,
  addressees,
  issueAreas,
});
export const policyMakers: Addressee = { kind: AddresseeKind.POLICY_MAKERS, organizationId: null };
export const institutions: Addressee = { kind: AddresseeKind.INSTITUTIONS, organizationId: null };
export const body = (organizationId: string): Addressee => ({ kind: AddresseeKind.NAMED_BODY, organizationId });

/** The words without markup, as the API derives them: list items on lines of their own, starting "• ". */
export function plainTextOf(html: string): string {
  return html
    .replace(/<li>/g, '\n• ')
    .replace(/<\/(p|li|ul|ol)>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

const P = memorandumParagraph;
const A = IssueArea;

/** Version 1 as the co-chairs circulated it. */
const firstDraft: Record<string, Content> = {
  [P.introductionHeading]: heading('<p>Introduction</p>'),
  [P.studyGroup]: text(
    '<p>The CSCAP Study Group on Multilateral Security Governance in Northeast Asia, co-chaired by CSCAP-Korea and ' +
      'CSCAP-China, met three times: in Seoul in December 2010, in Beijing in May 2011 and in Vladivostok in ' +
      'November 2011. Experts from nine member committees and from outside the region took part. This memorandum ' +
      'sets out what the study group found and what it recommends.</p>',
  ),
  [P.submission]: text(
    '<p>The memorandum is submitted to the CSCAP Steering Committee and offered to the governments and regional ' +
      'institutions concerned.</p>',
  ),
  [P.findingsHeading]: heading('<p>Findings</p>'),
  [P.obstacles]: text(
    '<p>Northeast Asia combines deep economic interdependence with the absence of any standing multilateral ' +
      'framework for its security. Security rests on bilateral alliances and deterrence, while the multilateral ' +
      'processes the region has known – the Four Party Talks, the Korean Peninsula Energy Development ' +
      'Organization, the Six Party Talks and the Trilateral Summit of China, Japan and the Republic of Korea – ' +
      'have been ad hoc and bound to a single issue. Institution building has been held back by unresolved ' +
      'historical and territorial disputes, by rivalry among the major powers and by the nuclear issue on the ' +
      'Korean Peninsula.</p>',
  ),
  [P.sixPartyTalks]: text(
    '<p>The Six Party Talks remain the only forum in which all the parties concerned with the Korean Peninsula ' +
      'meet. Assessments of their record differed within the study group: some stressed the understandings ' +
      'reached since 2003, others doubted that the Talks in their present form can achieve denuclearization. ' +
      'There was wide agreement that, once reconvened, the Talks would gain from a <em>comprehensive and ' +
      'packaged</em> approach rather than an excessively gradual one.</p>',
  ),
  [P.issueSpecific]: text(
    '<p>Issue-specific cooperation offers a more promising route. Energy, nuclear safety and the environment are ' +
      'fields in which every country of the subregion has a stake, in which the costs of failing to cooperate are ' +
      'shared, and in which habits of working together can be formed without first settling the questions that ' +
      'divide the region.</p>',
  ),
  [P.energy]: text(
    '<p>A multilateral energy regime, conceived as an international public good whose benefits are shared among ' +
      'the economies of the region on an equal and stable basis, would make energy security part of the human ' +
      'security of the region. Cross-border projects such as the proposed gas pipeline through the Korean ' +
      'Peninsula could contribute to confidence building, but they raise questions of transit revenue and of ' +
      'their relationship to the denuclearization process that would need to be addressed openly.</p>',
  ),
  [P.nuclearSafety]: text(
    '<p>The accident at the Fukushima Daiichi nuclear power station in March 2011 showed that the consequences of ' +
      'a nuclear accident do not stop at national borders. The commitment of the Trilateral Summit to cooperation ' +
      'on nuclear safety is a foundation on which a wider regional mechanism, contributing to the transparency of ' +
      'nuclear activities, could be built.</p>',
  ),
  [P.architecture]: text(
    '<p>Arrangements in Northeast Asia do not stand alone. The expanded East Asia Summit could become an ' +
      '<em>umbrella</em> under which regional and subregional institutions coordinate their activities, including ' +
      'those concerning Northeast Asia, and the ASEAN Regional Forum offers experience of confidence building and ' +
      'preventive diplomacy from which the subregion can draw.</p>',
  ),
  [P.trade]: text(
    '<p>The negotiations on a Trans-Pacific Partnership and the proposals for a free trade agreement among China, ' +
      'Japan and the Republic of Korea will shape economic interaction in the region. The study group did not ' +
      'reach a common view on their consequences for security cooperation.</p>',
  ),
  [P.recommendationsHeading]: heading('<p>Recommendations</p>'),
  [P.recommendSixPartyTalks]: recommendation(
    '<p>The parties to the Six Party Talks should resume them without further delay and, once they resume, widen ' +
      'their agenda to include economic and energy cooperation with the Democratic People’s Republic of Korea as ' +
      'part of a comprehensive approach to denuclearization.</p>',
    [policyMakers],
    [A.DENUCLEARIZATION, A.CONFIDENCE_BUILDING],
  ),
  [P.recommendEnergy]: recommendation(
    '<p>Governments of the subregion should open consultations on a multilateral energy regime for Northeast Asia, ' +
      'beginning with the exchange of information on supply, demand and infrastructure plans and with joint ' +
      'studies of cross-border gas and electricity connections.</p>',
    [policyMakers],
    [A.ENERGY, A.CONFIDENCE_BUILDING],
  ),
  [P.recommendNuclearSafety]: recommendation(
    '<p>China, Japan and the Republic of Korea should build on the Trilateral Summit to establish a regional ' +
      'mechanism for cooperation on nuclear safety, covering:</p>' +
      '<ul><li>early notification of nuclear accidents and mutual assistance;</li>' +
      '<li>exchange of information on the safety of nuclear installations;</li>' +
      '<li>joint exercises in emergency preparedness,</li></ul>' +
      '<p>and should open it in time to the other countries of the subregion.</p>',
    [policyMakers, body(org.tcs)],
    [A.NUCLEAR_SAFETY, A.DISASTER_RISK],
  ),
  [P.recommendEnvironment]: recommendation(
    '<p>Environmental cooperation – on transboundary air pollution, the marine environment and natural disasters – ' +
      'should be developed through the existing subregional programmes, including those supported by the ESCAP ' +
      'East and North-East Asia Office, as a field in which all the countries of the region can form habits of ' +
      'cooperation.</p>',
    [institutions, body(org.escapEnea)],
    [A.ENVIRONMENT, A.DISASTER_RISK],
  ),
  [P.recommendArchitecture]: recommendation(
    '<p>Processes concerning Northeast Asia, including the Six Party Talks, should be linked to the East Asia Summit ' +
      'and the ASEAN Regional Forum, so that the norms and rules agreed in the wider region inform cooperation in ' +
      'the subregion.</p>',
    [policyMakers, body(org.asean)],
    [A.INSTITUTION_BUILDING, A.CONFIDENCE_BUILDING],
  ),
  [P.recommendTrack2]: recommendation(
    '<p>CSCAP and its member committees should sustain track 2 dialogue on institution building in Northeast Asia, ' +
      'including through a follow-on study group, and report on it to the CSCAP Steering Committee.</p>',
    [institutions, body(org.cscap)],
    [A.INSTITUTION_BUILDING],
  ),
};

/** What the co-chairs changed in answer to the first round. */
const revisions: Record<string, Content> = {
  [P.studyGroup]: text(
    '<p>The CSCAP Study Group on Multilateral Security Governance in Northeast Asia, co-chaired by CSCAP-Korea and ' +
      'CSCAP-China, met three times: in Seoul in December 2010, in Beijing in May 2011 and in Vladivostok in ' +
      'November 2011. Experts from nine member committees and from outside the region took part. This memorandum ' +
      'sets out what the study group found and what it recommends. It is submitted to the CSCAP Steering ' +
      'Committee and offered to the governments and regional institutions concerned.</p>',
  ),
  [P.sixPartyTalks]: text(
    '<p>The Six Party Talks remain the agreed framework, and the only forum in which all the parties concerned with ' +
      'the Korean Peninsula meet; the parties are consulting on their resumption. Assessments of their record ' +
      'differed within the study group: some stressed the understandings reached since 2003, others questioned ' +
      'whether the Talks can achieve denuclearization without a change in their modality. There was wide ' +
      'agreement that, once reconvened, the Talks would gain from a <em>comprehensive and packaged</em> approach ' +
      'rather than an excessively gradual one.</p>',
  ),
  [P.energy]: text(
    '<p>A multilateral energy regime, conceived as an international public good whose benefits are shared among ' +
      'the economies of the region on an equal and stable basis, would make energy security part of the human ' +
      'security of the region. Cross-border projects such as the proposed gas pipeline through the Korean ' +
      'Peninsula could contribute to confidence building among the parties concerned. Views differed on whether ' +
      'such projects should be linked to progress in the Six Party Talks; the use of transit revenue would need ' +
      'to be transparent to all the parties.</p>',
  ),
  [P.recommendSixPartyTalks]: recommendation(
    '<p>The parties to the Six Party Talks should resume them without further delay and, once they resume, widen ' +
      'their agenda, in step with concrete progress towards denuclearization, to include economic and energy ' +
      'cooperation with the Democratic People’s Republic of Korea as part of a comprehensive approach.</p>',
    [policyMakers],
    [A.DENUCLEARIZATION, A.CONFIDENCE_BUILDING],
  ),
  [P.recommendEnergy]: recommendation(
    '<p>Governments of the subregion should open consultations on a multilateral energy regime for Northeast Asia, ' +
      'taking the energy cooperation of the Greater Tumen Initiative as a starting point, and beginning with the ' +
      'exchange of information on supply, demand and infrastructure plans and with joint studies of cross-border ' +
      'gas and electricity connections.</p>',
    [policyMakers, body(org.gti)],
    [A.ENERGY, A.CONFIDENCE_BUILDING],
  ),
  [P.recommendNuclearSafety]: recommendation(
    '<p>China, Japan and the Republic of Korea should build on the Trilateral Summit to establish a regional ' +
      'mechanism for cooperation on nuclear safety, covering:</p>' +
      '<ul><li>early notification of nuclear accidents and mutual assistance;</li>' +
      '<li>exchange of information on the safety of nuclear installations;</li>' +
      '<li>radiation monitoring and the sharing of its data;</li>' +
      '<li>joint exercises in emergency preparedness,</li></ul>' +
      '<p>and should open it from the outset to the other countries of the subregion.</p>',
    [policyMakers, body(org.tcs)],
    [A.NUCLEAR_SAFETY, A.DISASTER_RISK],
  ),
  [P.recommendMaritime]: recommendation(
    '<p>Governments of the subregion should agree on confidence-building measures at sea, including communication ' +
      'links between their maritime authorities and common rules for unplanned encounters, drawing on the ' +
      'experience of the ASEAN Regional Forum.</p>',
    [policyMakers, body(org.asean)],
    [A.MARITIME_SECURITY, A.CONFIDENCE_BUILDING],
  ),
};

const firstOrder = [
  P.introductionHeading,
  P.studyGroup,
  P.submission,
  P.findingsHeading,
  P.obstacles,
  P.sixPartyTalks,
  P.issueSpecific,
  P.energy,
  P.nuclearSafety,
  P.architecture,
  P.trade,
  P.recommendationsHeading,
  P.recommendSixPartyTalks,
  P.recommendEnergy,
  P.recommendNuclearSafety,
  P.recommendEnvironment,
  P.recommendArchitecture,
  P.recommendTrack2,
];

/** Version 2: the introduction merged, the trade paragraph deleted, a recommendation on maritime security added. */
const secondOrder = [
  P.introductionHeading,
  P.studyGroup,
  P.findingsHeading,
  P.obstacles,
  P.sixPartyTalks,
  P.issueSpecific,
  P.energy,
  P.nuclearSafety,
  P.architecture,
  P.recommendationsHeading,
  P.recommendSixPartyTalks,
  P.recommendEnergy,
  P.recommendNuclearSafety,
  P.recommendEnvironment,
  P.recommendArchitecture,
  P.recommendMaritime,
  P.recommendTrack2,
];

/** Saves in version 2 of the paragraphs the co-chairs revised: who saved last, how many saves, on which day. */
const revisedBy: Record<string, { by: string; saves: number; day: number }> = {
  // Merged with the next paragraph (one save), then tidied into one paragraph (a second).
  [P.studyGroup]: { by: person.coChair, saves: 2, day: -37 },
  [P.sixPartyTalks]: { by: person.coChairChina, saves: 3, day: -30 },
  [P.energy]: { by: person.coChairChina, saves: 2, day: -29 },
  [P.recommendSixPartyTalks]: { by: person.coChair, saves: 2, day: -24 },
  [P.recommendEnergy]: { by: person.coChair, saves: 1, day: -27 },
  [P.recommendNuclearSafety]: { by: person.coChair, saves: 1, day: -26 },
  [P.recommendMaritime]: { by: person.coChair, saves: 0, day: -36 },
};

// Time: the story is told relative to the moment the seed runs, so the second round is open now.

const day = 24 * 60 * 60 * 1000;

/** `days` from now (negative: ago), at a whole UTC hour. */
export function at(now: Date, days: number, utcHour: number): Date {
  const d = new Date(now.getTime() + days * day);
  d.setUTCHours(utcHour, 0, 0, 0);
  return d;
}

/** "Friday 14 March 2031", the day a round closes at 24:00 Seoul time (15:00 UTC). */
function closingDay(closesAt: Date): string {
  return closesAt.toLocaleDateString('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

function timeline(now: Date) {
  return {
    created: at(now, -96, 1),
    firstOpens: at(now, -70, 1),
    firstCloses: at(now, -42, 15),
    // A day before the deadline, once all but one of the recipients had answered.
    firstClosed: at(now, -43, 8),
    secondOpens: at(now, -3, 1),
    // About three weeks from now, at midnight in Seoul.
    secondCloses: at(now, 21, 15),
  };
}

// Rows

interface CommentSeed {
  id: string;
  round: 1 | 2;
  paragraphId: string;
  quote: string | null;
  kind: CommentKind;
  body: string;
  authorId: string;
  speaksForId: string | null;
  /** Days from now (negative) and UTC hour. */
  posted: [number, number];
  disposition?: {
    value: Disposition;
    reply: string;
    answeredById: string | null;
    by: string;
    on: [number, number];
  };
}

const D = Disposition;
const K = CommentKind;

const commentSeeds: CommentSeed[] = [
  {
    id: comment.mergeIntroduction,
    round: 1,
    paragraphId: P.submission,
    quote: null,
    kind: K.EDITORIAL,
    body: 'Paragraphs 1 and 2 could be merged: the second sentence does not stand on its own as a paragraph.',
    authorId: person.focalPoint,
    speaksForId: org.cscapJapan,
    posted: [-66, 2],
    disposition: {
      value: D.ACCEPTED,
      reply: 'Merged into paragraph 1.',
      answeredById: P.studyGroup,
      by: person.coChair,
      on: [-38, 5],
    },
  },
  {
    id: comment.sixPartyTalksBalance,
    round: 1,
    paragraphId: P.sixPartyTalks,
    quote: 'others doubted that the Talks in their present form can achieve denuclearization',
    kind: K.SUBSTANTIVE,
    body:
      'The paragraph gives the sceptical view more weight than it had in the discussion. It should record that the ' +
      'Talks remain the agreed framework and that the parties are consulting on their resumption.',
    authorId: by.china,
    speaksForId: org.cscapChina,
    posted: [-63, 7],
    disposition: {
      value: D.ACCEPTED_IN_PART,
      reply:
        'The paragraph now records that the Talks remain the agreed framework and that the parties are consulting ' +
        'on their resumption. The differing assessments are kept, as the meeting report records them, in more ' +
        'neutral words.',
      answeredById: P.sixPartyTalks,
      by: person.coChairChina,
      on: [-36, 6],
    },
  },
  {
    id: comment.pipelineTransit,
    round: 1,
    paragraphId: P.energy,
    quote: 'raise questions of transit revenue',
    kind: K.SUBSTANTIVE,
    body:
      'The reference to transit revenue suggests a concern that was not shared by the study group as a whole. The ' +
      'pipeline should be presented as a confidence-building project in its own right, not as one conditional on ' +
      'the denuclearization process.',
    authorId: by.russia,
    speaksForId: org.cscapRussia,
    posted: [-60, 4],
    disposition: {
      value: D.ACCEPTED_IN_PART,
      reply:
        'The paragraph now presents the pipeline as a contribution to confidence building and records that views ' +
        'differed on linking it to the Six Party Talks. The point on transit revenue is kept in neutral terms: ' +
        'transparency to all the parties.',
      answeredById: P.energy,
      by: person.coChairChina,
      on: [-36, 7],
    },
  },
  {
    id: comment.energyForum,
    round: 1,
    paragraphId: P.recommendEnergy,
    quote: null,
    kind: K.SUBSTANTIVE,
    body:
      'The recommendation should say where consultations could begin. The Greater Tumen Initiative already brings ' +
      'several countries of the subregion together on energy and would be a natural starting point.',
    authorId: person.expert,
    speaksForId: org.cscapRussia,
    posted: [-58, 6],
    disposition: {
      value: D.ACCEPTED,
      reply: 'The Greater Tumen Initiative is now named as the starting point, and addressed.',
      answeredById: P.recommendEnergy,
      by: person.coChair,
      on: [-35, 2],
    },
  },
  {
    id: comment.tradeOutOfScope,
    round: 1,
    paragraphId: P.trade,
    quote: null,
    kind: K.GENERAL,
    body:
      'This paragraph records no finding and lies outside the study group’s subject, security governance. We ' +
      'suggest deleting it.',
    authorId: by.canada,
    speaksForId: org.cscapCanada,
    posted: [-55, 14],
    disposition: {
      value: D.ACCEPTED,
      reply: 'Deleted.',
      answeredById: null,
      by: person.coChair,
      on: [-38, 6],
    },
  },
  {
    id: comment.tradeWhy,
    round: 1,
    paragraphId: P.trade,
    quote: 'The study group did not reach a common view',
    kind: K.SUBSTANTIVE,
    body:
      'If the paragraph is kept, it should say why trade arrangements matter for security cooperation, for ' +
      'instance through the gaps they may open between the economies of the subregion.',
    authorId: by.australia,
    speaksForId: org.cscapAustralia,
    posted: [-52, 22],
    disposition: {
      value: D.NOTED,
      reply:
        'The paragraph has been deleted (see the comment of CSCAP-Canada). The question could be taken up by a ' +
        'follow-on study group.',
      answeredById: null,
      by: person.coChair,
      on: [-38, 6],
    },
  },
  {
    id: comment.nuclearSafetyMembership,
    round: 1,
    paragraphId: P.recommendNuclearSafety,
    quote: 'open it in time to the other countries of the subregion',
    kind: K.SUBSTANTIVE,
    body:
      'A regional mechanism on nuclear safety concerns every country downwind and downstream. It should be open to ' +
      'the other countries of the subregion from the start, and cover radiation monitoring.',
    authorId: by.mongolia,
    speaksForId: org.cscapMongolia,
    posted: [-50, 3],
    disposition: {
      value: D.ACCEPTED_IN_PART,
      reply:
        'The mechanism is now to be open from the outset, and radiation monitoring has been added. The Trilateral ' +
        'Summit remains the starting point, as the commitment that already exists.',
      answeredById: P.recommendNuclearSafety,
      by: person.coChair,
      on: [-34, 3],
    },
  },
  {
    id: comment.maritimeMissing,
    round: 1,
    paragraphId: P.recommendArchitecture,
    quote: null,
    kind: K.SUBSTANTIVE,
    body:
      'Maritime security is missing from the recommendations, although incidents at sea are among the likeliest ' +
      'sources of a crisis in the region. The experience of the ASEAN Regional Forum with confidence-building ' +
      'measures at sea is relevant here.',
    authorId: by.indonesia,
    speaksForId: org.cscapIndonesia,
    posted: [-49, 5],
    disposition: {
      value: D.ACCEPTED,
      reply: 'A new recommendation on confidence-building measures at sea has been added (Recommendation 6).',
      answeredById: P.recommendMaritime,
      by: person.coChair,
      on: [-33, 4],
    },
  },
  {
    id: comment.sixPartyTalksReservation,
    round: 1,
    paragraphId: P.recommendSixPartyTalks,
    quote: 'widen their agenda to include economic and energy cooperation',
    kind: K.RESERVATION,
    body:
      'CSCAP-Japan cannot support widening the agenda of the Talks before the Democratic People’s Republic of Korea ' +
      'takes concrete steps towards denuclearization. Economic cooperation should follow such steps, not precede ' +
      'them.',
    authorId: person.focalPoint,
    speaksForId: org.cscapJapan,
    posted: [-47, 1],
    disposition: {
      value: D.ACCEPTED_IN_PART,
      reply:
        'The recommendation now ties the wider agenda to concrete progress towards denuclearization. The co-chairs ' +
        'keep the wider agenda itself, which most of the study group supported.',
      answeredById: P.recommendSixPartyTalks,
      by: person.coChair,
      on: [-32, 2],
    },
  },
  {
    id: comment.outsideObservers,
    round: 1,
    paragraphId: P.recommendTrack2,
    quote: null,
    kind: K.GENERAL,
    body:
      'The memorandum might add that track 2 meetings on Northeast Asia should include participants from outside ' +
      'the region as a matter of course: neutral observers make the discussion more truly multilateral.',
    authorId: by.expert,
    speaksForId: null,
    posted: [-46, 9],
    disposition: {
      value: D.NOTED,
      reply:
        'The co-chairs agree, and leave the point to the design of the follow-on study group that the ' +
        'recommendation invites.',
      answeredById: null,
      by: person.coChair,
      on: [-32, 3],
    },
  },
  {
    id: comment.fukushimaReference,
    round: 1,
    paragraphId: P.nuclearSafety,
    quote: 'The accident at the Fukushima Daiichi nuclear power station in March 2011',
    kind: K.EDITORIAL,
    body: 'We suggest referring to nuclear accidents in general rather than singling out one.',
    authorId: by.china,
    speaksForId: org.cscapChina,
    posted: [-45, 6],
    disposition: {
      value: D.NOT_ACCEPTED,
      reply:
        'The reference is kept: the accident is the occasion on which the Trilateral Summit took up nuclear safety, ' +
        'and the paragraph assigns no responsibility for it.',
      answeredById: null,
      by: person.coChairChina,
      on: [-35, 5],
    },
  },
  // Round 2: non-attributed, open, nothing disposed of yet.
  {
    id: comment.agreedFramework,
    round: 2,
    paragraphId: P.sixPartyTalks,
    quote: 'the agreed framework',
    kind: K.EDITORIAL,
    body:
      'Suggest “the agreed framework for the denuclearization of the Korean Peninsula”, the wording the parties ' +
      'themselves use.',
    authorId: by.china,
    speaksForId: org.cscapChina,
    posted: [-2, 2],
  },
  {
    id: comment.pipelineRevised,
    round: 2,
    paragraphId: P.energy,
    quote: null,
    kind: K.GENERAL,
    body: 'The revised paragraph reflects the discussion in Vladivostok fairly. No further comments on it.',
    authorId: person.expert,
    speaksForId: org.cscapRussia,
    posted: [-2, 6],
  },
  {
    id: comment.defenceHotlines,
    round: 2,
    paragraphId: P.recommendMaritime,
    quote: 'communication links between their maritime authorities',
    kind: K.SUBSTANTIVE,
    body:
      'The recommendation could also mention communication links between defence establishments, so that ' +
      'incidents involving naval vessels are covered and not only those involving coast guards.',
    authorId: by.canada,
    speaksForId: org.cscapCanada,
    posted: [-1, 14],
  },
  {
    id: comment.eastAsiaSummitMembership,
    round: 2,
    paragraphId: P.recommendArchitecture,
    quote: 'linked to the East Asia Summit',
    kind: K.SUBSTANTIVE,
    body:
      'The Democratic People’s Republic of Korea does not take part in the East Asia Summit. The recommendation ' +
      'should say how it would be associated with the norms and rules agreed there.',
    authorId: by.expert,
    speaksForId: null,
    posted: [-1, 20],
  },
];

interface RecipientSeed {
  id: string;
  organizationId: string | null;
  personId: string | null;
  response: RecipientResponse;
  note?: string;
  respondedBy?: string;
  on?: [number, number];
}

const R = RecipientResponse;
const first = roundRecipient.first;
const second = roundRecipient.second;

const recipients: Record<1 | 2, RecipientSeed[]> = {
  1: [
    {
      id: first.korea,
      organizationId: org.cscapKorea,
      personId: null,
      response: R.NO_COMMENTS,
      respondedBy: by.korea,
      on: [-61, 1],
    },
    {
      id: first.china,
      organizationId: org.cscapChina,
      personId: null,
      response: R.COMMENTED,
      respondedBy: by.china,
      on: [-63, 7],
    },
    {
      id: first.japan,
      organizationId: org.cscapJapan,
      personId: null,
      response: R.ENDORSED_WITH_RESERVATION,
      note: 'CSCAP-Japan endorses the draft, subject to its reservation on Recommendation 1.',
      respondedBy: person.focalPoint,
      on: [-47, 1],
    },
    {
      id: first.russia,
      organizationId: org.cscapRussia,
      personId: null,
      response: R.COMMENTED,
      respondedBy: by.russia,
      on: [-60, 4],
    },
    {
      id: first.mongolia,
      organizationId: org.cscapMongolia,
      personId: null,
      response: R.COMMENTED,
      respondedBy: by.mongolia,
      on: [-50, 3],
    },
    {
      id: first.canada,
      organizationId: org.cscapCanada,
      personId: null,
      response: R.COMMENTED,
      respondedBy: by.canada,
      on: [-55, 14],
    },
    {
      id: first.australia,
      organizationId: org.cscapAustralia,
      personId: null,
      response: R.ENDORSED,
      note: 'Endorsed; our comment on paragraph 9 stands.',
      respondedBy: by.australia,
      on: [-52, 23],
    },
    // CSCAP-New Zealand never answered the first round.
    { id: first.newZealand, organizationId: org.cscapNewZealand, personId: null, response: R.NOT_YET },
    {
      id: first.indonesia,
      organizationId: org.cscapIndonesia,
      personId: null,
      response: R.COMMENTED,
      respondedBy: by.indonesia,
      on: [-49, 5],
    },
    {
      id: first.expert,
      organizationId: null,
      personId: by.expert,
      response: R.COMMENTED,
      respondedBy: by.expert,
      on: [-46, 9],
    },
  ],
  2: [
    { id: second.korea, organizationId: org.cscapKorea, personId: null, response: R.NOT_YET },
    {
      id: second.china,
      organizationId: org.cscapChina,
      personId: null,
      response: R.COMMENTED,
      respondedBy: by.china,
      on: [-2, 2],
    },
    // CSCAP-Japan's focal point (the demo account) has yet to answer.
    { id: second.japan, organizationId: org.cscapJapan, personId: null, response: R.NOT_YET },
    {
      id: second.russia,
      organizationId: org.cscapRussia,
      personId: null,
      response: R.ENDORSED,
      note: 'CSCAP-Russia endorses version 2.',
      respondedBy: person.expert,
      on: [-2, 7],
    },
    {
      id: second.mongolia,
      organizationId: org.cscapMongolia,
      personId: null,
      response: R.NO_COMMENTS,
      respondedBy: by.mongolia,
      on: [-1, 4],
    },
    {
      id: second.canada,
      organizationId: org.cscapCanada,
      personId: null,
      response: R.COMMENTED,
      respondedBy: by.canada,
      on: [-1, 14],
    },
    { id: second.australia, organizationId: org.cscapAustralia, personId: null, response: R.NOT_YET },
    { id: second.newZealand, organizationId: org.cscapNewZealand, personId: null, response: R.NOT_YET },
    { id: second.indonesia, organizationId: org.cscapIndonesia, personId: null, response: R.NOT_YET },
    {
      id: second.expert,
      organizationId: null,
      personId: by.expert,
      response: R.COMMENTED,
      respondedBy: by.expert,
      on: [-1, 20],
    },
  ],
};

export function versionParagraphRow(
  versionId: string,
  position: number,
  paragraphId: string,
  content: Content,
  revision: number,
  updatedById: string,
  updatedAt: Date,
) {
  return {
    version_id: versionId,
    paragraph_id: paragraphId,
    position,
    kind: content.kind,
    html: content.html,
    text: plainTextOf(content.html),
    addressees: JSON.stringify(content.addressees),
    issue_areas: content.issueAreas,
    revision,
    updated_by_id: updatedById,
    updated_at: updatedAt,
  };
}

/** Every row of the memorandum, its versions, rounds and comments, dated relative to `now`. */
export function memorandumRows(now: Date) {
  const t = timeline(now);
  const when = ([days, hour]: [number, number]) => at(now, days, hour);
  const M = memorandum.governance2011;

  const documents = [
    {
      id: M,
      kind: DocumentKind.MEMORANDUM,
      title: 'CSCAP Memorandum: Towards Multilateral Security Governance in Northeast Asia',
      status: DocumentStatus.IN_COMMENT_ROUND,
      study_group_id: studyGroup.governance2011,
      meeting_id: null,
      created_by_id: person.coChair,
      created_at: t.created,
      updated_at: t.secondOpens,
    },
  ];

  // Circulating freezes the working version and starts the next one as its copy.
  const versions = [
    { id: memorandumVersion.v1, document_id: M, number: 1, frozen_at: t.firstOpens, created_at: t.created },
    { id: memorandumVersion.v2, document_id: M, number: 2, frozen_at: t.secondOpens, created_at: t.firstOpens },
    { id: memorandumVersion.working, document_id: M, number: 3, frozen_at: null, created_at: t.secondOpens },
  ];

  const paragraphs = Object.values(memorandumParagraph).map((paragraphId) => ({
    id: paragraphId,
    document_id: M,
    merged_into_id: paragraphId === P.submission ? P.studyGroup : null,
    created_at: paragraphId === P.recommendMaritime ? when([revisedBy[paragraphId]!.day, 3]) : t.created,
  }));

  // Version 1, drafted by the two co-chairs over the weeks after the memorandum was started.
  const v1 = firstOrder.map((paragraphId, position) =>
    versionParagraphRow(
      memorandumVersion.v1,
      position,
      paragraphId,
      firstDraft[paragraphId]!,
      1 + (position % 3),
      position % 2 === 0 ? person.coChair : person.coChairChina,
      at(now, -95 + position, 6),
    ),
  );
  const v1ByParagraph = new Map(v1.map((row) => [row.paragraph_id, row]));
  // Version 2: the copy of version 1, revised after the first round.
  const v2 = secondOrder.map((paragraphId, position) => {
    const revised = revisedBy[paragraphId];
    const copied = v1ByParagraph.get(paragraphId);
    if (!revised) {
      return { ...copied!, version_id: memorandumVersion.v2, position, revision: 1, updated_at: t.firstOpens };
    }
    return versionParagraphRow(
      memorandumVersion.v2,
      position,
      paragraphId,
      revisions[paragraphId]!,
      1 + revised.saves,
      revised.by,
      when([revised.day, 5]),
    );
  });
  // Version 3: the working copy of version 2.
  const v3 = v2.map((row) => ({
    ...row,
    version_id: memorandumVersion.working,
    revision: 1,
    updated_at: t.secondOpens,
  }));

  const instructions = {
    1:
      `Please send comments by ${closingDay(t.firstCloses)}, 24:00 Seoul time. Comment paragraph by paragraph ` +
      'and say for which committee you speak; editorial suggestions may be marked in the text by quoting the ' +
      'words concerned. Committees with no comments are asked to say so, and to state whether they endorse the ' +
      'draft. This round is attributed: comments are shown with their authors.',
    2:
      'Version 2 takes account of the comments on version 1; the co-chairs’ disposition of each is shown with it. ' +
      `Please send any further comments by ${closingDay(t.secondCloses)}, 24:00 Seoul time. Editorial suggestions ` +
      'may be marked in the text by quoting the words concerned. This round is non-attributed: other recipients ' +
      'see comments without names. Please state whether your committee endorses the revised text.',
  };

  const rounds = [
    {
      id: commentRound.first,
      document_id: M,
      version_id: memorandumVersion.v1,
      number: 1,
      opens_at: t.firstOpens,
      closes_at: t.firstCloses,
      instructions: instructions[1],
      attribution: AttributionMode.ATTRIBUTED,
      status: RoundStatus.CLOSED,
      closed_at: t.firstClosed,
      closed_by_id: person.coChair,
      created_at: t.firstOpens,
    },
    {
      id: commentRound.second,
      document_id: M,
      version_id: memorandumVersion.v2,
      number: 2,
      opens_at: t.secondOpens,
      closes_at: t.secondCloses,
      instructions: instructions[2],
      attribution: AttributionMode.NON_ATTRIBUTED,
      status: RoundStatus.OPEN,
      closed_at: null,
      closed_by_id: null,
      created_at: t.secondOpens,
    },
  ];

  const recipientRows = ([1, 2] as const).flatMap((round) =>
    recipients[round].map((r) => ({
      id: r.id,
      round_id: round === 1 ? commentRound.first : commentRound.second,
      organization_id: r.organizationId,
      person_id: r.personId,
      response: r.response,
      response_note: r.note ?? '',
      responded_by_id: r.respondedBy ?? null,
      responded_at: r.on ? when(r.on) : null,
    })),
  );

  const commentRows = commentSeeds.map((c) => {
    const posted = when(c.posted);
    return {
      id: c.id,
      round_id: c.round === 1 ? commentRound.first : commentRound.second,
      paragraph_id: c.paragraphId,
      quote: c.quote,
      kind: c.kind,
      body: c.body,
      author_id: c.authorId,
      speaks_for_id: c.speaksForId,
      withdrawn_at: null,
      disposition: c.disposition?.value ?? null,
      reply: c.disposition?.reply ?? '',
      answered_by_id: c.disposition?.answeredById ?? null,
      disposed_by_id: c.disposition?.by ?? null,
      disposed_at: c.disposition ? when(c.disposition.on) : null,
      created_at: posted,
      updated_at: c.disposition ? when(c.disposition.on) : posted,
    };
  });

  // What version 2 changed, paragraph by paragraph identity, as circulating it records.
  const v2ByParagraph = new Map(v2.map((row) => [row.paragraph_id, row]));
  const differs = (a: (typeof v1)[number], b: (typeof v1)[number]) =>
    a.html !== b.html ||
    a.kind !== b.kind ||
    JSON.stringify(a.addressees) !== JSON.stringify(b.addressees) ||
    JSON.stringify(a.issue_areas) !== JSON.stringify(b.issue_areas);
  const changes = {
    changed: v2.filter(
      (row) => v1ByParagraph.has(row.paragraph_id) && differs(v1ByParagraph.get(row.paragraph_id)!, row),
    ).length,
    added: v2.filter((row) => !v1ByParagraph.has(row.paragraph_id)).length,
    removed: v1.filter((row) => !v2ByParagraph.has(row.paragraph_id)).length,
  };

  // The co-chairs answered round 1 over several sittings: one audited step for each.
  const sittings = new Map<string, { by: string; on: [number, number]; dispositions: Disposition[] }>();
  for (const c of commentSeeds) {
    if (c.round !== 1 || !c.disposition) continue;
    const key = `${c.disposition.by}:${c.disposition.on[0]}`;
    const sitting = sittings.get(key) ?? { by: c.disposition.by, on: c.disposition.on, dispositions: [] };
    sitting.dispositions.push(c.disposition.value);
    sittings.set(key, sitting);
  }
  const disposed = [...sittings.values()]
    .sort((a, b) => when(a.on).getTime() - when(b.on).getTime())
    .map((sitting) => ({
      object_type: 'DOCUMENT',
      object_id: M,
      action: 'comments.disposed',
      from: null,
      to: null,
      data: {
        count: sitting.dispositions.length,
        disposition: new Set(sitting.dispositions).size === 1 ? sitting.dispositions[0] : null,
        round: 1,
      },
      at: when(sitting.on),
      actor: sitting.by,
    }));

  /** The workflow steps a real run would have audited, oldest first, each by the co-chair who took it. */
  const history = [
    {
      object_type: 'DOCUMENT',
      object_id: M,
      action: 'document.created',
      from: null,
      to: DocumentStatus.DRAFTING,
      data: {},
      at: t.created,
      actor: person.coChair,
    },
    {
      object_type: 'COMMENT_ROUND',
      object_id: commentRound.first,
      action: 'round.opened',
      from: null,
      to: RoundStatus.OPEN,
      data: { documentId: M, version: 1, round: 1, changes: null },
      at: t.firstOpens,
      actor: person.coChair,
    },
    {
      object_type: 'DOCUMENT',
      object_id: M,
      action: 'document.status_changed',
      from: DocumentStatus.DRAFTING,
      to: DocumentStatus.IN_COMMENT_ROUND,
      data: {},
      at: t.firstOpens,
      actor: person.coChair,
    },
    {
      object_type: 'COMMENT_ROUND',
      object_id: commentRound.first,
      action: 'round.closed',
      from: RoundStatus.OPEN,
      to: RoundStatus.CLOSED,
      data: { documentId: M },
      at: t.firstClosed,
      actor: person.coChair,
    },
    {
      object_type: 'DOCUMENT',
      object_id: M,
      action: 'document.status_changed',
      from: DocumentStatus.IN_COMMENT_ROUND,
      to: DocumentStatus.REVISING,
      data: {},
      at: t.firstClosed,
      actor: person.coChair,
    },
    ...disposed,
    {
      object_type: 'COMMENT_ROUND',
      object_id: commentRound.second,
      action: 'round.opened',
      from: null,
      to: RoundStatus.OPEN,
      data: { documentId: M, version: 2, round: 2, changes },
      at: t.secondOpens,
      actor: person.coChair,
    },
    {
      object_type: 'DOCUMENT',
      object_id: M,
      action: 'document.status_changed',
      from: DocumentStatus.REVISING,
      to: DocumentStatus.IN_COMMENT_ROUND,
      data: {},
      at: t.secondOpens,
      actor: person.coChair,
    },
  ];

  return {
    documents,
    versions,
    paragraphs,
    versionParagraphs: [...v1, ...v2, ...v3],
    rounds,
    recipients: recipientRows,
    comments: commentRows,
    history,
  };
}

async function recordHistory(db: SeedDatabase, history: ReturnType<typeof memorandumRows>['history']) {
  // Audit events are append-only and have no fixed ids: write the history once, whatever happens to the document.
  const existing = (await db.query(
    `SELECT 1 FROM audit_events WHERE object_type = 'DOCUMENT' AND object_id = $1 AND action = 'document.created'`,
    [memorandum.governance2011],
  )) as unknown[];
  if (existing.length > 0) return;
  for (const event of history) {
    await db.query(
      `INSERT INTO audit_events (actor_user_id, object_type, object_id, action, from_state, to_state, data, at)
       VALUES ((SELECT id FROM users WHERE person_id = $1), $2, $3, $4, $5, $6, $7, $8)`,
      [
        event.actor,
        event.object_type,
        event.object_id,
        event.action,
        event.from,
        event.to,
        JSON.stringify(event.data),
        event.at,
      ],
    );
  }
}

/**
 * The 2011 study group's memorandum, the next task of the Vladivostok report: version 1 went out to the member
 * committees and one expert in an attributed round, which the co-chairs closed and answered comment by comment;
 * version 2 is out now in a non-attributed round that closes about three weeks after the seed runs.
 */
export const memorandaSet: DemoDataSet = {
  name: 'memoranda',
  version: 1,
  async apply(db) {
    const rows = memorandumRows(new Date());
    await insertRows(db, 'documents', rows.documents);
    await insertRows(db, 'document_versions', rows.versions);
    // In paragraph order: the paragraph another was merged into comes first.
    await insertRows(db, 'paragraphs', rows.paragraphs);
    await insertRows(db, 'version_paragraphs', rows.versionParagraphs, '(version_id, paragraph_id)');
    await insertRows(db, 'comment_rounds', rows.rounds);
    await insertRows(db, 'round_recipients', rows.recipients);
    await insertRows(db, 'comments', rows.comments);
    await recordHistory(db, rows.history);
  },
};
