import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NoticesAndDecisionMeetings1796599397890 implements MigrationInterface {
  name = 'NoticesAndDecisionMeetings1796599397890';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notifications" ADD "object_id" uuid`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD "outbox_message_id" uuid`);
    await queryRunner.query(`CREATE INDEX "notifications_object_id_idx" ON "notifications" ("object_id")`);
    await queryRunner.query(
      `CREATE INDEX "notifications_outbox_message_id_idx" ON "notifications" ("outbox_message_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "notifications_outbox_message_id_fkey" FOREIGN KEY ("outbox_message_id") REFERENCES "outbox_messages"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "document_decisions" ADD "note" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "document_decisions" ADD "meeting_date" date`);
    await queryRunner.query(`ALTER TABLE "document_decisions" ADD "meeting_reference" text NOT NULL DEFAULT ''`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "document_decisions" DROP COLUMN "meeting_reference"`);
    await queryRunner.query(`ALTER TABLE "document_decisions" DROP COLUMN "meeting_date"`);
    await queryRunner.query(`ALTER TABLE "document_decisions" DROP COLUMN "note"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "notifications_outbox_message_id_fkey"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_outbox_message_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_object_id_idx"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "outbox_message_id"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "object_id"`);
  }
}
