import { Module } from '@nestjs/common';
import { MailCatcherController } from './mail-catcher.controller';
import { MailCatcher } from './mail-catcher.service';

@Module({ controllers: [MailCatcherController], providers: [MailCatcher] })
export class MailCatcherModule {}
