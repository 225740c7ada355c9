import { AddresseeKind, IssueArea } from '@plenary/shared';
import type { EntityManager } from 'typeorm';
import { invalid } from '../common/domain-error';
import type { OrganizationsRepository } from '../organizations/organizations.repository';
import type { Addressee } from './paragraph.entity';

const MAX_ADDRESSEES = 20;

/** Whom a recommendation addresses, checked: a named body must be named, and must exist. */
export async function checkAddressees(
  organizations: OrganizationsRepository,
  manager: EntityManager,
  input: readonly { kind: AddresseeKind; organizationId?: string | null }[],
): Promise<Addressee[]> {
  if (input.length > MAX_ADDRESSEES) throw invalid('addressees', `At most ${MAX_ADDRESSEES} addressees.`);
  const addressees = input.map((a, i) => {
    if (a.kind === AddresseeKind.NAMED_BODY && !a.organizationId) {
      throw invalid(`addressees[${i}].organizationId`, 'Name the body addressed.');
    }
    return { kind: a.kind, organizationId: a.kind === AddresseeKind.NAMED_BODY ? a.organizationId! : null };
  });
  const named = addressees.map((a) => a.organizationId).filter((id): id is string => !!id);
  await organizations.requireIds(manager, named, { field: 'addressees' });
  return addressees;
}

/** Issue areas from the shared taxonomy, each once. */
export function checkIssueAreas(input: readonly IssueArea[]): IssueArea[] {
  const issueAreas = [...new Set(input)];
  if (issueAreas.some((a) => !Object.values(IssueArea).includes(a))) throw invalid('issueAreas', 'Unknown issue area.');
  return issueAreas;
}
