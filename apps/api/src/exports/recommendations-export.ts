import { Inject, Injectable, type ArgumentMetadata, ParseUUIDPipe, type PipeTransform } from '@nestjs/common';
import {
  AddresseeKind,
  addresseeKindLabels,
  IssueArea,
  issueAreaLabels,
  RecommendationStatus,
  recommendationStatusLabels,
} from '@plenary/shared';
import { AccessService } from '../access/access.service';
import { MembershipObjectType } from '../access/membership.entity';
import type { Viewer } from '../common/viewer';
import { invalid } from '../common/domain-error';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { documentAccess } from '../documents/document-visibility';
import { DocumentsRepository } from '../documents/documents.repository';
import { MeetingsRepository } from '../meetings/meetings.repository';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import type { RegistryFilter } from '../recommendations/recommendations.repository';
import { type Registry, RecommendationsService } from '../recommendations/recommendations.service';
import { StudyGroupsRepository } from '../study-groups/study-groups.repository';

/** One recommendation as the spreadsheet reads it: labels and names, not codes and ids. */
export interface RecommendationRow {
  source: string;
  number: number | null;
  text: string;
  addressees: string;
  issueAreas: string;
  status: string;
  adoptedOn: string;
  nextFollowUpOn: string | null;
  overdue: boolean;
  responsible: string;
  /** "2026-03-04: Sent to the ministries." */
  lastStep: string;
  evidence: string | null;
  link: string;
}

/** The registry as one viewer may see it under one set of filters, ready to be written out. */
export interface RecommendationExport {
  /** The filters given, each named: `{ label: 'Issue area', value: 'Energy' }`. */
  filters: { label: string; value: string }[];
  /** The date "overdue" was judged on. */
  today: string;
  rows: RecommendationRow[];
}

/** The filters as the title row says them: "Recommendation registry — Issue area: Energy — as of 2026-05-04". */
export function recommendationsTitle(registry: RecommendationExport): string {
  const filters = registry.filters.map((f) => `${f.label}: ${f.value}`).join('; ');
  return `Recommendation registry — ${filters || 'all recommendations you may see'} — as of ${registry.today}`;
}

/** The filters as a file name says them: "Energy, Transmitted". */
export function recommendationsFileLabel(registry: RecommendationExport): string {
  return registry.filters.map((f) => f.value).join(', ');
}

// The query string

/** The dashboard's filters, as its address and the export's name them. */
export const REGISTRY_PARAMETERS = [
  'studyGroup',
  'meeting',
  'document',
  'organization',
  'addressee',
  'issueArea',
  'status',
  'year',
  'overdue',
] as const;
type RegistryParameter = (typeof REGISTRY_PARAMETERS)[number];

/**
 * The dashboard's query parameters, checked, as the registry's filter. An empty parameter is one
 * not given (a form submits its blank choices); anything malformed is a 400 that names it.
 */
export class RegistryFilterPipe implements PipeTransform<unknown, Promise<RegistryFilter>> {
  async transform(query: unknown, metadata: ArgumentMetadata): Promise<RegistryFilter> {
    const params = (query ?? {}) as Record<string, unknown>;
    const given = (name: RegistryParameter): string | undefined => {
      const value = params[name];
      if (value === undefined || value === '') return undefined;
      if (typeof value !== 'string') throw invalid(name, `Give "${name}" once, as a single value.`);
      return value;
    };
    const id = (name: RegistryParameter): Promise<string | undefined> =>
      new ParseUUIDPipe({
        optional: true,
        exceptionFactory: () => invalid(name, `"${name}" must be an id, such as 3f2b9c4e-8d1a-4c5e-9b7f-2a6d8e0c1b34.`),
      }).transform(given(name), metadata) as Promise<string | undefined>;
    const year = given('year');
    if (year !== undefined && !/^[0-9]{4}$/.test(year)) throw invalid('year', '"year" must be a year, such as 2021.');
    const overdue = given('overdue');
    if (overdue !== undefined && !['1', 'true', '0', 'false'].includes(overdue)) {
      throw invalid('overdue', '"overdue" must be 1 or true (or 0 or false).');
    }
    return {
      studyGroupId: await id('studyGroup'),
      meetingId: await id('meeting'),
      documentId: await id('document'),
      addresseeOrganizationId: await id('organization'),
      addressee: oneOf('addressee', given('addressee'), AddresseeKind),
      issueArea: oneOf('issueArea', given('issueArea'), IssueArea),
      status: oneOf('status', given('status'), RecommendationStatus),
      year: year === undefined ? undefined : Number(year),
      overdue: overdue === '1' || overdue === 'true',
    };
  }
}

function oneOf<T extends string>(name: string, value: string | undefined, values: Record<string, T>): T | undefined {
  if (value === undefined) return undefined;
  const known = Object.values(values);
  const match = known.find((v) => v === value);
  if (!match) throw invalid(name, `"${name}" must be one of ${known.join(', ')}.`);
  return match;
}

// The rows

