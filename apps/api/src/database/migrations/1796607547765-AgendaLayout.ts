import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AgendaLayout1796607547765 implements MigrationInterface {
  name = 'AgendaLayout1796607547765';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meetings" ADD "agenda_symbol" text`);
    await queryRunner.query(`ALTER TABLE "meetings" ADD "agenda_date_line" text`);
    await queryRunner.query(
      `ALTER TABLE "meetings" ADD "agenda_name_style" text NOT NULL DEFAULT 'ROMANISED_WITH_NATIVE'`,
    );
    await queryRunner.query(`ALTER TABLE "meetings" ADD "agenda_affiliations" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(
      `ALTER TABLE "meetings" ADD CONSTRAINT "meetings_agenda_name_style" CHECK (agenda_name_style IN ('ROMANISED_WITH_NATIVE', 'ROMANISED', 'AS_WRITTEN'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "meetings_agenda_name_style"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP COLUMN "agenda_affiliations"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP COLUMN "agenda_name_style"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP COLUMN "agenda_date_line"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP COLUMN "agenda_symbol"`);
  }
}
