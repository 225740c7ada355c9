import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InvitationsPreparedAgendaNames1796607487632 implements MigrationInterface {
  name = 'InvitationsPreparedAgendaNames1796607487632';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "invitation_letters" ("meeting_id" uuid NOT NULL, "subject" text NOT NULL, "body" text NOT NULL, "logistics" text NOT NULL DEFAULT '', "signature" text NOT NULL, "link_agenda" boolean NOT NULL DEFAULT true, "link_concept_note" boolean NOT NULL DEFAULT true, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "invitation_letters_pkey" PRIMARY KEY ("meeting_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitation_letters" ADD CONSTRAINT "invitation_letters_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "organizations" ADD "needs_review" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "meetings" ADD "recorded_after_the_fact" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "participations" ADD "reminded_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "participations" ALTER COLUMN "state" SET DEFAULT 'NOT_INVITED'`);
    // Changes made before participants were told of them by digest count as told.
    await queryRunner.query(`ALTER TABLE "agenda_changes" ADD "notified_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`UPDATE "agenda_changes" SET "notified_at" = "at"`);
    await queryRunner.query(
      `CREATE INDEX "agenda_changes_pending_idx" ON "agenda_changes"  ("meeting_id") WHERE notified_at IS NULL`,
    );
    await queryRunner.query(`ALTER TABLE "agenda_items" ADD "chair_name" text`);
    await queryRunner.query(
      `ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_one_chair" CHECK (chair_id IS NULL OR chair_name IS NULL)`,
    );
    await queryRunner.query(`ALTER TABLE "agenda_speakers" ADD "name" text`);
    await queryRunner.query(`ALTER TABLE "agenda_speakers" DROP CONSTRAINT "PK_8770844e3959774246bdb1a60d1"`);
    await queryRunner.query(`ALTER TABLE "agenda_speakers" ALTER COLUMN "person_id" DROP NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "agenda_speakers" ADD CONSTRAINT "agenda_speakers_pkey" PRIMARY KEY ("item_id", "position")`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_speakers" ADD CONSTRAINT "agenda_speakers_item_person_key" UNIQUE ("item_id", "person_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_speakers" ADD CONSTRAINT "agenda_speakers_person_or_name" CHECK ((person_id IS NULL) <> (name IS NULL))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "agenda_speakers" WHERE "person_id" IS NULL`);
    await queryRunner.query(`ALTER TABLE "agenda_speakers" DROP CONSTRAINT "agenda_speakers_person_or_name"`);
    await queryRunner.query(`ALTER TABLE "agenda_speakers" DROP CONSTRAINT "agenda_speakers_item_person_key"`);
    await queryRunner.query(`ALTER TABLE "agenda_speakers" DROP CONSTRAINT "agenda_speakers_pkey"`);
    await queryRunner.query(
      `ALTER TABLE "agenda_speakers" ADD CONSTRAINT "PK_8770844e3959774246bdb1a60d1" PRIMARY KEY ("item_id", "person_id")`,
    );
    await queryRunner.query(`ALTER TABLE "agenda_speakers" DROP COLUMN "name"`);
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP CONSTRAINT "agenda_items_one_chair"`);
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP COLUMN "chair_name"`);
    await queryRunner.query(`DROP INDEX "public"."agenda_changes_pending_idx"`);
    await queryRunner.query(`ALTER TABLE "agenda_changes" DROP COLUMN "notified_at"`);
    await queryRunner.query(`UPDATE "participations" SET "state" = 'INVITED' WHERE "state" = 'NOT_INVITED'`);
    await queryRunner.query(`ALTER TABLE "participations" ALTER COLUMN "state" SET DEFAULT 'INVITED'`);
    await queryRunner.query(`ALTER TABLE "participations" DROP COLUMN "reminded_at"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP COLUMN "recorded_after_the_fact"`);
    await queryRunner.query(`ALTER TABLE "organizations" DROP COLUMN "needs_review"`);
    await queryRunner.query(`ALTER TABLE "invitation_letters" DROP CONSTRAINT "invitation_letters_meeting_id_fkey"`);
    await queryRunner.query(`DROP TABLE "invitation_letters"`);
  }
}