@Injectable()
export class RecommendationExportService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly recommendations: RecommendationsService,
    private readonly access: AccessService,
    private readonly organizations: OrganizationsRepository,
    private readonly studyGroups: StudyGroupsRepository,
    private readonly meetings: MeetingsRepository,
    private readonly documents: DocumentsRepository,
  ) {}

  /** The registry the viewer may see under `filter`, one row a recommendation, in the registry's order. */
  async registry(viewer: Viewer, filter: RegistryFilter): Promise<RecommendationExport> {
    const registry = await this.recommendations.registry(viewer, filter);
    const organizationIds = new Set<string>(filter.addresseeOrganizationId ? [filter.addresseeOrganizationId] : []);
    for (const r of registry.recommendations) {
      organizationIds.add(r.responsibleId);
      for (const a of r.addressees) if (a.organizationId) organizationIds.add(a.organizationId);
    }
    const organizations = await this.organizations.findByIds([...organizationIds]);
    const names = new Map(organizations.map((o) => [o.id, o.name]));
    return {
      filters: await this.describe(viewer, filter, names),
      today: registry.today,
      rows: this.rows(registry, (id) => names.get(id) ?? 'Unknown organization'),
    };
  }

  private rows(registry: Registry, organization: (id: string) => string): RecommendationRow[] {
    const { publicUrl } = this.config;
    // The history comes oldest step first, so the last one seen is the latest.
    const lastStep = new Map<string, string>();
    const evidence = new Map<string, string>();
    for (const step of registry.updates) {
      lastStep.set(step.recommendationId, [step.occurredOn, step.note].filter(Boolean).join(': '));
      const url = step.evidenceUrl ?? (step.evidenceFileId ? `${publicUrl}/files/${step.evidenceFileId}` : null);
      if (url) evidence.set(step.recommendationId, url);
    }
    return registry.recommendations.map((r) => ({
      source: r.sourceTitle,
      number: r.number,
      text: r.text,
      addressees: r.addressees
        .map((a) =>
          a.kind === AddresseeKind.NAMED_BODY && a.organizationId
            ? organization(a.organizationId)
            : addresseeKindLabels[a.kind],
        )
        .join('; '),
      issueAreas: r.issueAreas.map((a) => issueAreaLabels[a]).join(', '),
      status: recommendationStatusLabels[r.status],
      adoptedOn: r.adoptedOn,
      nextFollowUpOn: r.nextFollowUpOn,
      overdue: this.recommendations.overdue(r, registry.today),
      responsible: organization(r.responsibleId),
      lastStep: lastStep.get(r.id) ?? '',
      evidence: evidence.get(r.id) ?? null,
      link: `${publicUrl}/recommendations/${r.id}`,
    }));
  }

  /**
   * The filters in words. A study group, meeting or document is named only to someone who may see
   * it; to anyone else an id they were given says nothing more than one that does not exist.
   */
  private async describe(
    viewer: Viewer,
    filter: RegistryFilter,
    organizations: Map<string, string>,
  ): Promise<RecommendationExport['filters']> {
    const [studyGroup, meeting, document] = await Promise.all([
      filter.studyGroupId ? this.studyGroupTitle(viewer, filter.studyGroupId) : null,
      filter.meetingId ? this.meetingTitle(viewer, filter.meetingId) : null,
      filter.documentId ? this.documentTitle(viewer, filter.documentId) : null,
    ]);
    const unknown = '(unknown)';
    const filters: { label: string; value: string | null | undefined }[] = [
      { label: 'Study group', value: filter.studyGroupId && (studyGroup ?? unknown) },
      { label: 'Meeting', value: filter.meetingId && (meeting ?? unknown) },
      { label: 'Document', value: filter.documentId && (document ?? unknown) },
      { label: 'Addressed to', value: filter.addressee && addresseeKindLabels[filter.addressee] },
      {
        label: 'Addressed to',
        value: filter.addresseeOrganizationId && (organizations.get(filter.addresseeOrganizationId) ?? unknown),
      },
      { label: 'Issue area', value: filter.issueArea && issueAreaLabels[filter.issueArea] },
      { label: 'Status', value: filter.status && recommendationStatusLabels[filter.status] },
      { label: 'Adopted in', value: filter.year?.toString() },
      { label: 'Follow-up', value: filter.overdue ? 'Overdue' : null },
    ];
    return filters.flatMap((f) => (f.value ? [{ label: f.label, value: f.value }] : []));
  }

  private async studyGroupTitle(viewer: Viewer, id: string): Promise<string | null> {
    const [allowed, [group]] = await Promise.all([
      this.access.allowedIds(viewer, 'StudyGroupView', [id]),
      this.studyGroups.findByIds([id]),
    ]);
    return group && allowed.has(id) ? group.title : null;
  }

  private async meetingTitle(viewer: Viewer, id: string): Promise<string | null> {
    const [allowed, [meeting]] = await Promise.all([
      this.access.allowedIds(viewer, 'MeetingView', [id]),
      this.meetings.findByIds([id]),
    ]);
    return meeting && allowed.has(id) ? meeting.title : null;
  }

  private async documentTitle(viewer: Viewer, id: string): Promise<string | null> {
    const [roles, [document]] = await Promise.all([
      this.access.roles(viewer, MembershipObjectType.DOCUMENT, [id]),
      this.documents.findByIds([id]),
    ]);
    return document && documentAccess(document.status, roles.get(id) ?? []).visible ? document.title : null;
  }
}
