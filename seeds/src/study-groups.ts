import {
  ActionItemStatus,
  CommitteeRole,
  Confidentiality,
  MeetingKind,
  MeetingStatus,
  ReportStatus,
  StudyGroupRole,
  StudyGroupStatus,
  Track,
} from '@plenary/shared';
import { agendaItemId, agendas } from './meeting-details';
import { meeting } from './meetings';
import { org } from './organizations';
import { person } from './people';

/** Fixed ids, so that seeds are idempotent and tests and docs can name them. */
export const studyGroup = {
  governance2011: '0f000000-0000-4000-8000-000000000001',
  peace2019: '0f000000-0000-4000-8000-000000000002',
} as const;

/** The meetings of the 2011 group held before Vladivostok (which is `meeting.vladivostok`). */
export const studyGroupMeeting = {
  governanceSeoul: '0c000001-0000-4000-8000-000000000001',
  governanceBeijing: '0c000001-0000-4000-8000-000000000002',
} as const;

/** Planned meetings: the group's number in the hundreds, the meeting's sequence in the units. */
export const meetingPlan = {
  governanceSeoul: '10000000-0000-4000-8000-000000000101',
  governanceBeijing: '10000000-0000-4000-8000-000000000102',
  governanceVladivostok: '10000000-0000-4000-8000-000000000103',
  peaceSeoul: '10000000-0000-4000-8000-000000000201',
  peaceBeijing: '10000000-0000-4000-8000-000000000202',
  peaceTokyo: '10000000-0000-4000-8000-000000000203',
  peaceWashington: '10000000-0000-4000-8000-000000000204',
} as const;

export const subGroup = {
  peaceKoreanPeninsula: '11000000-0000-4000-8000-000000000001',
  peaceNonTraditional: '11000000-0000-4000-8000-000000000002',
} as const;

export const meetingReport = {
  vladivostok: '12000000-0000-4000-8000-000000000001',
} as const;

export const reportRevision = {
  vladivostokDraft: '13000000-0000-4000-8000-000000000001',
  vladivostokFinal: '13000000-0000-4000-8000-000000000002',
} as const;

export const actionItem = {
  vladivostokMemorandum: '14000000-0000-4000-8000-000000000001',
} as const;

