import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StudyGroupsAndReports1795411083676 implements MigrationInterface {
  name = 'StudyGroupsAndReports1795411083676';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "study_groups" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" text NOT NULL, "council_id" uuid NOT NULL, "reports_to_id" uuid, "background" text, "objectives" text array NOT NULL DEFAULT '{}', "principles" jsonb NOT NULL DEFAULT '[]', "anticipated_outputs" text array NOT NULL DEFAULT '{}', "start_date" date NOT NULL, "end_date" date NOT NULL, "status" text NOT NULL DEFAULT 'PROPOSED', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "study_groups_dates_in_order" CHECK (end_date >= start_date), CONSTRAINT "PK_d3c236286b727d74553c7a88dc3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "study_groups_council_id_idx" ON "study_groups"  ("council_id")`);
    await queryRunner.query(`CREATE INDEX "study_groups_reports_to_id_idx" ON "study_groups"  ("reports_to_id")`);
    await queryRunner.query(
      `CREATE TABLE "meeting_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'DRAFT', "attribution_allowed" boolean NOT NULL DEFAULT false, "revision" integer NOT NULL DEFAULT '0', "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_cff85adee47c71bcdbc50df1768" UNIQUE ("meeting_id"), CONSTRAINT "REL_cff85adee47c71bcdbc50df176" UNIQUE ("meeting_id"), CONSTRAINT "PK_c9a75098aff718726ac1381b2f6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "action_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "report_id" uuid NOT NULL, "position" integer NOT NULL, "title" text NOT NULL, "owner_person_id" uuid, "owner_organization_id" uuid, "due_date" date, "status" text NOT NULL DEFAULT 'OPEN', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "action_items_has_owner" CHECK (owner_person_id IS NOT NULL OR owner_organization_id IS NOT NULL), CONSTRAINT "PK_5a84b168b001636b379312104ab" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "action_items_report_id_idx" ON "action_items"  ("report_id")`);
    await queryRunner.query(`CREATE INDEX "action_items_owner_person_id_idx" ON "action_items"  ("owner_person_id")`);
    await queryRunner.query(
      `CREATE INDEX "action_items_owner_organization_id_idx" ON "action_items"  ("owner_organization_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "report_revisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "report_id" uuid NOT NULL, "number" integer NOT NULL, "summary" text NOT NULL DEFAULT '', "sections" jsonb NOT NULL DEFAULT '[]', "author_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "report_revisions_report_number_key" UNIQUE ("report_id", "number"), CONSTRAINT "PK_c98e9634bfa2d0bbae627cfa957" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "report_revisions_author_id_idx" ON "report_revisions"  ("author_id")`);
    await queryRunner.query(
      `CREATE TABLE "meeting_plans" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "study_group_id" uuid NOT NULL, "sequence" smallint NOT NULL, "host_id" uuid, "city" text, "country" character(2), "expected_month" date NOT NULL, "meeting_id" uuid, CONSTRAINT "UQ_3716443480806a794d756387d66" UNIQUE ("meeting_id"), CONSTRAINT "meeting_plans_study_group_sequence_key" UNIQUE ("study_group_id", "sequence"), CONSTRAINT "REL_3716443480806a794d756387d6" UNIQUE ("meeting_id"), CONSTRAINT "meeting_plans_expected_month_first_day" CHECK (extract(day from expected_month) = 1), CONSTRAINT "PK_c5f22219e25d75da270aa2a7af0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "meeting_plans_study_group_id_idx" ON "meeting_plans"  ("study_group_id")`);
    await queryRunner.query(`CREATE INDEX "meeting_plans_host_id_idx" ON "meeting_plans"  ("host_id")`);
    await queryRunner.query(
      `CREATE TABLE "study_group_committees" ("study_group_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "role" text NOT NULL, "position" smallint NOT NULL, CONSTRAINT "PK_ed7a202c09bb57ba56433fda4bc" PRIMARY KEY ("study_group_id", "organization_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "study_group_committees_organization_id_idx" ON "study_group_committees"  ("organization_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "sub_groups" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "study_group_id" uuid NOT NULL, "title" text NOT NULL, "mandate" text, "position" smallint NOT NULL, CONSTRAINT "PK_c36bf1873ade59f3034c627009a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "sub_groups_study_group_id_idx" ON "sub_groups"  ("study_group_id")`);
    await queryRunner.query(
      `CREATE TABLE "sub_group_members" ("sub_group_id" uuid NOT NULL, "person_id" uuid NOT NULL, CONSTRAINT "PK_cc56d79e85b713dccec10beba46" PRIMARY KEY ("sub_group_id", "person_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "sub_group_members_person_id_idx" ON "sub_group_members"  ("person_id")`);
    await queryRunner.query(`ALTER TABLE "memberships" ADD "representing_id" uuid`);
    await queryRunner.query(`ALTER TABLE "meetings" ADD "study_group_id" uuid`);
    await queryRunner.query(`ALTER TABLE "agenda_items" ADD "carries_report_id" uuid`);
    await queryRunner.query(`CREATE INDEX "memberships_representing_id_idx" ON "memberships"  ("representing_id")`);
    await queryRunner.query(`CREATE INDEX "meetings_study_group_id_idx" ON "meetings"  ("study_group_id")`);
    await queryRunner.query(
      `CREATE INDEX "agenda_items_carries_report_id_idx" ON "agenda_items"  ("carries_report_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "memberships" ADD CONSTRAINT "memberships_representing_id_fkey" FOREIGN KEY ("representing_id") REFERENCES "organizations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "study_groups" ADD CONSTRAINT "study_groups_council_id_fkey" FOREIGN KEY ("council_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "study_groups" ADD CONSTRAINT "study_groups_reports_to_id_fkey" FOREIGN KEY ("reports_to_id") REFERENCES "organizations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meetings" ADD CONSTRAINT "meetings_study_group_id_fkey" FOREIGN KEY ("study_group_id") REFERENCES "study_groups"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_reports" ADD CONSTRAINT "meeting_reports_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_carries_report_id_fkey" FOREIGN KEY ("carries_report_id") REFERENCES "meeting_reports"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_items" ADD CONSTRAINT "action_items_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "meeting_reports"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_items" ADD CONSTRAINT "action_items_owner_person_id_fkey" FOREIGN KEY ("owner_person_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_items" ADD CONSTRAINT "action_items_owner_organization_id_fkey" FOREIGN KEY ("owner_organization_id") REFERENCES "organizations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_revisions" ADD CONSTRAINT "report_revisions_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "meeting_reports"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_revisions" ADD CONSTRAINT "report_revisions_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_plans" ADD CONSTRAINT "meeting_plans_study_group_id_fkey" FOREIGN KEY ("study_group_id") REFERENCES "study_groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_plans" ADD CONSTRAINT "meeting_plans_host_id_fkey" FOREIGN KEY ("host_id") REFERENCES "organizations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_plans" ADD CONSTRAINT "meeting_plans_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "study_group_committees" ADD CONSTRAINT "study_group_committees_study_group_id_fkey" FOREIGN KEY ("study_group_id") REFERENCES "study_groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "study_group_committees" ADD CONSTRAINT "study_group_committees_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sub_groups" ADD CONSTRAINT "sub_groups_study_group_id_fkey" FOREIGN KEY ("study_group_id") REFERENCES "study_groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sub_group_members" ADD CONSTRAINT "sub_group_members_sub_group_id_fkey" FOREIGN KEY ("sub_group_id") REFERENCES "sub_groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sub_group_members" ADD CONSTRAINT "sub_group_members_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sub_group_members" DROP CONSTRAINT "sub_group_members_person_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "sub_group_members" DROP CONSTRAINT "sub_group_members_sub_group_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "sub_groups" DROP CONSTRAINT "sub_groups_study_group_id_fkey"`);
    await queryRunner.query(
      `ALTER TABLE "study_group_committees" DROP CONSTRAINT "study_group_committees_organization_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "study_group_committees" DROP CONSTRAINT "study_group_committees_study_group_id_fkey"`,
    );
    await queryRunner.query(`ALTER TABLE "meeting_plans" DROP CONSTRAINT "meeting_plans_meeting_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "meeting_plans" DROP CONSTRAINT "meeting_plans_host_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "meeting_plans" DROP CONSTRAINT "meeting_plans_study_group_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "report_revisions" DROP CONSTRAINT "report_revisions_author_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "report_revisions" DROP CONSTRAINT "report_revisions_report_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "action_items" DROP CONSTRAINT "action_items_owner_organization_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "action_items" DROP CONSTRAINT "action_items_owner_person_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "action_items" DROP CONSTRAINT "action_items_report_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP CONSTRAINT "agenda_items_carries_report_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "meeting_reports" DROP CONSTRAINT "meeting_reports_meeting_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "meetings_study_group_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "study_groups" DROP CONSTRAINT "study_groups_reports_to_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "study_groups" DROP CONSTRAINT "study_groups_council_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "memberships" DROP CONSTRAINT "memberships_representing_id_fkey"`);
    await queryRunner.query(`DROP INDEX "public"."agenda_items_carries_report_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."meetings_study_group_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."memberships_representing_id_idx"`);
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP COLUMN "carries_report_id"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP COLUMN "study_group_id"`);
    await queryRunner.query(`ALTER TABLE "memberships" DROP COLUMN "representing_id"`);
    await queryRunner.query(`DROP INDEX "public"."sub_group_members_person_id_idx"`);
    await queryRunner.query(`DROP TABLE "sub_group_members"`);
    await queryRunner.query(`DROP INDEX "public"."sub_groups_study_group_id_idx"`);
    await queryRunner.query(`DROP TABLE "sub_groups"`);
    await queryRunner.query(`DROP INDEX "public"."study_group_committees_organization_id_idx"`);
    await queryRunner.query(`DROP TABLE "study_group_committees"`);
    await queryRunner.query(`DROP INDEX "public"."meeting_plans_host_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."meeting_plans_study_group_id_idx"`);
    await queryRunner.query(`DROP TABLE "meeting_plans"`);
    await queryRunner.query(`DROP INDEX "public"."report_revisions_author_id_idx"`);
    await queryRunner.query(`DROP TABLE "report_revisions"`);
    await queryRunner.query(`DROP INDEX "public"."action_items_owner_organization_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."action_items_owner_person_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."action_items_report_id_idx"`);
    await queryRunner.query(`DROP TABLE "action_items"`);
    await queryRunner.query(`DROP TABLE "meeting_reports"`);
    await queryRunner.query(`DROP INDEX "public"."study_groups_reports_to_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."study_groups_council_id_idx"`);
    await queryRunner.query(`DROP TABLE "study_groups"`);
  }
}
