import { Injectable } from '@nestjs/common';
import { DomainError, notFound } from '../common/domain-error';
import type { Viewer } from '../auth/viewer';
import { AccessRepository } from './access.repository';
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
}

export function requirePlatformAdmin(viewer: Viewer): void {
  if (!viewer.isPlatformAdmin) {
    throw new DomainError('PLATFORM_ADMIN_REQUIRED', 'Only platform administrators may do this.');
  }
}