export const studyGroups = [
  {
    id: studyGroup.governance2011,
    title: 'CSCAP Study Group on Multilateral Security Governance in Northeast Asia',
    council_id: org.cscap,
    reports_to_id: org.cscapSteeringCommittee,
    background:
      'Northeast Asia has bilateral alliances and a string of ad hoc processes – the Four Party Talks, the Six ' +
      'Party Talks, the Trilateral Summit of China, Japan and Korea – but no standing multilateral framework for ' +
      'its security. Attempts to build one have repeatedly stalled.\n\n' +
      'Co-chaired by CSCAP-Korea and CSCAP-China, the study group looks at why institution building in the ' +
      'subregion has made so little headway, which issue-specific and subregional arrangements could carry ' +
      'security cooperation forward, and how they could be coordinated within the wider East Asian and ' +
      'Asia-Pacific architecture. Its findings go to the CSCAP Steering Committee as a memorandum.',
    objectives: [
      'To review the multilateral institutions and processes that bear on security in Northeast Asia and the history of institution building in the subregion',
      'To identify the factors that promote and those that obstruct a multilateral framework of security cooperation',
      'To consider issue-specific and subregional arrangements, such as in energy and nuclear safety, that could promote regional security on a multilateral basis',
      'To propose concrete ways of building multilateral institutions and of coordinating them within the evolving regional architecture',
    ],
    principles: [] as { name: string; description: string }[],
    anticipated_outputs: ['A CSCAP Memorandum to the Steering Committee'],
    start_date: '2010-06-01',
    end_date: '2012-05-31',
    status: StudyGroupStatus.CONCLUDED,
    version: 1,
  },
  {
    id: studyGroup.peace2019,
    title: 'CSCAP Study Group on Northeast Asia Peace and Cooperation',
    council_id: org.cscap,
    reports_to_id: org.cscapSteeringCommittee,
    background:
      'Security in Northeast Asia holds promise and uncertainty in equal measure. Since a "mini-CSCE" for the ' +
      'subregion was first suggested, one attempt after another to set up multilateral institutions has come to ' +
      'little, held back by unresolved historical and territorial disputes, a shifting balance of power and ' +
      'pressing security threats.\n\n' +
      'CSCAP-Korea holds that these obstacles make cooperation more necessary, not less: many of the risks the ' +
      'region faces are beyond any one country to handle, and every renewed attempt builds momentum for the next. ' +
      'It proposed the study group to the CSCAP Steering Committee to explore how uncertainty in the region could ' +
      'be reduced and cooperation advanced, looking both at a framework for regional security cooperation and at ' +
      'the functional issues such a framework could take up.',
    objectives: [
      'To evaluate current sources of insecurity in Northeast Asia',
      'To analyze ways to remedy current strategic uncertainty in Northeast Asia',
      'To articulate and promote consensus on ways to achieve security cooperation across the region and beyond',
      'To examine the feasibility of follow-on study group projects',
    ],
    principles: [
      {
        name: 'Open',
        description:
          'Any issue in which the countries of the region have a stake is on the table, from trust-building on ' +
          'the Korean Peninsula, easing bilateral tensions, environmental protection and transnational crime to ' +
          'hard military security – including the issues that have so far blocked regional cooperation.',
      },
      {
        name: 'Plus',
        description:
          'Participants from outside Northeast Asia are actively invited: neutral, impartial observers make the ' +
          'discussion more truly multilateral, not least on the situation of the Korean Peninsula.',
      },
    ],
    anticipated_outputs: [
      'Specific policy recommendations, based on a detailed diagnosis of the strategic environment of Northeast Asia, submitted to member countries and circulated',
      'A venue where leading practitioners and scholars discuss the most pressing issues for regional cooperation, itself a contribution to trust-building in the region',
    ],
    start_date: '2019-09-01',
    end_date: '2021-08-31',
    status: StudyGroupStatus.ACTIVE,
    version: 1,
  },
];

const committees = (groupId: string, coChairs: string[], participating: string[]) =>
  [
    ...coChairs.map((organizationId) => ({ organizationId, role: CommitteeRole.CO_CHAIR })),
    ...participating.map((organizationId) => ({ organizationId, role: CommitteeRole.PARTICIPANT })),
  ].map(({ organizationId, role }, i) => ({
    study_group_id: groupId,
    organization_id: organizationId,
    role,
    position: i + 1,
  }));

export const studyGroupCommittees = [
  // The nine member committees that met in Vladivostok.
  ...committees(
    studyGroup.governance2011,
    [org.cscapKorea, org.cscapChina],
    [
      org.cscapJapan,
      org.cscapRussia,
      org.cscapMongolia,
      org.cscapCanada,
      org.cscapAustralia,
      org.cscapNewZealand,
      org.cscapIndonesia,
    ],
  ),
  ...committees(studyGroup.peace2019, [org.cscapKorea, org.cscapChina], [org.cscapJapan, org.cscapUs]),
];

const governanceMeeting = (ordinalTitle: string) =>
  `${ordinalTitle} Meeting of the CSCAP Study Group on Multilateral Security Governance in Northeast Asia`;

