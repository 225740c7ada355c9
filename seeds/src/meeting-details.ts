import { AgendaItemKind, AgendaSpeakerRole, Confidentiality, InvitationState, MeetingRole } from '@plenary/shared';
import { meeting } from './meetings';
import { org } from './organizations';
import { person } from './people';

/** The concept note's objectives, background (in our own words) and invited categories. */
export const incheonDetails = {
  background:
    'North-East Asian economies trade and invest with one another more than ever, yet the subregion has no ' +
    'formal multilateral mechanism of its own. Cooperation happens sector by sector: through the ESCAP East and ' +
    'North-East Asia Office and its environment, energy, trade and transport platforms, the Trilateral ' +
    'Cooperation Secretariat, the Greater Tumen Initiative and networks of local governments such as NEAR.\n\n' +
    'With multilateralism under strain and new development agendas calling for broader participation, the ' +
    'meeting asks how these functional arrangements could be strengthened, step by step, towards an inclusive ' +
    'multilateral mechanism for the subregion.',
  objectives: [
    'Review the trend and status of multilateralism in North-East Asia',
    'Review the status of functional cooperation and integration mechanisms and arrangements in North-East Asia across economic, social, environmental and political areas',
    'Identify approaches to further strengthen or institutionalize functional cooperation arrangements towards an inclusive multilateral mechanism in North-East Asia',
    'Provide guidance and feedback on the ESCAP study on a new and inclusive multilateralism in North-East Asia, to be presented at a subregional forum in May 2020',
  ],
  participantCategories: [
    'Subregional and regional organizations (e.g. TCS, GTI, SCO, NEAR; ADB; ASEAN; APEC)',
    'National policy institutes from North-East Asian countries',
    'Key policy think-tanks from North-East Asian countries',
    'Academia working on regional cooperation mechanisms in North-East Asia',
  ],
  confidentiality: Confidentiality.OPEN,
};

/** The letter the Incheon invitations went out with, as the ESCAP office wrote it. */
export const incheonInvitationLetter = {
  subject: 'Invitation: {meeting}, {dates}',
  body: [
    'The United Nations Economic and Social Commission for Asia and the Pacific (ESCAP), through its East and ' +
      'North-East Asia Office, has the honour to invite you to the {meeting}, to be held at {venue} on {dates}, as {role}.',
    '',
    'The meeting will review the trend and status of multilateralism in North-East Asia and approaches to ' +
      'strengthen functional cooperation towards an inclusive multilateral mechanism. The concept note and the ' +
      'provisional agenda are linked below.',
  ].join('\n'),
  logistics:
    'ESCAP will cover economy-class air travel and accommodation for three nights near the venue ' +
    'for experts whose participation is funded. Please send your flight details to the secretariat by 22 November 2019.',
  signature: 'Secretariat\nESCAP East and North-East Asia Office',
};

export const vladivostokDetails = {
  background:
    'The third and final meeting of the study group, hosted by CSCAP-Russia. It reviews multilateral security ' +
    'institutions and processes in Northeast Asia, the institutional arrangements that could carry regional ' +
    'security cooperation, and new ideas for coordinating them, before the co-chairs draft the memorandum.',
  objectives: [
    'Review the multilateral institutions and processes that could form a security framework for the region',
    'Consider institutional arrangements that promote regional security on a multilateral basis',
    'Identify new, concrete ideas for multilateral institutions and for coordination among them',
  ],
  participantCategories: ['CSCAP member committees', 'Other institutions'],
  confidentiality: Confidentiality.CHATHAM_HOUSE,
  sequenceNumber: 3,
};

