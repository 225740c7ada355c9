import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { StoredFileEntity } from './stored-file.entity';

@ObjectType('StoredFile', { description: 'A paper or other file kept by Plenary.' })
export class StoredFileModel {
  @Field(() => ID)
  id: string;

  @Field()
  filename: string;

  @Field()
  contentType: string;

  @Field(() => Int)
  sizeBytes: number;

  @Field({ description: 'Where to download it; only people who may see what it belongs to can.' })
  url: string;

  @Field()
  createdAt: Date;
}

export function toStoredFileModel(entity: Omit<StoredFileEntity, 'data'>): StoredFileModel {
  return {
    id: entity.id,
    filename: entity.filename,
    contentType: entity.contentType,
    sizeBytes: entity.sizeBytes,
    url: `/files/${entity.id}`,
    createdAt: entity.createdAt,
  };
}
