import { registerEnumType } from '@nestjs/graphql';
import { AttributionMode, CommentKind, RecipientResponse, RoundStatus } from '@plenary/shared';
import '../documents/document-enums';

registerEnumType(AttributionMode, { name: 'AttributionMode' });
registerEnumType(RoundStatus, { name: 'RoundStatus' });
registerEnumType(CommentKind, { name: 'CommentKind' });
registerEnumType(RecipientResponse, { name: 'RecipientResponse' });
