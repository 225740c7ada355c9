import {
  AddresseeKind,
  DocumentDecision,
  DocumentKind,
  DocumentStatus,
  IssueArea,
  numberParagraphs,
  ParagraphKind,
  RecommendationStatus,
} from '@plenary/shared';
import { insertRows, type DemoDataSet } from './database';
import {
  type Addressee,
  at,
  body,
  type Content,
  heading,
  institutions,
  plainTextOf,
  policyMakers,
  recommendation,
  text,
  versionParagraphRow,
} from './memoranda';
import { org } from './organizations';
import { person } from './people';
import { studyGroup } from './study-groups';

const id = (prefix: string, n: number) => `${prefix}-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** Fixed ids, so that seeds are idempotent and tests and docs can name them. */
export const publishedMemorandum = {
  peace2019: id('1b000000', 1),
} as const;

/** The one version: finalised, approved by the Steering Committee and published. */
export const publishedMemorandumVersion = {
  final: id('1c000000', 1),
} as const;

export const publishedMemorandumParagraph = {
  introductionHeading: id('1d000000', 1),
  studyGroup: id('1d000000', 2),
  findingsHeading: id('1d000000', 3),
  uncertainty: id('1d000000', 4),
  functionalCooperation: id('1d000000', 5),
  energy: id('1d000000', 6),
  emergencies: id('1d000000', 7),
  recommendationsHeading: id('1d000000', 8),
  recommendEnergyDialogue: id('1d000000', 9),
  recommendPowerGrid: id('1d000000', 10),
  recommendLng: id('1d000000', 11),
  recommendRadiationData: id('1d000000', 12),
  recommendDustStorms: id('1d000000', 13),
  recommendCoastGuards: id('1d000000', 14),
  recommendTumenCustoms: id('1d000000', 15),
  recommendEnergyData: id('1d000000', 16),
  recommendPeninsula: id('1d000000', 17),
} as const;

const decisionId = id('1e000000', 1);
const disseminationId = (n: number) => id('1e000000', 100 + n);

/**
 * The registry: the published memorandum's recommendations (followed up by the CSCAP secretariat)
 * and those the ESCAP East and North-East Asia Office entered by hand from outputs produced elsewhere.
 */
export const trackedRecommendation = {
  // From the published memorandum, in its order.
  energyDialogue: id('1f000000', 1),
  powerGrid: id('1f000000', 2),
  lng: id('1f000000', 3),
  radiationData: id('1f000000', 4),
  dustStorms: id('1f000000', 5),
  coastGuards: id('1f000000', 6),
  tumenCustoms: id('1f000000', 7),
  energyData: id('1f000000', 8),
  peninsula: id('1f000000', 9),
  // Entered by ESCAP-ENEA.
  gtiCorridors: id('1f000000', 101),
  gridOperators: id('1f000000', 102),
  marineProtectedAreas: id('1f000000', 103),
  floodWarnings: id('1f000000', 104),
  ferryService: id('1f000000', 105),
} as const;

/** A recommendation's n-th step (0: the adoption), numbered after the recommendation's own id. */
const updateId = (recommendationId: string, step: number) =>
  id('20000000', Number(recommendationId.slice(-12)) * 100 + step);

const TITLE = 'CSCAP Memorandum: Functional Cooperation for Peace in Northeast Asia';

// Text

const civilSociety: Addressee = { kind: AddresseeKind.CIVIL_SOCIETY, organizationId: null };
const P = publishedMemorandumParagraph;
const A = IssueArea;

const content: Record<string, Content> = {
  [P.introductionHeading]: heading('<p>Introduction</p>'),
  [P.studyGroup]: text(
    '<p>The CSCAP Study Group on Northeast Asia Peace and Cooperation, co-chaired by CSCAP-Korea and CSCAP-China ' +
      'with CSCAP-Japan and CSCAP-US taking part, met four times: in Seoul, Beijing, Tokyo and Washington. True to ' +
      'its principles, it kept <em>open</em> every issue in which the countries of the region have a stake, and ' +
      'experts from outside Northeast Asia joined each of its meetings. This memorandum sets out its diagnosis and ' +
      'its recommendations. It is submitted to the CSCAP Steering Committee and offered to the governments and ' +
      'institutions concerned.</p>',
  ),
  [P.findingsHeading]: heading('<p>Findings</p>'),
  [P.uncertainty]: text(
    '<p>Strategic uncertainty in Northeast Asia has grown. Rivalry among the major powers, unresolved historical ' +
      'and territorial questions and the continuing nuclear and missile programmes of the Democratic People’s ' +
      'Republic of Korea leave the subregion without a common way of managing crises, while its economies depend ' +
      'on each other more than ever.</p>',
  ),
  [P.functionalCooperation]: text(
    '<p>Functional cooperation is where progress is most within reach. Energy, nuclear safety, the environment, ' +
      'disaster risk and transport are fields in which every country of the subregion has a stake and in which ' +
      'bodies already work – the Trilateral Cooperation Secretariat, the Greater Tumen Initiative, the ESCAP East ' +
      'and North-East Asia Office and the Association of North East Asia Regional Governments. Habits of working ' +
      'together can form there without first settling the questions that divide the region.</p>',
  ),
  [P.energy]: text(
    '<p>Energy is the clearest case. The subregion holds some of the world’s largest importers of liquefied ' +
      'natural gas next to major producers of oil, gas and renewable power, yet it has no forum in which all of ' +
      'them discuss the security of supply together. Cross-border power interconnection, drawing on the wind and ' +
      'solar resources of Mongolia and north-east China, could lower costs and emissions for all, but it needs ' +
      'agreed technical rules and a shared assessment of the risks.</p>',
  ),
  [P.emergencies]: text(
    '<p>The nuclear power plants along the coasts of the subregion, and recurring sand and dust storms, floods and ' +
      'typhoons, mean that an emergency in one country quickly becomes its neighbours’ concern. Sharing monitoring ' +
      'data and early warnings costs little, and the governments of the region have already found common ground ' +
      'on it.</p>',
  ),
  [P.recommendationsHeading]: heading('<p>Recommendations</p>'),
  [P.recommendEnergyDialogue]: recommendation(
    '<p>The governments of China, Japan, Mongolia, the Republic of Korea and the Russian Federation should establish ' +
      'a standing intergovernmental dialogue on energy security in Northeast Asia, meeting each year at ' +
      'senior-official level to exchange information on supply, demand and infrastructure plans and to prepare ' +
      'joint responses to disruptions of supply.</p>',
    [policyMakers],
    [A.ENERGY, A.CONFIDENCE_BUILDING],
  ),
  [P.recommendPowerGrid]: recommendation(
    '<p>The ESCAP East and North-East Asia Office and the Greater Tumen Initiative should prepare, with the national ' +
      'grid operators, a joint roadmap for cross-border power interconnection in Northeast Asia, covering technical ' +
      'standards, the trading of electricity and the integration of renewable power from the Gobi region.</p>',
    [body(org.escapEnea), body(org.gti)],
    [A.ENERGY, A.ENVIRONMENT],
  ),
  [P.recommendLng]: recommendation(
    '<p>The importers of liquefied natural gas in the subregion should coordinate their emergency stocks and ' +
      'consider joint arrangements for swapping cargoes in a supply crisis, taking the trilateral cooperation of ' +
      'China, Japan and the Republic of Korea as a starting point.</p>',
    [policyMakers, body(org.tcs)],
    [A.ENERGY, A.TRADE],
  ),
  [P.recommendRadiationData]: recommendation(
    '<p>China, Japan and the Republic of Korea should deepen their cooperation on nuclear safety by:</p>' +
      '<ul><li>sharing radiation-monitoring data in real time;</li>' +
      '<li>notifying each other at once of any nuclear incident;</li>' +
      '<li>holding joint exercises in emergency preparedness,</li></ul>' +
      '<p>and should invite the other countries of the subregion to take part.</p>',
    [policyMakers, body(org.tcs)],
    [A.NUCLEAR_SAFETY, A.DISASTER_RISK],
  ),
  [P.recommendDustStorms]: recommendation(
    '<p>The ESCAP East and North-East Asia Office and the Association of North East Asia Regional Governments should ' +
      'set up a subregional network for the early warning of sand and dust storms, linking the national ' +
      'meteorological services with the local governments most exposed.</p>',
    [body(org.escapEnea), body(org.near)],
    [A.ENVIRONMENT, A.DISASTER_RISK],
  ),
  [P.recommendCoastGuards]: recommendation(
    '<p>The coast guards and maritime law-enforcement agencies of the subregion should establish direct ' +
      'communication links among themselves and agree on common rules of conduct for encounters at sea, so that ' +
      'incidents do not escalate.</p>',
    [policyMakers],
    [A.MARITIME_SECURITY, A.CONFIDENCE_BUILDING],
  ),
  [P.recommendTumenCustoms]: recommendation(
    '<p>The member countries of the Greater Tumen Initiative should harmonize customs and transit procedures along ' +
      'the transport corridors of the Tumen River area, beginning with a common electronic declaration for goods ' +
      'that cross more than one border.</p>',
    [body(org.gti), policyMakers],
    [A.TRANSPORT, A.TRADE],
  ),
  [P.recommendEnergyData]: recommendation(
    '<p>Energy research institutes and universities of the subregion should build a shared and openly accessible ' +
      'body of energy statistics and scenarios for Northeast Asia, to give an intergovernmental dialogue a common ' +
      'factual basis.</p>',
    [institutions, civilSociety],
    [A.ENERGY, A.INSTITUTION_BUILDING],
  ),
  [P.recommendPeninsula]: recommendation(
    '<p>Once conditions allow, the parties concerned should open humanitarian and functional cooperation with the ' +
      'Democratic People’s Republic of Korea – beginning with disaster relief, public health and energy efficiency ' +
      '– as a confidence-building measure that supports, and does not replace, progress towards ' +
      'denuclearization.</p>',
    [policyMakers],
    [A.CONFIDENCE_BUILDING, A.HUMAN_SECURITY, A.DENUCLEARIZATION],
  ),
};

const order = Object.values(publishedMemorandumParagraph);

/** The recommendation tracked for each recommendation paragraph. */
const trackedFrom: Record<string, string> = {
  [P.recommendEnergyDialogue]: trackedRecommendation.energyDialogue,
  [P.recommendPowerGrid]: trackedRecommendation.powerGrid,
  [P.recommendLng]: trackedRecommendation.lng,
  [P.recommendRadiationData]: trackedRecommendation.radiationData,
  [P.recommendDustStorms]: trackedRecommendation.dustStorms,
  [P.recommendCoastGuards]: trackedRecommendation.coastGuards,
  [P.recommendTumenCustoms]: trackedRecommendation.tumenCustoms,
  [P.recommendEnergyData]: trackedRecommendation.energyData,
  [P.recommendPeninsula]: trackedRecommendation.peninsula,
};

// Time: told relative to the moment the seed runs, like the 2011 memorandum. The Steering Committee
// approved this one about two years and five months ago, so its follow-up spans three calendar years.

/** Days from now (negative: ago). */
const ADOPTED = -880;

const timeline = (now: Date) => ({
  created: at(now, ADOPTED - 300, 1),
  finalised: at(now, ADOPTED - 75, 6),
  submitted: at(now, ADOPTED - 60, 2),
  approved: at(now, ADOPTED, 9),
  published: at(now, ADOPTED + 12, 3),
});

// Follow-up

const S = RecommendationStatus;

interface Step {
  to: RecommendationStatus;
  /** Days from now. */
  day: number;
  note: string;
  evidenceUrl?: string;
}

interface FollowUp {
  steps: Step[];
  /** Days from now; null when nothing is due. */
  followUp: number | null;
}

/** What became of each of the memorandum's recommendations, recorded by the CSCAP secretariat. */
const memorandumFollowUp: Record<string, FollowUp> = {
  // Overdue: the senior officials' consultation was to have met by now.
  [trackedRecommendation.energyDialogue]: {
    steps: [
      {
        to: S.TRANSMITTED,
        day: -850,
        note:
          'Sent with the published memorandum by letter of the co-chairs to the foreign ministries of China, Japan, ' +
          'Mongolia, the Republic of Korea and the Russian Federation, through the CSCAP member committees.',
        evidenceUrl: 'https://example.org/cscap/letters/energy-security-dialogue',
      },
      {
        to: S.UNDER_CONSIDERATION,
        day: -700,
        note:
          'The energy ministry of the Republic of Korea replied that it would raise the proposal with the other ' +
          'governments at the next senior officials’ consultation on energy cooperation.',
        evidenceUrl: 'https://example.org/cscap/replies/energy-security-dialogue',
      },
    ],
    followUp: -20,
  },
  // Overdue: no answer to the transmittal.
  [trackedRecommendation.powerGrid]: {
    steps: [
      {
        to: S.TRANSMITTED,
        day: -849,
        note:
          'Sent to the ESCAP East and North-East Asia Office and to the GTI Secretariat, asking whether they would ' +
          'prepare the roadmap together.',
        evidenceUrl: 'https://example.org/cscap/letters/power-interconnection-roadmap',
      },
    ],
    followUp: -45,
  },
  [trackedRecommendation.lng]: {
    steps: [
      {
        to: S.TRANSMITTED,
        day: -850,
        note:
          'Sent to the Trilateral Cooperation Secretariat and, through CSCAP-China, CSCAP-Japan and CSCAP-Korea, ' +
          'to the three governments.',
      },
      {
        to: S.UNDER_CONSIDERATION,
        day: -640,
        note: 'The Trilateral Cooperation Secretariat put the proposal on the agenda of the trilateral energy consultation.',
        evidenceUrl: 'https://www.tcs-asia.org/',
      },
      {
        to: S.ACCEPTED_BY_ADDRESSEE,
        day: -420,
        note:
          'The joint statement of the trilateral energy consultation commits the three governments to coordinating ' +
          'their emergency stocks of liquefied natural gas; arrangements for swapping cargoes are to be studied.',
        evidenceUrl: 'https://example.org/tcs/energy-consultation-joint-statement',
      },
    ],
    followUp: 40,
  },
  [trackedRecommendation.radiationData]: {
    steps: [
      {
        to: S.TRANSMITTED,
        day: -850,
        note: 'Sent to the Trilateral Cooperation Secretariat for the trilateral meeting of nuclear regulators.',
      },
      {
        to: S.ACCEPTED_BY_ADDRESSEE,
        day: -700,
        note:
          'The trilateral meeting of nuclear regulators agreed to share radiation-monitoring data and to hold a ' +
          'joint exercise in emergency preparedness.',
        evidenceUrl: 'https://example.org/tcs/nuclear-regulators-meeting-summary',
      },
      {
        to: S.IMPLEMENTED,
        day: -300,
        note:
          'The regulators’ shared platform for radiation-monitoring data went live, and the first joint exercise ' +
          'was held.',
        evidenceUrl: 'https://example.org/tcs/radiation-data-platform',
      },
    ],
    followUp: null,
  },
  [trackedRecommendation.dustStorms]: {
    steps: [
      {
        to: S.TRANSMITTED,
        day: -848,
        note: 'Sent to the ESCAP East and North-East Asia Office and to the NEAR Secretariat.',
      },
      {
        to: S.UNDER_CONSIDERATION,
        day: -760,
        note:
          'ESCAP-ENEA proposed to take the network up under the North-East Asian Subregional Programme for ' +
          'Environmental Cooperation (NEASPEC).',
        evidenceUrl: 'https://www.neaspec.org/',
      },
      {
        to: S.ACCEPTED_BY_ADDRESSEE,
        day: -560,
        note: 'The NEASPEC Senior Officials Meeting approved a project on the early warning of sand and dust storms, with NEAR as partner.',
        evidenceUrl: 'https://example.org/neaspec/senior-officials-meeting-report',
      },
      {
        to: S.IMPLEMENTED,
        day: -150,
        note:
          'The early-warning network began operating, linking the national meteorological services with twelve ' +
          'local governments.',
        evidenceUrl: 'https://example.org/neaspec/dust-storm-early-warning',
      },
    ],
    followUp: null,
  },
  [trackedRecommendation.coastGuards]: {
    steps: [
      {
        to: S.TRANSMITTED,
        day: -850,
        note: 'Sent to the governments of the subregion through the CSCAP member committees.',
      },
      {
        to: S.UNDER_CONSIDERATION,
        day: -690,
        note: 'Two governments acknowledged the recommendation and said they would study it.',
      },
      {
        to: S.NOT_TAKEN_UP,
        day: -480,
        note:
          'Both replied that communication between coast guards is handled bilaterally and that no multilateral ' +
          'arrangement is planned.',
        evidenceUrl: 'https://example.org/cscap/replies/coast-guard-communication',
      },
    ],
    followUp: null,
  },
  // Turned down, then taken up again when two member countries asked for it.
  [trackedRecommendation.tumenCustoms]: {
    steps: [
      { to: S.TRANSMITTED, day: -845, note: 'Sent to the GTI Secretariat for its Transport Board.' },
      {
        to: S.NOT_TAKEN_UP,
        day: -600,
        note: 'The GTI Secretariat replied that customs harmonization lies outside the Transport Board’s current action plan.',
        evidenceUrl: 'https://example.org/gti/replies/customs-harmonization',
      },
      {
        to: S.UNDER_CONSIDERATION,
        day: -90,
        note:
          'At the request of two member countries, the GTI Transport Board included a common electronic declaration ' +
          'in the review of its action plan.',
        evidenceUrl: 'https://www.tumenprogramme.org/',
      },
    ],
    followUp: 25,
  },
  // Adopted only: the secretariat is still looking for research partners to send it to.
  [trackedRecommendation.energyData]: { steps: [], followUp: 60 },
  // Adopted only: held back until conditions allow, as it says.
  [trackedRecommendation.peninsula]: { steps: [], followUp: null },
};

interface HandAdded extends FollowUp {
  id: string;
  sourceTitle: string;
  sourceUrl: string;
  number: number;
  /** Days from now. */
  adopted: number;
  text: string;
  addressees: Addressee[];
  issueAreas: IssueArea[];
}

/** Recommendations of outputs produced elsewhere, entered and followed up by ESCAP-ENEA. */
const handAdded: HandAdded[] = [
  // Overdue: the Transport Board was to have discussed the study by now.
  {
    id: trackedRecommendation.gtiCorridors,
    sourceTitle: 'Joint Statement of the Greater Tumen Initiative Consultative Commission',
    sourceUrl: 'https://www.tumenprogramme.org/',
    number: 4,
    adopted: -620,
    text:
      'The member countries should open the remaining sections of the Tumen transport corridors to international ' +
      'traffic and, with the support of ESCAP, publish common schedules of rail and road tariffs for goods in transit.',
    addressees: [policyMakers, body(org.gti)],
    issueAreas: [A.TRANSPORT, A.TRADE],
    steps: [
      {
        to: S.TRANSMITTED,
        day: -600,
        note:
          'ESCAP-ENEA wrote to the transport ministries of the GTI member countries offering technical support for ' +
          'the tariff schedules.',
        evidenceUrl: 'https://example.org/escap-enea/letters/tumen-corridor-tariffs',
      },
      {
        to: S.UNDER_CONSIDERATION,
        day: -400,
        note:
          'The GTI Transport Board asked ESCAP-ENEA for a comparative study of current tariffs, to be considered at ' +
          'its next meeting.',
        evidenceUrl: 'https://www.tumenprogramme.org/',
      },
    ],
    followUp: -10,
  },
  {
    id: trackedRecommendation.gridOperators,
    sourceTitle: 'Report of the ESCAP Expert Group Meeting on Power System Interconnection in North-East Asia',
    sourceUrl: 'https://www.unescap.org/',
    number: 2,
    adopted: -1000,
    text:
      'ESCAP should convene a standing working group of the transmission system operators of North-East Asia to ' +
      'agree on technical standards and grid codes for cross-border interconnection.',
    addressees: [body(org.escapEnea), institutions],
    issueAreas: [A.ENERGY],
    steps: [
      {
        to: S.TRANSMITTED,
        day: -980,
        note: 'Sent to the ESCAP Energy Division and to the national transmission system operators.',
      },
      {
        to: S.ACCEPTED_BY_ADDRESSEE,
        day: -800,
        note: 'ESCAP agreed to convene the working group and included it in its work on energy connectivity.',
        evidenceUrl: 'https://www.unescap.org/',
      },
      {
        to: S.IMPLEMENTED,
        day: -330,
        note: 'The working group of transmission system operators held its first meeting and adopted its terms of reference.',
        evidenceUrl: 'https://example.org/escap/grid-operators-working-group',
      },
    ],
    followUp: null,
  },
  {
    id: trackedRecommendation.marineProtectedAreas,
    sourceTitle: 'Report of the ESCAP Expert Group Meeting on Marine Protected Areas in North-East Asia',
    sourceUrl: 'https://www.unescap.org/',
    number: 1,
    adopted: -520,
    text:
      'The countries of North-East Asia should link their marine protected areas in a subregional network that ' +
      'shares monitoring methods and data on migratory species, under the North-East Asian Subregional Programme for ' +
      'Environmental Cooperation.',
    addressees: [policyMakers, body(org.escapEnea)],
    issueAreas: [A.ENVIRONMENT],
    steps: [
      { to: S.TRANSMITTED, day: -500, note: 'Sent to the NEASPEC focal points of the member countries.' },
      {
        to: S.UNDER_CONSIDERATION,
        day: -380,
        note: 'Placed on the agenda of the NEASPEC Senior Officials Meeting.',
        evidenceUrl: 'https://www.neaspec.org/',
      },
      {
        to: S.ACCEPTED_BY_ADDRESSEE,
        day: -200,
        note:
          'The NEASPEC Senior Officials Meeting endorsed the network and asked the secretariat to prepare its terms ' +
          'of reference.',
        evidenceUrl: 'https://example.org/neaspec/marine-protected-areas-network',
      },
    ],
    followUp: 50,
  },
  {
    id: trackedRecommendation.floodWarnings,
    sourceTitle: 'Outcome of the North-East Asia Multi-stakeholder Forum on Disaster Risk Reduction',
    sourceUrl: 'https://example.org/escap-enea/drr-forum-outcome',
    number: 3,
    adopted: -35,
    text:
      'Local governments along the shared rivers of North-East Asia should exchange flood warnings across borders in ' +
      'real time and hold a joint evacuation drill every year, together with civil society organizations.',
    addressees: [body(org.near), civilSociety],
    issueAreas: [A.DISASTER_RISK],
    steps: [],
    followUp: 20,
  },
  {
    id: trackedRecommendation.ferryService,
    sourceTitle: 'Report of the ESCAP Expert Group Meeting on Transport Connectivity in North-East Asia',
    sourceUrl: 'https://www.unescap.org/',
    number: 5,
    adopted: -760,
    text:
      'The governments concerned should restore a regular passenger and freight ferry service linking ports of the ' +
      'Republic of Korea, the Russian Federation and Japan with the Tumen River area.',
    addressees: [policyMakers],
    issueAreas: [A.TRANSPORT],
    steps: [
      { to: S.TRANSMITTED, day: -740, note: 'Sent to the transport ministries concerned and to the GTI Secretariat.' },
      {
        to: S.NOT_TAKEN_UP,
        day: -520,
        note:
          'The ministries replied that the route is not commercially viable at present and that no operator has ' +
          'applied for it.',
        evidenceUrl: 'https://example.org/escap-enea/replies/ferry-service',
      },
    ],
    followUp: null,
  },
];

// Rows

/** Every row of the published memorandum and of the registry, dated relative to `now`. */
export function recommendationRows(now: Date) {
  const t = timeline(now);
  const day = (days: number) => at(now, days, 0).toISOString().slice(0, 10);
  const M = publishedMemorandum.peace2019;
  const V = publishedMemorandumVersion.final;

  const documents = [
    {
      id: M,
      kind: DocumentKind.MEMORANDUM,
      title: TITLE,
      status: DocumentStatus.PUBLISHED,
      study_group_id: studyGroup.peace2019,
      meeting_id: null,
      submitted_to_id: org.cscapSteeringCommittee,
      submitted_at: t.submitted,
      published_at: t.published,
      created_by_id: person.coChair,
      created_at: t.created,
      updated_at: t.published,
    },
  ];
  const versions = [
    { id: V, document_id: M, number: 1, frozen_at: t.finalised, is_final: true, created_at: t.created },
  ];
  const paragraphs = order.map((paragraphId) => ({
    id: paragraphId,
    document_id: M,
    merged_into_id: null,
    created_at: t.created,
  }));
  // Drafted by the two co-chairs in the months before it was finalised.
  const versionParagraphs = order.map((paragraphId, position) =>
    versionParagraphRow(
      V,
      position,
      paragraphId,
      content[paragraphId]!,
      1 + (position % 3),
      position % 2 === 0 ? person.coChair : person.coChairChina,
      at(now, ADOPTED - 200 + position * 6, 6),
    ),
  );
  const decisions = [
    {
      id: decisionId,
      document_id: M,
      version_id: V,
      decision: DocumentDecision.APPROVED,
      guidance: '',
      decided_by_id: person.steering,
      decided_at: t.approved,
    },
  ];
  const disseminations = [
    org.cscapKorea,
    org.cscapChina,
    org.cscapJapan,
    org.cscapUs,
    org.tcs,
    org.gti,
    org.escapEnea,
    org.near,
  ].map((organizationId, i) => ({
    id: disseminationId(i + 1),
    document_id: M,
    organization_id: organizationId,
    person_id: null,
    sent_at: t.published,
  }));

  const recommendations: Record<string, unknown>[] = [];
  const updates: Record<string, unknown>[] = [];
  const track = (
    recommendationId: string,
    adoption: { on: string; recordedAt: Date; note: string; evidenceUrl: string | null; by: string },
    recordedBy: string,
    { steps, followUp }: FollowUp,
  ) => {
    updates.push({
      id: updateId(recommendationId, 0),
      recommendation_id: recommendationId,
      from_status: null,
      to_status: S.ADOPTED,
      occurred_on: adoption.on,
      note: adoption.note,
      evidence_url: adoption.evidenceUrl,
      recorded_by_id: adoption.by,
      created_at: adoption.recordedAt,
    });
    let status: RecommendationStatus = S.ADOPTED;
    let lastRecorded = adoption.recordedAt;
    for (const [i, step] of steps.entries()) {
      lastRecorded = at(now, step.day, 10);
      updates.push({
        id: updateId(recommendationId, i + 1),
        recommendation_id: recommendationId,
        from_status: status,
        to_status: step.to,
        occurred_on: day(step.day),
        note: step.note,
        evidence_url: step.evidenceUrl ?? null,
        recorded_by_id: recordedBy,
        created_at: lastRecorded,
      });
      status = step.to;
    }
    return { status, next_follow_up_on: followUp === null ? null : day(followUp), updated_at: lastRecorded };
  };

  // Registered from the final version when the Steering Committee approved it, by the member who recorded the decision.
  const numbered = numberParagraphs(order.map((paragraphId) => ({ paragraphId, ...content[paragraphId]! })));
  for (const p of numbered.filter((p) => p.kind === ParagraphKind.RECOMMENDATION)) {
    const recommendationId = trackedFrom[p.paragraphId]!;
    const followed = track(
      recommendationId,
      {
        on: day(ADOPTED),
        recordedAt: t.approved,
        note: `Adopted in "${TITLE}".`,
        evidenceUrl: null,
        by: person.steering,
      },
      person.cscapSecretariat,
      memorandumFollowUp[recommendationId]!,
    );
    recommendations.push({
      id: recommendationId,
      document_id: M,
      paragraph_id: p.paragraphId,
      version_id: V,
      study_group_id: studyGroup.peace2019,
      meeting_id: null,
      source_title: TITLE,
      source_url: null,
      number: p.recommendationNumber,
      text: plainTextOf(p.html),
      addressees: JSON.stringify(p.addressees),
      issue_areas: p.issueAreas,
      status: followed.status,
      responsible_id: org.cscap,
      adopted_on: day(ADOPTED),
      next_follow_up_on: followed.next_follow_up_on,
      created_by_id: person.steering,
      created_at: t.approved,
      updated_at: followed.updated_at,
    });
  }

  for (const r of handAdded) {
    // Entered a few days after the source was adopted.
    const enteredAt = at(now, r.adopted + 3, 8);
    const followed = track(
      r.id,
      {
        on: day(r.adopted),
        recordedAt: enteredAt,
        note: `Adopted in "${r.sourceTitle}"; entered by the secretariat.`,
        evidenceUrl: r.sourceUrl,
        by: person.secretariat,
      },
      person.secretariat,
      r,
    );
    recommendations.push({
      id: r.id,
      document_id: null,
      paragraph_id: null,
      version_id: null,
      study_group_id: null,
      meeting_id: null,
      source_title: r.sourceTitle,
      source_url: r.sourceUrl,
      number: r.number,
      text: r.text,
      addressees: JSON.stringify(r.addressees),
      issue_areas: r.issueAreas,
      status: followed.status,
      responsible_id: org.escapEnea,
      adopted_on: day(r.adopted),
      next_follow_up_on: followed.next_follow_up_on,
      created_by_id: person.secretariat,
      created_at: enteredAt,
      updated_at: followed.updated_at,
    });
  }

  return { documents, versions, paragraphs, versionParagraphs, decisions, disseminations, recommendations, updates };
}

/**
 * A memorandum of the 2019 study group, approved by the Steering Committee about two years and five months
 * ago and published, and the registry that follows its recommendations up: some only adopted, others sent,
 * considered, accepted, implemented or turned down, two on energy overdue. Beside them, recommendations of
 * GTI and ESCAP meetings that the ESCAP East and North-East Asia Office entered by hand.
 */
export const recommendationsSet: DemoDataSet = {
  name: 'recommendations',
  version: 1,
  async apply(db) {
    const rows = recommendationRows(new Date());
    await insertRows(db, 'documents', rows.documents);
    await insertRows(db, 'document_versions', rows.versions);
    await insertRows(db, 'paragraphs', rows.paragraphs);
    await insertRows(db, 'version_paragraphs', rows.versionParagraphs, '(version_id, paragraph_id)');
    await insertRows(db, 'document_decisions', rows.decisions);
    await insertRows(db, 'document_disseminations', rows.disseminations);
    await insertRows(db, 'recommendations', rows.recommendations);
    await insertRows(db, 'recommendation_updates', rows.updates);
  },
};
