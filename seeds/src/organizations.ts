import { OrganizationKind } from '@plenary/shared';

/** Fixed ids, so that seeds are idempotent and tests and docs can name them. */
export const org = {
  escap: '0a000000-0000-4000-8000-000000000001',
  escapEnea: '0a000000-0000-4000-8000-000000000002',
  tcs: '0a000000-0000-4000-8000-000000000003',
  gti: '0a000000-0000-4000-8000-000000000004',
  near: '0a000000-0000-4000-8000-000000000005',
  adb: '0a000000-0000-4000-8000-000000000006',
  asean: '0a000000-0000-4000-8000-000000000007',
  apec: '0a000000-0000-4000-8000-000000000008',
  sco: '0a000000-0000-4000-8000-000000000009',
  undp: '0a000000-0000-4000-8000-00000000000a',
  cscap: '0a000000-0000-4000-8000-000000000010',
  cscapSteeringCommittee: '0a000000-0000-4000-8000-000000000011',
  cscapKorea: '0a000000-0000-4000-8000-000000000012',
  cscapChina: '0a000000-0000-4000-8000-000000000013',
  cscapJapan: '0a000000-0000-4000-8000-000000000014',
  cscapUs: '0a000000-0000-4000-8000-000000000015',
  cscapRussia: '0a000000-0000-4000-8000-000000000016',
  cscapMongolia: '0a000000-0000-4000-8000-000000000017',
  cscapCanada: '0a000000-0000-4000-8000-000000000018',
  cscapAustralia: '0a000000-0000-4000-8000-000000000019',
  cscapNewZealand: '0a000000-0000-4000-8000-00000000001a',
  cscapIndonesia: '0a000000-0000-4000-8000-00000000001b',
  cscapSingapore: '0a000000-0000-4000-8000-00000000001c',
  cscapVietnam: '0a000000-0000-4000-8000-00000000001d',
  knda: '0a000000-0000-4000-8000-000000000020',
  fefu: '0a000000-0000-4000-8000-000000000021',
  issMongolia: '0a000000-0000-4000-8000-000000000022',
  jiia: '0a000000-0000-4000-8000-000000000023',
  ciis: '0a000000-0000-4000-8000-000000000024',
  isdp: '0a000000-0000-4000-8000-000000000025',
  plenary: '0a000000-0000-4000-8000-000000000030',
} as const;

type OrganizationSeed = {
  id: string;
  name: string;
  acronym: string | null;
  kind: OrganizationKind;
  country: string | null;
  parent_id?: string | null;
};

const K = OrganizationKind;

