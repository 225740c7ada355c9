import { registerEnumType } from '@nestjs/graphql';
import {
  AddresseeKind,
  AttributionMode,
  CommentKind,
  Disposition,
  DocumentDecision,
  DocumentKind,
  DocumentStatus,
  IssueArea,
  ParagraphKind,
  RecipientResponse,
  RoundStatus,
} from '@plenary/shared';

registerEnumType(DocumentKind, { name: 'DocumentKind' });
registerEnumType(DocumentStatus, { name: 'DocumentStatus' });
registerEnumType(ParagraphKind, { name: 'ParagraphKind' });
registerEnumType(AddresseeKind, { name: 'AddresseeKind' });
registerEnumType(IssueArea, { name: 'IssueArea' });
registerEnumType(AttributionMode, { name: 'AttributionMode' });
registerEnumType(RoundStatus, { name: 'RoundStatus' });
registerEnumType(CommentKind, { name: 'CommentKind' });
registerEnumType(Disposition, { name: 'Disposition' });
registerEnumType(RecipientResponse, { name: 'RecipientResponse' });
registerEnumType(DocumentDecision, { name: 'DocumentDecision' });
