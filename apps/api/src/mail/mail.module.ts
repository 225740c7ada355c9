import { Global, Module } from '@nestjs/common';
import { MailDispatcher } from './mail-dispatcher.service';
import { MailService } from './mail.service';

@Global()
@Module({ providers: [MailService, MailDispatcher], exports: [MailService, MailDispatcher] })
export class MailModule {}