const id = (prefix: string, n: number) => `${prefix}-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** Fixed ids of the agenda: a day by its index in `agendas`, an item by that and its position in the day. */
export const agendaDayId = (dayIndex: number) => id('0d000000', dayIndex + 1);
export const agendaItemId = (dayIndex: number, position: number) => id('0e000000', (dayIndex + 1) * 100 + position);

/**
 * People who attend without (yet) having accounts: names in the scripts they write them in, each with the
 * honorific their invitation is addressed with (Prof. and Dr. where their title or degree calls for it).
 */
export const guests = [
  {
    id: id('0b000001', 1),
    name: '张伟',
    honorific: 'Dr.',
    sort_name: 'Zhang Wei',
    title: 'Director, Economic Cooperation',
    affiliation_id: org.tcs,
  },
  {
    id: id('0b000001', 2),
    name: 'Ганзориг Батбаяр',
    honorific: 'Mr.',
    sort_name: 'Ganzorig Batbayar',
    title: 'Programme Manager',
    affiliation_id: org.gti,
  },
  {
    id: id('0b000001', 3),
    name: '박민지',
    honorific: 'Ms.',
    sort_name: 'Park Min-ji',
    title: 'Secretary General',
    affiliation_id: org.near,
  },
  {
    id: id('0b000001', 4),
    name: 'Rohan Mehta',
    honorific: 'Dr.',
    sort_name: 'Mehta, Rohan',
    title: 'Principal Regional Cooperation Specialist',
    affiliation_id: org.adb,
  },
  {
    id: id('0b000001', 5),
    name: 'Siti Rahmawati',
    honorific: 'Ms.',
    sort_name: 'Rahmawati, Siti',
    title: 'Assistant Director',
    affiliation_id: org.asean,
  },
  {
    id: id('0b000001', 6),
    name: 'Daniel Tan',
    honorific: 'Mr.',
    sort_name: 'Tan, Daniel',
    title: 'Senior Analyst',
    affiliation_id: org.apec,
  },
  {
    id: id('0b000001', 7),
    name: 'Нурлан Абдыкалыков',
    honorific: 'Dr.',
    sort_name: 'Abdykalykov, Nurlan',
    title: 'Counsellor',
    affiliation_id: org.sco,
  },
  {
    id: id('0b000001', 8),
    name: '田中健',
    honorific: 'Mr.',
    sort_name: 'Tanaka Ken',
    title: 'Senior Fellow',
    affiliation_id: org.jiia,
  },
  {
    id: id('0b000001', 9),
    name: '李娜',
    honorific: 'Ms.',
    sort_name: 'Li Na',
    title: 'Research Fellow',
    affiliation_id: org.ciis,
  },
  {
    id: id('0b000001', 10),
    name: 'Ингрид Ольсен',
    honorific: 'Dr.',
    sort_name: 'Olsen, Ingrid',
    title: 'Senior Research Fellow',
    affiliation_id: org.isdp,
  },
  {
    id: id('0b000001', 11),
    name: 'Игорь Петров',
    honorific: 'Prof.',
    sort_name: 'Petrov, Igor',
    title: 'Professor',
    affiliation_id: org.fefu,
  },
  {
    id: id('0b000001', 12),
    name: 'Oyun Dorj',
    honorific: 'Ms.',
    sort_name: 'Dorj, Oyun',
    title: 'Researcher',
    affiliation_id: org.issMongolia,
  },
  {
    id: id('0b000001', 13),
    name: 'Sarah Whitfield',
    honorific: 'Dr.',
    sort_name: 'Whitfield, Sarah',
    title: 'Senior Fellow',
    affiliation_id: org.cscapCanada,
  },
  {
    id: id('0b000001', 14),
    name: 'James Harland',
    honorific: 'Prof.',
    sort_name: 'Harland, James',
    title: 'Professor',
    affiliation_id: org.cscapAustralia,
  },
  {
    id: id('0b000001', 15),
    name: 'Aroha Ngata',
    honorific: 'Ms.',
    sort_name: 'Ngata, Aroha',
    title: 'Research Fellow',
    affiliation_id: org.cscapNewZealand,
  },
  {
    id: id('0b000001', 16),
    name: 'Budi Santoso',
    honorific: 'Dr.',
    sort_name: 'Santoso, Budi',
    title: 'Senior Researcher',
    affiliation_id: org.cscapIndonesia,
  },
  {
    id: id('0b000001', 17),
    name: '陈明',
    honorific: 'Dr.',
    sort_name: 'Chen Ming',
    title: 'Associate Professor',
    affiliation_id: org.cscapChina,
  },
  {
    id: id('0b000001', 18),
    name: '鈴木花子',
    honorific: 'Prof.',
    sort_name: 'Suzuki Hanako',
    title: 'Professor',
    affiliation_id: org.cscapJapan,
  },
  {
    id: id('0b000001', 19),
    name: '정수민',
    honorific: 'Dr.',
    sort_name: 'Jung Su-min',
    title: 'Research Fellow',
    affiliation_id: org.cscapKorea,
  },
  {
    id: id('0b000001', 20),
    name: 'Ольга Смирнова',
    honorific: 'Dr.',
    sort_name: 'Smirnova, Olga',
    title: 'Senior Researcher',
    affiliation_id: org.cscapRussia,
  },
  {
    id: id('0b000001', 21),
    name: 'Tsetseg Bold',
    honorific: 'Ms.',
    sort_name: 'Bold, Tsetseg',
    title: 'Director',
    affiliation_id: org.cscapMongolia,
  },
  {
    id: id('0b000001', 22),
    name: 'Nguyễn Văn An',
    honorific: 'Dr.',
    sort_name: 'Nguyen Van An',
    title: 'Deputy Director',
    affiliation_id: org.cscapVietnam,
  },
].map((g, i) => ({ ...g, email: `guest${i + 1}@participants.example` }));

const g = (n: number) => guests[n - 1]!.id;

/** The honorifics some guests were first seeded with, which the demo data no longer gives them. */
export const honorificCorrections: { id: string; from: string }[] = [
  { id: g(5), from: 'Mr.' },
  { id: g(6), from: 'Ms.' },
  { id: g(11), from: 'Mr.' },
  { id: g(14), from: 'Mr.' },
  { id: g(17), from: 'Mr.' },
  { id: g(18), from: 'Ms.' },
  { id: g(20), from: 'Mr.' },
];

interface ParticipantSeed {
  meetingId: string;
  personId: string;
  role: MeetingRole;
  representingId: string | null;
  category: string | null;
  state: InvitationState;
}

const incheonCategory = incheonDetails.participantCategories;
const R = MeetingRole;
const S = InvitationState;

export const participants: ParticipantSeed[] = [
  {
    meetingId: meeting.incheon,
    personId: person.secretariat,
    role: R.SECRETARIAT,
    representingId: org.escapEnea,
    category: null,
    state: S.ACCEPTED,
  },
  {
    meetingId: meeting.incheon,
    personId: person.coChair,
    role: R.CHAIR,
    representingId: org.knda,
    category: incheonCategory[1]!,
    state: S.ACCEPTED,
  },
  {
    meetingId: meeting.incheon,
    personId: person.expert,
    role: R.PRESENTER,
    representingId: org.fefu,
    category: incheonCategory[3]!,
    state: S.ACCEPTED,
  },
  {
    meetingId: meeting.incheon,
    personId: person.observer,
    role: R.OBSERVER,
    representingId: org.issMongolia,
    category: incheonCategory[1]!,
    state: S.TENTATIVE,
  },
  {
    meetingId: meeting.incheon,
    personId: g(1),
    role: R.PRESENTER,
    representingId: org.tcs,
    category: incheonCategory[0]!,
    state: S.ACCEPTED,
  },
  {
    meetingId: meeting.incheon,
    personId: g(2),
    role: R.PRESENTER,
    representingId: org.gti,
    category: incheonCategory[0]!,
    state: S.ACCEPTED,
  },
  {
    meetingId: meeting.incheon,
    personId: g(3),
    role: R.DISCUSSANT,
    representingId: org.near,
    category: incheonCategory[0]!,
    state: S.ACCEPTED,
  },
  {
    meetingId: meeting.incheon,
    personId: g(4),
    role: R.PARTICIPANT,
    representingId: org.adb,
    category: incheonCategory[0]!,
    state: S.INVITED,
  },
  {
    meetingId: meeting.incheon,
    personId: g(5),
    role: R.DISCUSSANT,
    representingId: org.asean,
    category: incheonCategory[0]!,
    state: S.ACCEPTED,
  },
  {
    meetingId: meeting.incheon,
    personId: g(6),
    role: R.PARTICIPANT,
    representingId: org.apec,
    category: incheonCategory[0]!,
    state: S.DECLINED,
  },
  {
    meetingId: meeting.incheon,
    personId: g(7),
    role: R.PARTICIPANT,
    representingId: org.sco,
    category: incheonCategory[0]!,
    state: S.INVITED,
  },
  {
    meetingId: meeting.incheon,
    personId: g(8),
    role: R.CHAIR,
    representingId: org.jiia,
    category: incheonCategory[2]!,
    state: S.ACCEPTED,
  },
  {
    meetingId: meeting.incheon,
    personId: g(9),
    role: R.DISCUSSANT,
    representingId: org.ciis,
    category: incheonCategory[2]!,
    state: S.ACCEPTED,
  },
  {
    meetingId: meeting.incheon,
    personId: g(10),
    role: R.PRESENTER,
    representingId: org.isdp,
    category: incheonCategory[3]!,
    state: S.ACCEPTED,
  },
  {
    meetingId: meeting.incheon,
    personId: g(12),
    role: R.RAPPORTEUR,
    representingId: org.issMongolia,
    category: incheonCategory[1]!,
    state: S.ACCEPTED,
  },
  // Vladivostok: more than 20 experts from 9 member committees and from outside the region.
  ...(
    [
      [person.coChair, R.CO_CHAIR, org.cscapKorea],
      [person.coChairChina, R.CO_CHAIR, org.cscapChina],
      [person.focalPoint, R.PARTICIPANT, org.cscapJapan],
      [person.expert, R.PRESENTER, org.cscapRussia],
      [g(11), R.PRESENTER, org.cscapRussia],
      [g(20), R.PARTICIPANT, org.cscapRussia],
      [g(17), R.PRESENTER, org.cscapChina],
      [g(9), R.PARTICIPANT, org.cscapChina],
      [g(18), R.PRESENTER, org.cscapJapan],
      [g(8), R.PARTICIPANT, org.cscapJapan],
      [g(19), R.RAPPORTEUR, org.cscapKorea],
      [g(21), R.PARTICIPANT, org.cscapMongolia],
      [g(12), R.PARTICIPANT, org.cscapMongolia],
      [g(13), R.DISCUSSANT, org.cscapCanada],
      [g(14), R.PARTICIPANT, org.cscapAustralia],
      [g(15), R.PARTICIPANT, org.cscapNewZealand],
      [g(16), R.DISCUSSANT, org.cscapIndonesia],
      [g(4), R.OBSERVER, org.adb],
      [g(10), R.OBSERVER, org.isdp],
      [g(1), R.OBSERVER, org.tcs],
      [g(3), R.PARTICIPANT, org.cscapKorea],
    ] as const
  ).map(([personId, role, representingId]) => ({
    meetingId: meeting.vladivostok,
    personId,
    role,
    representingId,
    category:
      representingId === org.isdp || representingId === org.tcs
        ? 'Experts from outside the region'
        : 'CSCAP member committees',
    state: S.ATTENDED,
  })),
];

interface AgendaSeed {
  meetingId: string;
  date: string;
  items: {
    kind: AgendaItemKind;
    title: string;
    start: string;
    end: string;
    chairId?: string;
    subItems?: string[];
    speakers?: { personId: string; role: AgendaSpeakerRole }[];
  }[];
}

const K = AgendaItemKind;
const SP = AgendaSpeakerRole;

/** The provisional agenda of the concept note, every time, title and bullet. */
export const agendas: AgendaSeed[] = [
  {
    meetingId: meeting.incheon,
    date: '2019-12-04',
    items: [
      {
        kind: K.OPENING,
        title: 'Opening Session',
        start: '09:00',
        end: '09:30',
        chairId: person.secretariat,
        subItems: ['Opening Remarks', 'Tour de Table', 'Group photo'],
      },
      {
        kind: K.SESSION,
        title:
          'Session 1: Setting the Scene – Trend and status of multilateralism and subregional cooperation in North-East Asia',
        start: '09:30',
        end: '12:00',
        chairId: person.coChair,
        subItems: [
          'Overall trend of cooperation and institutional settings',
          'Global and (sub) regional megatrends and dynamics',
        ],
        speakers: [
          { personId: g(10), role: SP.PRESENTER },
          { personId: g(9), role: SP.DISCUSSANT },
        ],
      },
      { kind: K.MEAL, title: 'Lunch', start: '12:00', end: '13:30' },
      {
        kind: K.SESSION,
        title:
          'Session 2: The State of Play – Functional cooperation and integration mechanisms/arrangements in North-East Asia',
        start: '13:30',
        end: '17:00',
        chairId: g(8),
        subItems: [
          'Sectoral dimensions across policy areas (i.e. economic, social, environmental and political)',
          'Institutional dimensions across actors (i.e. intergovernmental organizations, subnational groupings, multilateral organizations; civil society)',
        ],
        speakers: [
          { personId: g(1), role: SP.PRESENTER },
          { personId: g(2), role: SP.PRESENTER },
          { personId: g(3), role: SP.DISCUSSANT },
        ],
      },
    ],
  },
  {
    meetingId: meeting.incheon,
    date: '2019-12-05',
    items: [
      {
        kind: K.SESSION,
        title:
          'Session 3: Way Forward – Approaches to further institutionalize functional cooperation arrangements towards an inclusive multilateral mechanism in North-East Asia',
        start: '09:00',
        end: '12:00',
        chairId: person.coChair,
        subItems: [
          'Challenges and opportunities for multilateralism in North-East Asia',
          "Lessons learned from experiences in other region's mechanisms (i.e. EU, ASEAN, SAARC) and practical applications in North-East Asia",
          'Approaches towards an inclusive multilateral mechanism in North-East Asia (i.e. level and scope, areas of cooperation, implementation process, institutional framework and support)',
        ],
        speakers: [
          { personId: person.expert, role: SP.PRESENTER },
          { personId: g(5), role: SP.DISCUSSANT },
        ],
      },
      { kind: K.MEAL, title: 'Lunch', start: '12:00', end: '13:30' },
      {
        kind: K.SESSION,
        title: 'Session 4: In support of new and inclusive multilateralism in North-East Asia',
        start: '13:30',
        end: '16:30',
        chairId: g(8),
        subItems: [
          'Recommendations for policy makers, institutions and civil society',
          'ESCAP study on new multilateralism in North-East Asia',
        ],
        speakers: [{ personId: person.secretariat, role: SP.PRESENTER }],
      },
      { kind: K.CLOSING, title: 'Closing Session', start: '16:30', end: '17:00', chairId: person.secretariat },
    ],
  },
  {
    meetingId: meeting.vladivostok,
    date: '2011-11-14',
    items: [
      {
        kind: K.SESSION,
        title: 'Session 1: Multilateral institutions and processes for a regional security framework',
        start: '09:30',
        end: '12:00',
        chairId: person.coChair,
        subItems: [
          'The Six Party Talks, the Four Party Talks and the Trilateral Summit of China, Japan and Korea',
          'The history of multilateral institution building in Northeast Asia',
          'Factors promoting and obstructing a multilateral framework of cooperation',
          'The current situation of multilateral institutions in the region',
        ],
        speakers: [
          { personId: g(17), role: SP.PRESENTER },
          { personId: g(18), role: SP.PRESENTER },
        ],
      },
      { kind: K.MEAL, title: 'Lunch', start: '12:00', end: '13:30' },
      {
        kind: K.SESSION,
        title: 'Session 2: Institutional arrangements for regional security on a multilateral basis',
        start: '13:30',
        end: '15:30',
        chairId: person.coChairChina,
        subItems: [
          'Issue-specific multilateral institutions and subregional arrangements',
          'A multilateral energy regime as an international public good',
        ],
        speakers: [
          { personId: person.expert, role: SP.PRESENTER },
          { personId: g(11), role: SP.PRESENTER },
          { personId: g(13), role: SP.DISCUSSANT },
        ],
      },
      { kind: K.BREAK, title: 'Coffee break', start: '15:30', end: '16:00' },
      {
        kind: K.SESSION,
        title: 'Session 3: New ideas for multilateral institutions and institutional coordination',
        start: '16:00',
        end: '17:30',
        chairId: person.coChair,
        subItems: [
          'A regional cooperation mechanism on nuclear safety',
          'The East Asia Summit as an umbrella for regional and subregional institutions',
          'The Trans-Pacific Partnership and a Northeast Asia free trade agreement',
        ],
        speakers: [{ personId: g(16), role: SP.DISCUSSANT }],
      },
    ],
  },
];
