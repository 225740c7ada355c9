import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SuggestedWording1796607368792 implements MigrationInterface {
  name = 'SuggestedWording1796607368792';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "comments" ADD "suggestion_original" text`);
    await queryRunner.query(`ALTER TABLE "comments" ADD "suggestion_replacement" text`);
    await queryRunner.query(`ALTER TABLE "comments" ADD "suggestion_before" text`);
    await queryRunner.query(`ALTER TABLE "comments" ADD "suggestion_accepted_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `ALTER TABLE "comments" ADD CONSTRAINT "comments_suggestion_check" CHECK ((kind = 'SUGGESTION') = (suggestion_original IS NOT NULL AND suggestion_replacement IS NOT NULL))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "comments" DROP CONSTRAINT "comments_suggestion_check"`);
    await queryRunner.query(`ALTER TABLE "comments" DROP COLUMN "suggestion_accepted_at"`);
    await queryRunner.query(`ALTER TABLE "comments" DROP COLUMN "suggestion_before"`);
    await queryRunner.query(`ALTER TABLE "comments" DROP COLUMN "suggestion_replacement"`);
    await queryRunner.query(`ALTER TABLE "comments" DROP COLUMN "suggestion_original"`);
  }
}