/** The first two meetings of the 2011 group; the third is the Vladivostok meeting of meetings.ts. */
export const studyGroupMeetings = [
  {
    id: studyGroupMeeting.governanceSeoul,
    title: governanceMeeting('First'),
    kind: MeetingKind.STUDY_GROUP_MEETING,
    track: Track.TRACK_2,
    venue: 'Conference arrangements by CSCAP-Korea',
    city: 'Seoul',
    country: 'KR',
    time_zone: 'Asia/Seoul',
    start_date: '2010-12-09',
    end_date: '2010-12-10',
    status: MeetingStatus.HELD,
    host_id: org.cscapKorea,
    confidentiality: Confidentiality.CHATHAM_HOUSE,
    participant_categories: ['CSCAP member committees', 'Other institutions'],
    study_group_id: studyGroup.governance2011,
    sequence_number: 1,
    version: 1,
  },
  {
    id: studyGroupMeeting.governanceBeijing,
    title: governanceMeeting('Second'),
    kind: MeetingKind.STUDY_GROUP_MEETING,
    track: Track.TRACK_2,
    venue: 'Conference arrangements by CSCAP-China',
    city: 'Beijing',
    country: 'CN',
    time_zone: 'Asia/Shanghai',
    start_date: '2011-05-26',
    end_date: '2011-05-27',
    status: MeetingStatus.HELD,
    host_id: org.cscapChina,
    confidentiality: Confidentiality.CHATHAM_HOUSE,
    participant_categories: ['CSCAP member committees', 'Other institutions'],
    study_group_id: studyGroup.governance2011,
    sequence_number: 2,
    version: 1,
  },
];

/**
 * The co-chair committees organize every meeting of the 2011 group, as they did Vladivostok. No roles on these
 * meetings are granted: the group's co-chairs and members hold theirs through the group.
 */
export const studyGroupMeetingOrganizers = studyGroupMeetings.flatMap((m) => [
  { meeting_id: m.id, organization_id: org.cscapKorea, position: 1 },
  { meeting_id: m.id, organization_id: org.cscapChina, position: 2 },
]);

/**
 * The 2011 group's three meetings, all held; the 2019 group's four over two years with rotating hosts, as its
 * proposal planned them, none scheduled yet.
 */
export const meetingPlans = [
  {
    id: meetingPlan.governanceSeoul,
    study_group_id: studyGroup.governance2011,
    sequence: 1,
    host_id: org.cscapKorea,
    city: 'Seoul',
    country: 'KR',
    expected_month: '2010-12-01',
    meeting_id: studyGroupMeeting.governanceSeoul,
  },
  {
    id: meetingPlan.governanceBeijing,
    study_group_id: studyGroup.governance2011,
    sequence: 2,
    host_id: org.cscapChina,
    city: 'Beijing',
    country: 'CN',
    expected_month: '2011-05-01',
    meeting_id: studyGroupMeeting.governanceBeijing,
  },
  {
    id: meetingPlan.governanceVladivostok,
    study_group_id: studyGroup.governance2011,
    sequence: 3,
    host_id: org.cscapRussia,
    city: 'Vladivostok',
    country: 'RU',
    expected_month: '2011-11-01',
    meeting_id: meeting.vladivostok,
  },
  {
    id: meetingPlan.peaceSeoul,
    study_group_id: studyGroup.peace2019,
    sequence: 1,
    host_id: org.cscapKorea,
    city: 'Seoul',
    country: 'KR',
    expected_month: '2019-10-01',
    meeting_id: null,
  },
  {
    id: meetingPlan.peaceBeijing,
    study_group_id: studyGroup.peace2019,
    sequence: 2,
    host_id: org.cscapChina,
    city: 'Beijing',
    country: 'CN',
    expected_month: '2020-04-01',
    meeting_id: null,
  },
  {
    id: meetingPlan.peaceTokyo,
    study_group_id: studyGroup.peace2019,
    sequence: 3,
    host_id: org.cscapJapan,
    city: 'Tokyo',
    country: 'JP',
    expected_month: '2020-10-01',
    meeting_id: null,
  },
  {
    id: meetingPlan.peaceWashington,
    study_group_id: studyGroup.peace2019,
    sequence: 4,
    host_id: org.cscapUs,
    city: 'Washington',
    country: 'US',
    expected_month: '2021-04-01',
    meeting_id: null,
  },
];

