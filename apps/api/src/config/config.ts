import path from 'node:path';

export interface AppConfig {
  readonly production: boolean;
  readonly port: number;
  /** Where embedded PostgreSQL keeps its files when no DATABASE_URL is given. */
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  /** The address people reach Plenary at, used in links sent by e-mail. */
  readonly publicUrl: string;
  readonly webDist: string;
  readonly sessionDays: number;
  readonly invitationDays: number;
  readonly mailFrom: string;
  readonly smtpUrl: string | undefined;
  /** How often the outbox is sent when SMTP is configured. */
  readonly mailIntervalMs: number;
  readonly logLevel: string;
  readonly maxRequestBytes: string;
  readonly dbPoolSize: number;
  /** SQL statements slower than this are logged as warnings. */
  readonly slowQueryMs: number;
  /** Express 'trust proxy': how many proxies in front may set X-Forwarded-For. */
  readonly trustProxy: number | boolean;
  /** Load the demo data from seeds/ on start. */
  readonly demoData: boolean;
  /** How often each replica looks for due jobs (closing comment rounds at their deadline). */
  readonly jobPollSeconds: number;
  /** When daily digests are sent (cron, UTC). */
  readonly digestCron: string;
  /** When participants are told of changes to adopted agendas (cron, UTC); each meeting once a day at most. */
  readonly agendaChangesCron: string;
  /** Seconds after midnight UTC at which a follow-up date comes due and the secretariat is told. */
  readonly followUpReminderSeconds: number;
  /** PDFs use the system's Noto fonts when it has them, before those installed with the app. */
  readonly pdfSystemFonts: boolean;
  /** A font file (TTF, OTF or TTC) PDFs try before all others. */
  readonly pdfFont: string | undefined;
}

const repoRoot = path.resolve(__dirname, '../../../..');

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, not "${env.PORT}"`);
  }
  const production = env.NODE_ENV === 'production';
  return {
    production,
    port,
    dataDir: path.resolve(env.PLENARY_DATA_DIR ?? path.join(repoRoot, '.data')),
    databaseUrl: env.DATABASE_URL || undefined,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    webDist: path.resolve(env.PLENARY_WEB_DIST ?? path.join(repoRoot, 'apps/web/dist')),
    sessionDays: Number(env.SESSION_DAYS ?? 14),
    invitationDays: Number(env.INVITATION_DAYS ?? 7),
    mailFrom: env.MAIL_FROM ?? 'Plenary <no-reply@plenary.localhost>',
    smtpUrl: env.SMTP_URL || undefined,
    mailIntervalMs: Number(env.MAIL_INTERVAL_MS ?? 5_000),
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    maxRequestBytes: env.MAX_REQUEST_SIZE ?? '1mb',
    dbPoolSize: Number(env.DB_POOL_SIZE ?? 10),
    slowQueryMs: Number(env.SLOW_QUERY_MS ?? 500),
    trustProxy: env.TRUST_PROXY
      ? /^\d+$/.test(env.TRUST_PROXY)
        ? Number(env.TRUST_PROXY)
        : env.TRUST_PROXY === 'true'
      : false,
    demoData: env.PLENARY_DEMO_DATA ? env.PLENARY_DEMO_DATA === 'true' : !production,
    jobPollSeconds: Number(env.JOB_POLL_SECONDS ?? 2),
    digestCron: env.DIGEST_CRON ?? '0 7 * * *',
    agendaChangesCron: env.AGENDA_CHANGES_CRON ?? '*/15 * * * *',
    followUpReminderSeconds: timeOfDaySeconds('FOLLOW_UP_REMINDER_TIME', env.FOLLOW_UP_REMINDER_TIME ?? '00:00'),
    pdfSystemFonts: env.PLENARY_PDF_SYSTEM_FONTS !== 'false',
    pdfFont: env.PLENARY_PDF_FONT || undefined,
  };
}

/** "HH:MM" or "HH:MM:SS" as seconds after midnight. */
function timeOfDaySeconds(name: string, value: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/.exec(value);
  if (!match) throw new Error(`${name} must be a time of day such as 06:00, not "${value}"`);
  return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3] ?? 0);
}

export const APP_CONFIG = Symbol('APP_CONFIG');

/** The database the app connects to: `databaseUrl`, or the embedded server's when none is given. */
export const DATABASE_URL = Symbol('DATABASE_URL');
