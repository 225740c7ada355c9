import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MemorandaAndCommentRounds1795420512141 implements MigrationInterface {
  name = 'MemorandaAndCommentRounds1795420512141';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "documents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "title" text NOT NULL, "status" text NOT NULL DEFAULT 'DRAFTING', "study_group_id" uuid, "meeting_id" uuid, "submitted_to_id" uuid, "submitted_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "documents_one_owner_check" CHECK ((study_group_id IS NULL) <> (meeting_id IS NULL)), CONSTRAINT "PK_ac51aa5181ee2036f5ca482857c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "documents_study_group_id_idx" ON "documents"  ("study_group_id")`);
    await queryRunner.query(`CREATE INDEX "documents_meeting_id_idx" ON "documents"  ("meeting_id")`);
    await queryRunner.query(
      `CREATE TABLE "document_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "document_id" uuid NOT NULL, "number" integer NOT NULL, "frozen_at" TIMESTAMP WITH TIME ZONE, "is_final" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "document_versions_document_number_key" UNIQUE ("document_id", "number"), CONSTRAINT "PK_baf26dab035c6d6fc433f9dc6a2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "document_versions_one_working_idx" ON "document_versions"  ("document_id") WHERE frozen_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "comment_rounds" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "document_id" uuid NOT NULL, "version_id" uuid NOT NULL, "number" integer NOT NULL, "opens_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, "instructions" text NOT NULL DEFAULT '', "attribution" text NOT NULL DEFAULT 'ATTRIBUTED', "status" text NOT NULL DEFAULT 'OPEN', "closed_at" TIMESTAMP WITH TIME ZONE, "closed_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_4e35b1b56a0c1e13addc4cbd5ff" UNIQUE ("version_id"), CONSTRAINT "comment_rounds_document_number_key" UNIQUE ("document_id", "number"), CONSTRAINT "REL_4e35b1b56a0c1e13addc4cbd5f" UNIQUE ("version_id"), CONSTRAINT "comment_rounds_dates_check" CHECK (closes_at > opens_at), CONSTRAINT "PK_9075ab8608b983b4458ee17a1ef" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "round_recipients" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "round_id" uuid NOT NULL, "organization_id" uuid, "person_id" uuid, "response" text NOT NULL DEFAULT 'NOT_YET', "response_note" text NOT NULL DEFAULT '', "responded_by_id" uuid, "responded_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "round_recipients_round_person_key" UNIQUE ("round_id", "person_id"), CONSTRAINT "round_recipients_round_organization_key" UNIQUE ("round_id", "organization_id"), CONSTRAINT "round_recipients_one_recipient_check" CHECK ((organization_id IS NULL) <> (person_id IS NULL)), CONSTRAINT "PK_36a969ca10d3a9f2ad8331cdc93" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "round_recipients_organization_id_idx" ON "round_recipients"  ("organization_id")`,
    );
    await queryRunner.query(`CREATE INDEX "round_recipients_person_id_idx" ON "round_recipients"  ("person_id")`);
    await queryRunner.query(
      `CREATE TABLE "paragraphs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "document_id" uuid NOT NULL, "merged_into_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_31041595073b54a7816865eba74" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "paragraphs_document_id_idx" ON "paragraphs"  ("document_id")`);
    await queryRunner.query(
      `CREATE TABLE "version_paragraphs" ("version_id" uuid NOT NULL, "paragraph_id" uuid NOT NULL, "position" integer NOT NULL, "kind" text NOT NULL, "html" text NOT NULL DEFAULT '', "text" text NOT NULL DEFAULT '', "addressees" jsonb NOT NULL DEFAULT '[]', "issue_areas" text array NOT NULL DEFAULT '{}', "revision" integer NOT NULL DEFAULT '1', "updated_by_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4a0c95f201dcfe72f5068275c00" PRIMARY KEY ("version_id", "paragraph_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "version_paragraphs_paragraph_id_idx" ON "version_paragraphs"  ("paragraph_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "round_id" uuid NOT NULL, "paragraph_id" uuid NOT NULL, "quote" text, "kind" text NOT NULL, "body" text NOT NULL, "author_id" uuid NOT NULL, "speaks_for_id" uuid, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "disposition" text, "reply" text NOT NULL DEFAULT '', "answered_by_id" uuid, "disposed_by_id" uuid, "disposed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8bf68bc960f2b69e818bdb90dcb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "comments_round_id_idx" ON "comments"  ("round_id")`);
    await queryRunner.query(`CREATE INDEX "comments_paragraph_id_idx" ON "comments"  ("paragraph_id")`);
    await queryRunner.query(`CREATE INDEX "comments_author_id_idx" ON "comments"  ("author_id")`);
    await queryRunner.query(
      `CREATE TABLE "document_decisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "document_id" uuid NOT NULL, "version_id" uuid NOT NULL, "decision" text NOT NULL, "guidance" text NOT NULL DEFAULT '', "decided_by_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b1f520794d7b7e9bd6b68b9ce52" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "document_decisions_document_id_idx" ON "document_decisions"  ("document_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "document_disseminations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "document_id" uuid NOT NULL, "organization_id" uuid, "person_id" uuid, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "document_disseminations_one_recipient_check" CHECK ((organization_id IS NULL) <> (person_id IS NULL)), CONSTRAINT "PK_d2018ea09481935660f49090b53" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "document_disseminations_document_id_idx" ON "document_disseminations"  ("document_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "documents" ADD CONSTRAINT "documents_study_group_id_fkey" FOREIGN KEY ("study_group_id") REFERENCES "study_groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "documents" ADD CONSTRAINT "documents_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "documents" ADD CONSTRAINT "documents_submitted_to_id_fkey" FOREIGN KEY ("submitted_to_id") REFERENCES "organizations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "documents" ADD CONSTRAINT "documents_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "document_versions" ADD CONSTRAINT "document_versions_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment_rounds" ADD CONSTRAINT "comment_rounds_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment_rounds" ADD CONSTRAINT "comment_rounds_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "document_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment_rounds" ADD CONSTRAINT "comment_rounds_closed_by_id_fkey" FOREIGN KEY ("closed_by_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "round_recipients" ADD CONSTRAINT "round_recipients_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "comment_rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "round_recipients" ADD CONSTRAINT "round_recipients_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "round_recipients" ADD CONSTRAINT "round_recipients_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "round_recipients" ADD CONSTRAINT "round_recipients_responded_by_id_fkey" FOREIGN KEY ("responded_by_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "paragraphs" ADD CONSTRAINT "paragraphs_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "paragraphs" ADD CONSTRAINT "paragraphs_merged_into_id_fkey" FOREIGN KEY ("merged_into_id") REFERENCES "paragraphs"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "version_paragraphs" ADD CONSTRAINT "version_paragraphs_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "document_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "version_paragraphs" ADD CONSTRAINT "version_paragraphs_paragraph_id_fkey" FOREIGN KEY ("paragraph_id") REFERENCES "paragraphs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "version_paragraphs" ADD CONSTRAINT "version_paragraphs_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comments" ADD CONSTRAINT "comments_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "comment_rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comments" ADD CONSTRAINT "comments_paragraph_id_fkey" FOREIGN KEY ("paragraph_id") REFERENCES "paragraphs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comments" ADD CONSTRAINT "comments_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comments" ADD CONSTRAINT "comments_speaks_for_id_fkey" FOREIGN KEY ("speaks_for_id") REFERENCES "organizations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comments" ADD CONSTRAINT "comments_answered_by_id_fkey" FOREIGN KEY ("answered_by_id") REFERENCES "paragraphs"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comments" ADD CONSTRAINT "comments_disposed_by_id_fkey" FOREIGN KEY ("disposed_by_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "document_decisions" ADD CONSTRAINT "document_decisions_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "document_decisions" ADD CONSTRAINT "document_decisions_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "document_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "document_decisions" ADD CONSTRAINT "document_decisions_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "document_disseminations" ADD CONSTRAINT "document_disseminations_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "document_disseminations" ADD CONSTRAINT "document_disseminations_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "document_disseminations" ADD CONSTRAINT "document_disseminations_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "document_disseminations" DROP CONSTRAINT "document_disseminations_person_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "document_disseminations" DROP CONSTRAINT "document_disseminations_organization_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "document_disseminations" DROP CONSTRAINT "document_disseminations_document_id_fkey"`,
    );
    await queryRunner.query(`ALTER TABLE "document_decisions" DROP CONSTRAINT "document_decisions_decided_by_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "document_decisions" DROP CONSTRAINT "document_decisions_version_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "document_decisions" DROP CONSTRAINT "document_decisions_document_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "comments" DROP CONSTRAINT "comments_disposed_by_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "comments" DROP CONSTRAINT "comments_answered_by_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "comments" DROP CONSTRAINT "comments_speaks_for_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "comments" DROP CONSTRAINT "comments_author_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "comments" DROP CONSTRAINT "comments_paragraph_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "comments" DROP CONSTRAINT "comments_round_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "version_paragraphs" DROP CONSTRAINT "version_paragraphs_updated_by_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "version_paragraphs" DROP CONSTRAINT "version_paragraphs_paragraph_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "version_paragraphs" DROP CONSTRAINT "version_paragraphs_version_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "paragraphs" DROP CONSTRAINT "paragraphs_merged_into_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "paragraphs" DROP CONSTRAINT "paragraphs_document_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "round_recipients" DROP CONSTRAINT "round_recipients_responded_by_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "round_recipients" DROP CONSTRAINT "round_recipients_person_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "round_recipients" DROP CONSTRAINT "round_recipients_organization_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "round_recipients" DROP CONSTRAINT "round_recipients_round_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "comment_rounds" DROP CONSTRAINT "comment_rounds_closed_by_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "comment_rounds" DROP CONSTRAINT "comment_rounds_version_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "comment_rounds" DROP CONSTRAINT "comment_rounds_document_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "document_versions" DROP CONSTRAINT "document_versions_document_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "documents" DROP CONSTRAINT "documents_created_by_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "documents" DROP CONSTRAINT "documents_submitted_to_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "documents" DROP CONSTRAINT "documents_meeting_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "documents" DROP CONSTRAINT "documents_study_group_id_fkey"`);
    await queryRunner.query(`DROP INDEX "public"."document_disseminations_document_id_idx"`);
    await queryRunner.query(`DROP TABLE "document_disseminations"`);
    await queryRunner.query(`DROP INDEX "public"."document_decisions_document_id_idx"`);
    await queryRunner.query(`DROP TABLE "document_decisions"`);
    await queryRunner.query(`DROP INDEX "public"."comments_author_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."comments_paragraph_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."comments_round_id_idx"`);
    await queryRunner.query(`DROP TABLE "comments"`);
    await queryRunner.query(`DROP INDEX "public"."version_paragraphs_paragraph_id_idx"`);
    await queryRunner.query(`DROP TABLE "version_paragraphs"`);
    await queryRunner.query(`DROP INDEX "public"."paragraphs_document_id_idx"`);
    await queryRunner.query(`DROP TABLE "paragraphs"`);
    await queryRunner.query(`DROP INDEX "public"."round_recipients_person_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."round_recipients_organization_id_idx"`);
    await queryRunner.query(`DROP TABLE "round_recipients"`);
    await queryRunner.query(`DROP TABLE "comment_rounds"`);
    await queryRunner.query(`DROP INDEX "public"."document_versions_one_working_idx"`);
    await queryRunner.query(`DROP TABLE "document_versions"`);
    await queryRunner.query(`DROP INDEX "public"."documents_meeting_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."documents_study_group_id_idx"`);
    await queryRunner.query(`DROP TABLE "documents"`);
  }
}