/** Roles on the groups; `representingId` is the member committee the person speaks for there. */
export const studyGroupRoles: {
  studyGroupId: string;
  personId: string;
  role: StudyGroupRole;
  representingId: string | null;
}[] = [
  ...(
    [
      [person.cscapSecretariat, StudyGroupRole.SECRETARIAT, null],
      [person.coChair, StudyGroupRole.CO_CHAIR, org.cscapKorea],
      [person.coChairChina, StudyGroupRole.CO_CHAIR, org.cscapChina],
      [person.focalPoint, StudyGroupRole.FOCAL_POINT, org.cscapJapan],
      [person.expert, StudyGroupRole.MEMBER, org.cscapRussia],
    ] as const
  ).map(([personId, role, representingId]) => ({
    studyGroupId: studyGroup.governance2011,
    personId,
    role,
    representingId,
  })),
  ...(
    [
      [person.cscapSecretariat, StudyGroupRole.SECRETARIAT, null],
      [person.coChair, StudyGroupRole.CO_CHAIR, org.cscapKorea],
      [person.coChairChina, StudyGroupRole.CO_CHAIR, org.cscapChina],
      [person.focalPoint, StudyGroupRole.FOCAL_POINT, org.cscapJapan],
      [person.observer, StudyGroupRole.OBSERVER, null],
    ] as const
  ).map(([personId, role, representingId]) => ({
    studyGroupId: studyGroup.peace2019,
    personId,
    role,
    representingId,
  })),
];

/** "Sub-groups could be made to develop individual, specific ideas or agendas" (the 2019 proposal). */
export const subGroups = [
  {
    id: subGroup.peaceKoreanPeninsula,
    study_group_id: studyGroup.peace2019,
    title: 'Trust-building on the Korean Peninsula',
    mandate:
      'Develops specific trust- and confidence-building measures for the Korean Peninsula as a component of a ' +
      'regional cooperation framework.',
    position: 1,
  },
  {
    id: subGroup.peaceNonTraditional,
    study_group_id: studyGroup.peace2019,
    title: 'Non-traditional security cooperation',
    mandate:
      'Identifies areas such as environmental protection and the fight against transnational crime in which ' +
      'functional cooperation could build habits of working together across the region.',
    position: 2,
  },
];

export const subGroupMembers = [
  { sub_group_id: subGroup.peaceKoreanPeninsula, person_id: person.coChair },
  { sub_group_id: subGroup.peaceKoreanPeninsula, person_id: person.coChairChina },
  { sub_group_id: subGroup.peaceNonTraditional, person_id: person.coChairChina },
  { sub_group_id: subGroup.peaceNonTraditional, person_id: person.focalPoint },
];

interface ReportSection {
  /** The agenda session the section reports on. */
  agendaItemId: string | null;
  heading: string;
  text: string;
}

/** The Vladivostok agenda's sessions, in order, with the ids the meeting-details set gives them. */
const vladivostokDay = agendas.findIndex((day) => day.meetingId === meeting.vladivostok);
const vladivostokSessions = agendas[vladivostokDay]!.items.flatMap((item, position) =>
  item.kind === 'SESSION' ? [{ agendaItemId: agendaItemId(vladivostokDay, position), heading: item.title }] : [],
);
const session = (n: number) => vladivostokSessions[n - 1]!;

const paragraphs = (...texts: string[]) => texts.join('\n\n');

/**
 * The report as published, without attribution (Chatham House rule), with only its typing slips mended. The
 * sentence on who took part ("More than 20 experts from 9 member committees…") is left out: the app computes it
 * from the participants.
 */