export const organizations: OrganizationSeed[] = [
  { id: org.escap, name: 'United Nations Economic and Social Commission for Asia and the Pacific', acronym: 'ESCAP', kind: K.UN_BODY, country: 'TH' },
  { id: org.escapEnea, name: 'ESCAP East and North-East Asia Office', acronym: 'ESCAP-ENEA', kind: K.UN_BODY, country: 'KR', parent_id: org.escap },
  { id: org.tcs, name: 'Trilateral Cooperation Secretariat', acronym: 'TCS', kind: K.INTERGOVERNMENTAL, country: 'KR' },
  { id: org.gti, name: 'Greater Tumen Initiative', acronym: 'GTI', kind: K.INTERGOVERNMENTAL, country: 'CN' },
  { id: org.near, name: 'Association of North East Asia Regional Governments', acronym: 'NEAR', kind: K.INTERGOVERNMENTAL, country: 'KR' },
  { id: org.adb, name: 'Asian Development Bank', acronym: 'ADB', kind: K.INTERGOVERNMENTAL, country: 'PH' },
  { id: org.asean, name: 'Association of Southeast Asian Nations', acronym: 'ASEAN', kind: K.INTERGOVERNMENTAL, country: 'ID' },
  { id: org.apec, name: 'Asia-Pacific Economic Cooperation', acronym: 'APEC', kind: K.INTERGOVERNMENTAL, country: 'SG' },
  { id: org.sco, name: 'Shanghai Cooperation Organisation', acronym: 'SCO', kind: K.INTERGOVERNMENTAL, country: 'CN' },
  { id: org.undp, name: 'United Nations Development Programme', acronym: 'UNDP', kind: K.DONOR, country: 'US' },
  { id: org.cscap, name: 'Council for Security Cooperation in the Asia Pacific', acronym: 'CSCAP', kind: K.COUNCIL, country: 'MY' },
  { id: org.cscapSteeringCommittee, name: 'CSCAP Steering Committee', acronym: 'CSCAP SC', kind: K.COUNCIL, country: null, parent_id: org.cscap },
  { id: org.cscapKorea, name: 'CSCAP-Korea', acronym: 'CSCAP-Korea', kind: K.MEMBER_COMMITTEE, country: 'KR', parent_id: org.cscap },
  { id: org.cscapChina, name: 'CSCAP-China', acronym: 'CSCAP-China', kind: K.MEMBER_COMMITTEE, country: 'CN', parent_id: org.cscap },
  { id: org.cscapJapan, name: 'CSCAP-Japan', acronym: 'CSCAP-Japan', kind: K.MEMBER_COMMITTEE, country: 'JP', parent_id: org.cscap },
  { id: org.cscapUs, name: 'CSCAP-US', acronym: 'CSCAP-US', kind: K.MEMBER_COMMITTEE, country: 'US', parent_id: org.cscap },
  { id: org.cscapRussia, name: 'CSCAP-Russia', acronym: 'CSCAP-Russia', kind: K.MEMBER_COMMITTEE, country: 'RU', parent_id: org.cscap },
  { id: org.cscapMongolia, name: 'CSCAP-Mongolia', acronym: 'CSCAP-Mongolia', kind: K.MEMBER_COMMITTEE, country: 'MN', parent_id: org.cscap },
  { id: org.cscapCanada, name: 'CSCAP-Canada', acronym: 'CSCAP-Canada', kind: K.MEMBER_COMMITTEE, country: 'CA', parent_id: org.cscap },
  { id: org.cscapAustralia, name: 'CSCAP-Australia', acronym: 'AUS-CSCAP', kind: K.MEMBER_COMMITTEE, country: 'AU', parent_id: org.cscap },
  { id: org.cscapNewZealand, name: 'CSCAP-New Zealand', acronym: 'CSCAP-NZ', kind: K.MEMBER_COMMITTEE, country: 'NZ', parent_id: org.cscap },
  { id: org.cscapIndonesia, name: 'CSCAP-Indonesia', acronym: 'CSCAP-Indonesia', kind: K.MEMBER_COMMITTEE, country: 'ID', parent_id: org.cscap },
  { id: org.cscapSingapore, name: 'CSCAP-Singapore', acronym: 'CSCAP-Singapore', kind: K.MEMBER_COMMITTEE, country: 'SG', parent_id: org.cscap },
  { id: org.cscapVietnam, name: 'CSCAP-Vietnam', acronym: 'CSCAP-Vietnam', kind: K.MEMBER_COMMITTEE, country: 'VN', parent_id: org.cscap },
  { id: org.knda, name: 'Korea National Diplomatic Academy', acronym: 'KNDA', kind: K.NATIONAL_POLICY_INSTITUTE, country: 'KR' },
  { id: org.fefu, name: 'Far Eastern Federal University', acronym: 'FEFU', kind: K.UNIVERSITY, country: 'RU' },
  { id: org.issMongolia, name: 'Institute for Strategic Studies', acronym: 'ISS', kind: K.NATIONAL_POLICY_INSTITUTE, country: 'MN' },
  { id: org.jiia, name: 'Japan Institute of International Affairs', acronym: 'JIIA', kind: K.THINK_TANK, country: 'JP' },
  { id: org.ciis, name: 'China Institute of International Studies', acronym: 'CIIS', kind: K.THINK_TANK, country: 'CN' },
  { id: org.isdp, name: 'Institute for Security and Development Policy', acronym: 'ISDP', kind: K.THINK_TANK, country: 'SE' },
  { id: org.plenary, name: 'Plenary platform administration', acronym: null, kind: K.OTHER, country: null },
];
