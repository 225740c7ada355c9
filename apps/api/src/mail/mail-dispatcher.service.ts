import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import type pino from 'pino';
import { DataSource } from 'typeorm';
import { LOGGER } from '../common/logger';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { OutboxRepository } from './outbox.repository';

const BATCH = 20;
const MAX_ATTEMPTS = 5;

/**
 * Sends the outbox through SMTP when SMTP_URL is set. Each batch is claimed with
 * FOR UPDATE SKIP LOCKED, so replicas never send the same message twice at once; a message is
 * marked sent in the transaction that claimed it. Failures are retried on later rounds.
 */
@Injectable()
export class MailDispatcher implements OnModuleInit, OnApplicationShutdown {
  private transport: Transporter | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: pino.Logger,
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxRepository,
  ) {}

  onModuleInit(): void {
    if (!this.config.smtpUrl) return;
    this.transport = createTransport(this.config.smtpUrl);
    this.timer = setInterval(() => void this.sendPending(), this.config.mailIntervalMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
    this.transport?.close();
  }

  /** One round: sends what is waiting; returns how many were sent. */
  sendPending(): Promise<number> {
    this.running ??= this.round().finally(() => (this.running = undefined));
    return this.running;
  }

  private async round(): Promise<number> {
    const transport = this.transport;
    if (!transport) return 0;
    let sent = 0;
    try {
      await this.dataSource.transaction(async (manager) => {
        const messages = await this.outbox.claimPending(manager, MAX_ATTEMPTS, BATCH);
        for (const message of messages) {
          try {
            await transport.sendMail({
              from: this.config.mailFrom,
              to: message.toName ? { name: message.toName, address: message.toAddress } : message.toAddress,
              subject: message.subject,
              text: message.bodyText,
            });
            await this.outbox.markSent(manager, message.id);
            sent += 1;
          } catch (error) {
            const reason = error instanceof Error ? error.message.slice(0, 500) : 'unknown error';
            await this.outbox.markFailed(manager, message.id, reason);
            this.logger.warn({ messageId: message.id, reason }, 'Could not send an e-mail; will try again');
          }
        }
      });
    } catch (error) {
      this.logger.error({ err: error }, 'Sending the outbox failed');
    }
    return sent;
  }
}