const vladivostokFinal: { summary: string; sections: ReportSection[] } = {
  summary: paragraphs(
    'The third and final meeting of the CSCAP Study Group on Multilateral Security Governance in Northeast Asia was ' +
      'held in Vladivostok, Russia, on November 14 2011. The Co-Chairs expressed their heartfelt thanks to ' +
      'CSCAP-Russia for their excellent conference arrangements and hospitality extended to the participants.',
    'The meeting was divided into three sessions.',
  ),
  sections: [
    {
      ...session(1),
      text: paragraphs(
        'The first session (1) reviewed a variety of multilateral institutions and processes to establish ' +
          'multilateral security framework of the region such as the Six Party Talks, Four Party Talks, Trilateral ' +
          'Summit between China, Korea and Japan and its relevant institutions etc.; (2) evaluated the past ' +
          'history of multilateral institution building in Northeast Asia; (3) identified the factors that have ' +
          'been both promoting and obstructing the establishment of multilateral framework of cooperation; and ' +
          '(4) assessed the current situation of promoting multilateral institutions in the region.',
        'One participant reviewed the strategies of both Koreas under the framework of the US-China “ad hoc ' +
          'concert” on regional issues, especially those on the Korean affairs. He argued that South Korea has ' +
          'adopted a “bonding strategy” in which South Korea has tried to put its voices in the US-China ad hoc ' +
          'concert through multilateralizing the bilateral ad hoc concert. This strategy resulted in the ' +
          'establishment of such regional institutions as the KEDO, the Four Party Talks and the Six Party Talks. ' +
          'On the other hand, North Korea, fearing of the US-China rapprochement, has adopted “wedging strategy” ' +
          'in which North Korea has tried not to be caged in the US-China concert, and sought to establish ' +
          'bilateral dealings with the US and China respectively.',
        'As for the Six Party Talks, there were competing assessments. On the one hand, one presenter highly ' +
          'evaluated the usefulness of the Six Party Talks to deal with DPRK’s nuclear issue, pointing out a ' +
          'variety of “positive” developments in the recent past among the parties concerned. On the other hand, ' +
          'the other presenter questioned the utility of the Six Party Talks. He argued that the track record of ' +
          'the Six Party Talks since its establishment in 2003 does not ensure to realize the goal of ' +
          'denuclearization. He pointed out that the Six Party Talks would “disappear” sooner or later without ' +
          'producing substantial results on denuclearization. Instead, he proposed to modify the modality of the ' +
          'Six Party Talks. He argued that the Six Party Talks should expand its agenda to include other aspects ' +
          'such as economic cooperation with North Korea. In this regard, other participant argued that the Six ' +
          'Party Talks has been characterized by “excessive gradualism” so far, and that the way of dealing with ' +
          'nuclear issue had to be changed. He proposed the Six Party Talks take more “comprehensive and packaged” ' +
          'approach, not just piecemeal and gradual approach, once the Six Party Talks is reconvened.',
        'Different views were presented over the resumption of the Six Party Talks on which mutual consultations ' +
          'are underway among the parties concerned. The detailed explanations on the “pre-steps” demanded for ' +
          'DPRK to take before the resumption of the Six Party Talks was given by the participant.',
      ),
    },
    {
      ...session(2),
      text: paragraphs(
        'The second session dealt with designing appropriate institutional arrangements to promote regional ' +
          'security on a multilateral basis. The session touched upon issue-specific multilateral institutions ' +
          'and subregional arrangements that include some of the Northeast Asian countries, dealing with specific ' +
          'issue areas such as finance and trade.',
        'One participant presented a paper on possible multilateral regime building on energy. She elaborated ' +
          'further her arguments that were presented at the second meeting of the Study Group in May. Reviewing a ' +
          'variety of regional institution building in the region, she proposed to construct a multilateral ' +
          'energy regime as international public goods, whose benefits be shared among the economies of the ' +
          'region on an equal and stable basis. She argued that energy security should constitute an important ' +
          'part of “human security” of the region.',
        'A Russian participant gave a detailed briefing on the Russian proposal on the construction of the gas ' +
          'pipeline passing through the Korean Peninsula. He argued that the construction could contribute to ' +
          'confidence-building among the parties concerned. Some concerns were expressed that “transit fees” are ' +
          'relocated to developing military weapons modernization. There was a proposal to link the pipeline ' +
          'issue and the denuclearization processes under the Six Party Talks. On the other hand, one participant ' +
          'argued that the pipeline issues should not be a “hostage” of the Six Party Talks.',
      ),
    },
    {
      ...session(3),
      text: paragraphs(
        'The third session focused on identifying new concrete ideas and ways of establishing multilateral ' +
          'institutions and promoting institutional coordination between a variety of institutions on a ' +
          'bilateral, subregional and multilateral basis.',
        'One participant reviewed the Trilateral Summit among China, Japan and South Korea, and proposed to ' +
          'develop regional cooperation mechanism on nuclear safety. He argued that such multilateral mechanism ' +
          'should contribute to transparency of nuclear activities.',
        'The participants discussed multilateral institution building from an evolving regional architecture in ' +
          'East Asia and the Asia-Pacific. An opinion was expressed that the newly expanded East Asia Summit may ' +
          'become an “umbrella” forum under which a variety of regional and sub-regional institutions are ' +
          'coordinated their respective activities and programs including those related to Northeast Asia such ' +
          'as the Six Party Talks. Another participant argued that the Six Party Talks should be “embedded” into ' +
          'the East Asian Summit, especially on norms and rules regulating interactions among the parties.',
        'There were a lot of discussions on the ongoing negotiations of TPP (Trans-Pacific Economic Partnership) ' +
          'and their possible impacts on Northeast Asia. There are three competing conceptions on how to organize ' +
          'the Asia-Pacific economic interactions. On the one hand, TPP could greatly contribute to upgrading ' +
          'norms and rules of economic interactions and management of the Asia-Pacific economies, by introducing ' +
          'a variety of reform measures in the respective domestic institutions and regulatory mechanisms that are ' +
          'critically important for the Asia-Pacific economies to respond to the challenges posed by economic ' +
          'globalization. On the other hand, given the huge gaps among the countries in Northeast Asia in terms of ' +
          'modernization of domestic regulatory institutions, TPP may put an additional constraint on economic ' +
          'exchanges among the economies in Northeast Asia. In this regard, a view was expressed that Northeast ' +
          'Asian economies should more seriously consider the conclusion of Northeast Asia FTA, especially around ' +
          'the trilateral cooperation among China, Japan and South Korea.',
      ),
    },
  ],
};

