import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { EventsModule } from '../events/events.module';
import { InvitationsModule } from '../invitations/invitations.module';
import { DemoSeeder } from './demo.seeder';

@Module({ imports: [AuthModule, EventsModule, InvitationsModule], providers: [DemoSeeder] })
export class DemoModule {}
