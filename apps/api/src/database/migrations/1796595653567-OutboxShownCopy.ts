import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OutboxShownCopy1796595653567 implements MigrationInterface {
  name = 'OutboxShownCopy1796595653567';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_messages" ADD "body_shown" text`);
    // Messages already written get their shown copy by the same rule as new ones: every link to a
    // reply page, a password page or a calendar feed is a personal one.
    await queryRunner.query(
      `UPDATE "outbox_messages" SET "body_shown" = regexp_replace("body_text", '\\S*/(rsvp|invitation|calendar)/[^/?#\\s]\\S*', '[personal link, sent only to the recipient]', 'gi')`,
    );
    await queryRunner.query(`ALTER TABLE "outbox_messages" ALTER COLUMN "body_shown" SET NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_messages" DROP COLUMN "body_shown"`);
  }
}