/** The co-chair's first draft: the session overviews, before the discussion was written up. */
const vladivostokDraft: { summary: string; sections: ReportSection[] } = {
  summary:
    'The third and final meeting of the CSCAP Study Group on Multilateral Security Governance in Northeast Asia was ' +
    'held in Vladivostok, Russia, on November 14 2011. The meeting was divided into three sessions.',
  sections: vladivostokFinal.sections.map((s) => ({ ...s, text: s.text.split('\n\n')[0]! })),
};

export const meetingReports = [
  {
    id: meetingReport.vladivostok,
    meeting_id: meeting.vladivostok,
    status: ReportStatus.PUBLISHED,
    attribution_allowed: false,
    revision: 2,
    published_at: '2011-12-15T00:00:00Z',
    created_at: '2011-11-25T00:00:00Z',
    updated_at: '2011-12-15T00:00:00Z',
  },
];

export const reportRevisions = [
  {
    id: reportRevision.vladivostokDraft,
    report_id: meetingReport.vladivostok,
    number: 1,
    ...vladivostokDraft,
    author_id: person.coChair,
    created_at: '2011-11-25T00:00:00Z',
  },
  {
    id: reportRevision.vladivostokFinal,
    report_id: meetingReport.vladivostok,
    number: 2,
    ...vladivostokFinal,
    author_id: person.coChairChina,
    created_at: '2011-12-12T00:00:00Z',
  },
];

/** The report's "Next Task". */
export const actionItems = [
  {
    id: actionItem.vladivostokMemorandum,
    report_id: meetingReport.vladivostok,
    position: 1,
    title:
      'Produce a CSCAP Memorandum for the CSCAP Steering Committee and circulate it to the member committees and ' +
      'institutions involved; the co-chairs start drafting',
    owner_person_id: person.coChair,
    owner_organization_id: org.cscapKorea,
    due_date: '2012-05-31',
    status: ActionItemStatus.IN_PROGRESS,
  },
];
