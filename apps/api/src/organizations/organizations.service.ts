import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { isCountryCode, limits, OrganizationKind } from '@plenary/shared';
import { AccessService, requirePlatformAdmin } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import type { Viewer } from '../common/viewer';
import { DomainError, invalid, notFound } from '../common/domain-error';
import { optionalText, requiredText } from '../common/text';
import type { CreateOrganizationInput, UpdateOrganizationInput } from './dto/organization.input';
import type { OrganizationEntity } from './organization.entity';
import { OrganizationsRepository } from './organizations.repository';

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: OrganizationsRepository,
    private readonly audit: AuditService,
    private readonly access: AccessService,
  ) {}

  /** Organizations are the shared directory every signed-in user picks from. */
  list(search: string | null | undefined): Promise<OrganizationEntity[]> {
    const text = optionalText('search', search, limits.searchText);
    return this.repository.search(text, 500);
  }

  async get(id: string): Promise<OrganizationEntity> {
    const [organization] = await this.repository.findByIds([id]);
    if (!organization) throw notFound('organization');
    return organization;
  }

  async create(viewer: Viewer, input: CreateOrganizationInput): Promise<OrganizationEntity> {
    requirePlatformAdmin(viewer);
    return this.insert(viewer, input, false, 'organization.created');
  }

  /**
   * An organiser adds an affiliation the directory lacks while preparing a meeting's list ("Ministry
   * of Energy"), without waiting for an administrator; it is marked for administrators to review.
   */
  async addForMeeting(viewer: Viewer, meetingId: string, input: CreateOrganizationInput): Promise<OrganizationEntity> {
    await this.access.require(viewer, 'MeetingManage', [meetingId]);
    return this.insert(viewer, { ...input, parentId: null }, true, 'organization.added_for_meeting', { meetingId });
  }

  /** An administrator has looked at an organization added on the spot and keeps it as it is. */
  async confirm(viewer: Viewer, id: string): Promise<OrganizationEntity> {
    requirePlatformAdmin(viewer);
    await this.dataSource.transaction(async (manager) => {
      await this.requireExisting(manager, id);
      await this.repository.update(manager, id, { needsReview: false });
      await this.audit.record(manager, {
        actorUserId: viewer.userId,
        objectType: 'ORGANIZATION',
        objectId: id,
        action: 'organization.reviewed',
      });
    });
    return this.get(id);
  }

  private async insert(
    viewer: Viewer,
    input: CreateOrganizationInput,
    needsReview: boolean,
    action: string,
    data: Record<string, unknown> = {},
  ): Promise<OrganizationEntity> {
    const values = {
      name: requiredText('name', input.name, limits.shortText),
      acronym: optionalText('acronym', input.acronym, limits.acronym),
      kind: checkKind(input.kind),
      country: checkCountry(input.country),
      parentId: input.parentId ?? null,
      needsReview,
    };
    return this.dataSource.transaction(async (manager) => {
      await this.checkName(manager, values.name);
      if (values.parentId) await this.requireExisting(manager, values.parentId);
      const organization = await this.repository.insert(manager, values);
      await this.audit.record(manager, {
        actorUserId: viewer.userId,
        objectType: 'ORGANIZATION',
        objectId: organization.id,
        action,
        data: { name: values.name, ...data },
      });
      return organization;
    });
  }

  async update(viewer: Viewer, id: string, input: UpdateOrganizationInput): Promise<OrganizationEntity> {
    requirePlatformAdmin(viewer);
    const changes: Partial<OrganizationEntity> = {};
    if (input.name !== undefined) changes.name = requiredText('name', input.name ?? '', limits.shortText);
    if (input.acronym !== undefined) changes.acronym = optionalText('acronym', input.acronym, limits.acronym);
    if (input.kind !== undefined && input.kind !== null) changes.kind = checkKind(input.kind);
    if (input.country !== undefined) changes.country = checkCountry(input.country);
    if (input.parentId !== undefined) changes.parentId = input.parentId;
    // An administrator's edit is their review of an organization added on the spot.
    changes.needsReview = false;
    await this.dataSource.transaction(async (manager) => {
      await this.requireExisting(manager, id);
      if (changes.name) await this.checkName(manager, changes.name, id);
      if (changes.parentId) {
        await this.requireExisting(manager, changes.parentId);
        const above = await this.repository.ancestorIds(manager, changes.parentId);
        if (above.includes(id)) {
          throw invalid(
            'parentId',
            'An organization cannot sit under itself or one of its own members.',
            'PARENT_CYCLE',
          );
        }
      }
      await this.repository.update(manager, id, changes);
      await this.audit.record(manager, {
        actorUserId: viewer.userId,
        objectType: 'ORGANIZATION',
        objectId: id,
        action: 'organization.updated',
        data: { fields: Object.keys(changes) },
      });
    });
    return this.get(id);
  }

  private async checkName(manager: EntityManager, name: string, exceptId?: string): Promise<void> {
    if (await this.repository.nameTaken(manager, name, exceptId)) {
      throw new DomainError('ORGANIZATION_EXISTS', `An organization named "${name}" already exists.`, {
        field: 'name',
      });
    }
  }

  private async requireExisting(manager: EntityManager, id: string): Promise<void> {
    if (!(await this.repository.findById(manager, id))) throw notFound('organization');
  }
}

function checkKind(kind: OrganizationKind): OrganizationKind {
  if (!Object.values(OrganizationKind).includes(kind)) throw invalid('kind', 'Unknown kind of organization.');
  return kind;
}

export function checkCountry(country: string | null | undefined, field = 'country'): string | null {
  if (country === null || country === undefined || country.trim() === '') return null;
  const code = country.trim().toUpperCase();
  if (!isCountryCode(code)) {
    throw invalid(
      field,
      `"${country.slice(0, 20)}" is not a country code such as KR, CN, JP or RU.`,
      'INVALID_COUNTRY',
    );
  }
  return code;
}
