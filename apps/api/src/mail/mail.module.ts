import { Global, Module } from '@nestjs/common';
import { MailDispatcher } from './mail-dispatcher.service';
import { MailService } from './mail.service';
import { OutboxRepository } from './outbox.repository';

@Global()
@Module({ providers: [OutboxRepository, MailService, MailDispatcher], exports: [MailService, MailDispatcher] })
export class MailModule {}
