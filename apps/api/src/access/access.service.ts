import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError, notFound } from '../common/domain-error';
import type { Viewer } from '../common/viewer';
import { AccessRepository, type Grant } from './access.repository';
import type { MembershipObjectType } from './membership.entity';
import { grants, type Permission, permissions, viewPermissionOf } from './permissions';

/**
 * The one place that answers "may this user do P on these objects". Each answer is a single
 * set-based query, however many objects are asked about.
 */
@Injectable()
export class AccessService {
  constructor(private readonly repository: AccessRepository) {}

  /** The viewer's roles on each object, held and derived, for rules that also depend on the object's state. */
  roles(viewer: Viewer, objectType: MembershipObjectType, ids: readonly string[]): Promise<Map<string, string[]>> {
    return this.repository.rolesOn(viewer.personId, objectType, [...new Set(ids)]);
  }

  /** The subset of `ids` on which the viewer holds `permission`. */
  async allowedIds(viewer: Viewer, permission: Permission, ids: readonly string[]): Promise<Set<string>> {
    const rule = permissions[permission];
    const roles = await this.repository.rolesOn(viewer.personId, rule.objectType, [...new Set(ids)]);
    const allowed = new Set<string>();
    for (const [id, held] of roles) {
      if (grants(permission, held)) allowed.add(id);
    }
    return allowed;
  }

  /**
   * Refuses unless the viewer holds `permission` on every id. An object the viewer cannot see at
   * all answers NOT_FOUND, exactly as one that does not exist; one they can see but not act on
   * answers FORBIDDEN.
   */
  async require(viewer: Viewer, permission: Permission, ids: readonly string[]): Promise<void> {
    const rule = permissions[permission];
    const unique = [...new Set(ids)];
    const roles = await this.repository.rolesOn(viewer.personId, rule.objectType, unique);
    const viewRule = viewPermissionOf[rule.objectType];
    for (const id of unique) {
      const held = roles.get(id) ?? [];
      if (grants(permission, held)) continue;
      const visible = viewRule ? grants(viewRule, held) : held.length > 0;
      if (!visible && viewRule) throw notFound(rule.noun);
      throw new DomainError('NOT_PERMITTED', `Your role on this ${rule.noun} does not allow this.`);
    }
  }

  /** Gives the person a role on the object, in the caller's transaction; a role already held stays as it is. */
  grant(manager: EntityManager, grant: Grant): Promise<void> {
    return this.repository.grant(manager, grant);
  }

  /** Moves the person from one role on the object to another; a null end only grants or only revokes. */
  async changeRole(
    manager: EntityManager,
    holder: Omit<Grant, 'role' | 'representingId'>,
    from: string | null,
    to: string | null,
  ): Promise<void> {
    if (from) await this.repository.revoke(manager, { ...holder, role: from });
    if (to) await this.repository.grant(manager, { ...holder, role: to });
  }

  /** Ends one membership, named by its id. */
  revokeMembership(manager: EntityManager, membershipId: string): Promise<void> {
    return this.repository.deleteMembership(manager, membershipId);
  }

  /** Makes exactly these people the holders of the role on the object, in the caller's transaction. */
  setRoleHolders(
    manager: EntityManager,
    object: { objectType: MembershipObjectType; objectId: string; role: string },
    personIds: readonly string[],
  ): Promise<void> {
    return this.repository.setRoleHolders(manager, object, personIds);
  }
}

export function requirePlatformAdmin(viewer: Viewer): void {
  if (!viewer.isPlatformAdmin) {
    throw new DomainError('PLATFORM_ADMIN_REQUIRED', 'Only platform administrators may do this.');
  }
}
