import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RecommendationsNotificationsSearch1795433028144 implements MigrationInterface {
  name = 'RecommendationsNotificationsSearch1795433028144';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "kind" text NOT NULL, "title" text NOT NULL, "body" text NOT NULL DEFAULT '', "path" text NOT NULL, "dedupe_key" text, "delivery" text NOT NULL, "mailed_at" TIMESTAMP WITH TIME ZONE, "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "notifications_dedupe_key_key" ON "notifications"  ("dedupe_key")`);
    await queryRunner.query(
      `CREATE INDEX "notifications_digest_due_idx" ON "notifications"  ("person_id") WHERE delivery = 'DAILY_DIGEST' AND mailed_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "notifications_unread_idx" ON "notifications"  ("person_id") WHERE read_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "notifications_person_created_idx" ON "notifications"  ("person_id", "created_at")`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_preferences" ("person_id" uuid NOT NULL, "kind" text NOT NULL, "delivery" text NOT NULL, CONSTRAINT "PK_16003726bc4677d9c29347444a9" PRIMARY KEY ("person_id", "kind"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "recommendations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "document_id" uuid, "paragraph_id" uuid, "version_id" uuid, "study_group_id" uuid, "meeting_id" uuid, "source_title" text NOT NULL, "source_url" text, "number" integer, "text" text NOT NULL, "addressees" jsonb NOT NULL DEFAULT '[]', "issue_areas" text array NOT NULL DEFAULT '{}', "status" text NOT NULL, "responsible_id" uuid NOT NULL, "adopted_on" date NOT NULL, "next_follow_up_on" date, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "recommendations_source_check" CHECK ((document_id IS NULL) = (paragraph_id IS NULL)), CONSTRAINT "PK_23a8d2db26db8cabb6ae9d6cd87" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "recommendations_document_id_idx" ON "recommendations"  ("document_id")`);
    await queryRunner.query(`CREATE INDEX "recommendations_paragraph_id_idx" ON "recommendations"  ("paragraph_id")`);
    await queryRunner.query(`CREATE INDEX "recommendations_version_id_idx" ON "recommendations"  ("version_id")`);
    await queryRunner.query(
      `CREATE INDEX "recommendations_study_group_id_idx" ON "recommendations"  ("study_group_id")`,
    );
    await queryRunner.query(`CREATE INDEX "recommendations_meeting_id_idx" ON "recommendations"  ("meeting_id")`);
    await queryRunner.query(`CREATE INDEX "recommendations_status_idx" ON "recommendations"  ("status")`);
    await queryRunner.query(
      `CREATE INDEX "recommendations_responsible_id_idx" ON "recommendations"  ("responsible_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "recommendations_next_follow_up_on_idx" ON "recommendations"  ("next_follow_up_on")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "recommendations_document_paragraph_key" ON "recommendations"  ("document_id", "paragraph_id") WHERE document_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "recommendation_updates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recommendation_id" uuid NOT NULL, "from_status" text, "to_status" text NOT NULL, "occurred_on" date NOT NULL, "note" text NOT NULL DEFAULT '', "evidence_url" text, "evidence_file_id" uuid, "recorded_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_259fd86eca0684bea8ed2fdf47b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "recommendation_updates_evidence_file_id_idx" ON "recommendation_updates"  ("evidence_file_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "recommendation_updates_recorded_by_id_idx" ON "recommendation_updates"  ("recorded_by_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "recommendation_updates_recommendation_idx" ON "recommendation_updates"  ("recommendation_id", "occurred_on")`,
    );
    await queryRunner.query(`ALTER TABLE "files" ADD "recommendation_id" uuid`);
    await queryRunner.query(`ALTER TABLE "files" DROP CONSTRAINT "files_meeting_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "files" ALTER COLUMN "meeting_id" DROP NOT NULL`);
    await queryRunner.query(`CREATE INDEX "files_recommendation_id_idx" ON "files"  ("recommendation_id")`);
    await queryRunner.query(
      `ALTER TABLE "files" ADD CONSTRAINT "files_one_owner_check" CHECK ((meeting_id IS NULL) <> (recommendation_id IS NULL))`,
    );
    await queryRunner.query(
      `ALTER TABLE "files" ADD CONSTRAINT "files_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "files" ADD CONSTRAINT "files_recommendation_id_fkey" FOREIGN KEY ("recommendation_id") REFERENCES "recommendations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "notifications_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_paragraph_id_fkey" FOREIGN KEY ("paragraph_id") REFERENCES "paragraphs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "document_versions"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_study_group_id_fkey" FOREIGN KEY ("study_group_id") REFERENCES "study_groups"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_responsible_id_fkey" FOREIGN KEY ("responsible_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "recommendation_updates" ADD CONSTRAINT "recommendation_updates_recommendation_id_fkey" FOREIGN KEY ("recommendation_id") REFERENCES "recommendations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "recommendation_updates" ADD CONSTRAINT "recommendation_updates_evidence_file_id_fkey" FOREIGN KEY ("evidence_file_id") REFERENCES "files"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "recommendation_updates" ADD CONSTRAINT "recommendation_updates_recorded_by_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    // Full-text search (see search/search-vectors.ts, whose expressions these must match exactly).
    await queryRunner.query(
      `CREATE INDEX "meetings_search_idx" ON "meetings" USING gin ((to_tsvector('english', title || ' ' || venue || ' ' || coalesce(city, '') || ' ' || coalesce(background, ''))))`,
    );
    await queryRunner.query(
      `CREATE INDEX "agenda_items_search_idx" ON "agenda_items" USING gin ((to_tsvector('english', title)))`,
    );
    await queryRunner.query(
      `CREATE INDEX "people_search_idx" ON "people" USING gin ((to_tsvector('simple', name || ' ' || sort_name || ' ' || coalesce(title, ''))))`,
    );
    await queryRunner.query(
      `CREATE INDEX "organizations_search_idx" ON "organizations" USING gin ((to_tsvector('simple', name || ' ' || coalesce(acronym, ''))))`,
    );
    await queryRunner.query(
      `CREATE INDEX "documents_search_idx" ON "documents" USING gin ((to_tsvector('english', title)))`,
    );
    await queryRunner.query(
      `CREATE INDEX "version_paragraphs_search_idx" ON "version_paragraphs" USING gin ((to_tsvector('english', text)))`,
    );
    await queryRunner.query(
      `CREATE INDEX "comments_search_idx" ON "comments" USING gin ((to_tsvector('english', body)))`,
    );
    await queryRunner.query(
      `CREATE INDEX "recommendations_search_idx" ON "recommendations" USING gin ((to_tsvector('english', text || ' ' || source_title)))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'meetings',
      'agenda_items',
      'people',
      'organizations',
      'documents',
      'version_paragraphs',
      'comments',
      'recommendations',
    ]) {
      await queryRunner.query(`DROP INDEX "public"."${table}_search_idx"`);
    }
    await queryRunner.query(
      `ALTER TABLE "recommendation_updates" DROP CONSTRAINT "recommendation_updates_recorded_by_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "recommendation_updates" DROP CONSTRAINT "recommendation_updates_evidence_file_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "recommendation_updates" DROP CONSTRAINT "recommendation_updates_recommendation_id_fkey"`,
    );
    await queryRunner.query(`ALTER TABLE "recommendations" DROP CONSTRAINT "recommendations_created_by_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "recommendations" DROP CONSTRAINT "recommendations_responsible_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "recommendations" DROP CONSTRAINT "recommendations_meeting_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "recommendations" DROP CONSTRAINT "recommendations_study_group_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "recommendations" DROP CONSTRAINT "recommendations_version_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "recommendations" DROP CONSTRAINT "recommendations_paragraph_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "recommendations" DROP CONSTRAINT "recommendations_document_id_fkey"`);
    await queryRunner.query(
      `ALTER TABLE "notification_preferences" DROP CONSTRAINT "notification_preferences_person_id_fkey"`,
    );
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "notifications_person_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "files" DROP CONSTRAINT "files_recommendation_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "files" DROP CONSTRAINT "files_meeting_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "files" DROP CONSTRAINT "files_one_owner_check"`);
    await queryRunner.query(`DROP INDEX "public"."files_recommendation_id_idx"`);
    await queryRunner.query(`ALTER TABLE "files" ALTER COLUMN "meeting_id" SET NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "files" ADD CONSTRAINT "files_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "files" DROP COLUMN "recommendation_id"`);
    await queryRunner.query(`DROP INDEX "public"."recommendation_updates_recommendation_idx"`);
    await queryRunner.query(`DROP INDEX "public"."recommendation_updates_recorded_by_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."recommendation_updates_evidence_file_id_idx"`);
    await queryRunner.query(`DROP TABLE "recommendation_updates"`);
    await queryRunner.query(`DROP INDEX "public"."recommendations_document_paragraph_key"`);
    await queryRunner.query(`DROP INDEX "public"."recommendations_next_follow_up_on_idx"`);
    await queryRunner.query(`DROP INDEX "public"."recommendations_responsible_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."recommendations_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."recommendations_meeting_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."recommendations_study_group_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."recommendations_version_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."recommendations_paragraph_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."recommendations_document_id_idx"`);
    await queryRunner.query(`DROP TABLE "recommendations"`);
    await queryRunner.query(`DROP TABLE "notification_preferences"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_person_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_unread_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_digest_due_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_dedupe_key_key"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
  }
}
