import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { EventsModule } from '../events/events.module';
import { InvitationsModule } from '../invitations/invitations.module';
import { DemoMaterials } from './demo-materials';
import { DemoSeeder } from './demo.seeder';

@Module({ imports: [AuthModule, EventsModule, InvitationsModule], providers: [DemoSeeder, DemoMaterials] })
export class DemoModule {}
