import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CommentEntity } from './comment.entity';

/** Queries for the comments of rounds and their dispositions. */
@Injectable()
export class CommentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  commentsOfRounds(roundIds: readonly string[]): Promise<CommentEntity[]> {
    return this.dataSource
      .getRepository(CommentEntity)
      .createQueryBuilder('c')
      .where('c.round_id = ANY(:roundIds)', { roundIds })
      .orderBy('c.created_at', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .getMany();
  }

  findComments(manager: EntityManager, ids: readonly string[], lock = false): Promise<CommentEntity[]> {
    return manager
      .getRepository(CommentEntity)
      .createQueryBuilder('c')
      .where('c.id = ANY(:ids)', { ids })
      .setLock(lock ? 'pessimistic_write' : undefined!)
      .getMany();
  }

  async insertComment(manager: EntityManager, values: Partial<CommentEntity>): Promise<CommentEntity> {
    return manager.save(manager.create(CommentEntity, values));
  }

  async updateComments(manager: EntityManager, ids: readonly string[], values: Partial<CommentEntity>): Promise<void> {
    await manager.createQueryBuilder().update(CommentEntity).set(values).where('id = ANY(:ids)', { ids }).execute();
  }

  /** Comments of the round that still need a disposition. */
  async undisposedCount(manager: EntityManager, roundId: string): Promise<number> {
    const [row]: { n: number }[] = await manager.query(
      `SELECT count(*)::int AS n FROM comments WHERE round_id = $1 AND withdrawn_at IS NULL AND disposition IS NULL`,
      [roundId],
    );
    return row?.n ?? 0;
  }
}
