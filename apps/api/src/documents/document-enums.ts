import { registerEnumType } from '@nestjs/graphql';
import {
  AddresseeKind,
  Disposition,
  DocumentDecision,
  DocumentKind,
  DocumentStatus,
  IssueArea,
  ParagraphKind,
} from '@plenary/shared';

registerEnumType(DocumentKind, { name: 'DocumentKind' });
registerEnumType(DocumentStatus, { name: 'DocumentStatus' });
registerEnumType(ParagraphKind, { name: 'ParagraphKind' });
registerEnumType(AddresseeKind, { name: 'AddresseeKind' });
registerEnumType(IssueArea, { name: 'IssueArea' });
registerEnumType(Disposition, { name: 'Disposition' });
registerEnumType(DocumentDecision, { name: 'DocumentDecision' });
