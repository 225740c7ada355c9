import type { Logger, QueryRunner } from 'typeorm';

/**
 * Counts the SQL statements this process sends. Tests read it around one request to prove that a
 * page costs a fixed number of statements however much data it shows.
 */
export class QueryCounter implements Logger {
  private count = 0;
  private readonly statements: string[] = [];
  private recording = false;
  /** Called for statements slower than the data source's maxQueryExecutionTime. */
  onSlow: ((query: string, milliseconds: number) => void) | undefined;

  /** Starts counting afresh, keeping the statements' text when `record` is set. */
  reset(record = false): void {
    this.count = 0;
    this.statements.length = 0;
    this.recording = record;
  }

  get total(): number {
    return this.count;
  }

  get recorded(): readonly string[] {
    return this.statements;
  }

  logQuery(query: string, _parameters?: unknown[], _queryRunner?: QueryRunner): void {
    this.count += 1;
    if (this.recording) this.statements.push(query);
  }
  logQueryError(): void {}
  logQuerySlow(time: number, query: string): void {
    this.onSlow?.(query, time);
  }
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
