import { OrganizationRole } from '@plenary/shared';
import { org } from './organizations';

export const person = {
  admin: '0b000000-0000-4000-8000-000000000001',
  secretariat: '0b000000-0000-4000-8000-000000000002',
  coChair: '0b000000-0000-4000-8000-000000000003',
  coChairChina: '0b000000-0000-4000-8000-000000000004',
  focalPoint: '0b000000-0000-4000-8000-000000000005',
  expert: '0b000000-0000-4000-8000-000000000006',
  steering: '0b000000-0000-4000-8000-000000000007',
  observer: '0b000000-0000-4000-8000-000000000008',
  cscapSecretariat: '0b000000-0000-4000-8000-000000000009',
} as const;

export const demoPassword = 'plenary-demo';

interface PersonSeed {
  id: string;
  name: string;
  sort_name: string;
  honorific: string | null;
  title: string | null;
  affiliation_id: string | null;
  email: string;
  /** What the demo account is for, as printed at start-up. */
  role: string;
  platformAdmin?: boolean;
  /** Roles on organizations: the secretariat that convenes, the committee a focal point speaks for. */
  organizationRoles?: { organizationId: string; role: OrganizationRole }[];
}

/** One demo account for each role in the product, with names in the scripts their holders write them in. */
export const people: PersonSeed[] = [
  {
    id: person.admin,
    name: 'Amina Rahman',
    sort_name: 'Rahman, Amina',
    honorific: 'Ms.',
    title: 'Platform administrator',
    affiliation_id: org.plenary,
    email: 'admin@plenary.example',
    role: 'Platform administrator (accounts and organizations)',
    platformAdmin: true,
  },
  {
    id: person.secretariat,
    name: '이서연',
    sort_name: 'Lee Seo-yeon',
    honorific: 'Ms.',
    title: 'Programme Officer',
    affiliation_id: org.escapEnea,
    email: 'secretariat@plenary.example',
    role: 'Organizer / secretariat, ESCAP East and North-East Asia Office',
    organizationRoles: [{ organizationId: org.escapEnea, role: OrganizationRole.SECRETARIAT }],
  },
  {
    id: person.coChair,
    name: '김태훈',
    sort_name: 'Kim Tae-hoon',
    honorific: 'Prof.',
    title: 'Professor of International Relations',
    affiliation_id: org.knda,
    email: 'co-chair@plenary.example',
    role: 'Co-chair (CSCAP-Korea)',
    organizationRoles: [{ organizationId: org.cscapKorea, role: OrganizationRole.MEMBER }],
  },
  {
    id: person.coChairChina,
    name: '王磊',
    sort_name: 'Wang Lei',
    honorific: 'Dr.',
    title: 'Senior Research Fellow',
    affiliation_id: org.ciis,
    email: 'co-chair.china@plenary.example',
    role: 'Co-chair (CSCAP-China)',
    organizationRoles: [{ organizationId: org.cscapChina, role: OrganizationRole.MEMBER }],
  },
  {
    id: person.focalPoint,
    name: '佐藤遥',
    sort_name: 'Sato Haruka',
    honorific: 'Dr.',
    title: 'Research Fellow',
    affiliation_id: org.jiia,
    email: 'focal-point@plenary.example',
    role: 'Member-committee focal point (CSCAP-Japan)',
    organizationRoles: [{ organizationId: org.cscapJapan, role: OrganizationRole.FOCAL_POINT }],
  },
  {
    id: person.expert,
    name: 'Анна Соколова',
    sort_name: 'Sokolova, Anna',
    honorific: 'Dr.',
    title: 'Associate Professor of Energy Policy',
    affiliation_id: org.fefu,
    email: 'expert@plenary.example',
    role: 'Expert',
    organizationRoles: [{ organizationId: org.cscapRussia, role: OrganizationRole.MEMBER }],
  },
  {
    id: person.steering,
    name: 'Michael Brennan',
    sort_name: 'Brennan, Michael',
    honorific: 'Mr.',
    title: 'Co-chair, CSCAP-US',
    affiliation_id: org.cscapUs,
    email: 'steering@plenary.example',
    role: 'Steering-committee member',
    organizationRoles: [{ organizationId: org.cscapSteeringCommittee, role: OrganizationRole.MEMBER }],
  },
  {
    id: person.observer,
    name: 'Батбаярын Оюунчимэг',
    sort_name: 'Batbayar Oyunchimeg',
    honorific: 'Ms.',
    title: 'Researcher',
    affiliation_id: org.issMongolia,
    email: 'observer@plenary.example',
    role: 'Observer',
  },
  {
    id: person.cscapSecretariat,
    name: 'Nor Azlina Hashim',
    sort_name: 'Hashim, Nor Azlina',
    honorific: 'Ms.',
    title: 'Executive Officer',
    affiliation_id: org.cscap,
    email: 'cscap.secretariat@plenary.example',
    role: 'Secretariat of the CSCAP study groups',
    organizationRoles: [{ organizationId: org.cscap, role: OrganizationRole.SECRETARIAT }],
  },
];

export const demoAccounts = people.map(({ email, role }) => ({ email, role }));
