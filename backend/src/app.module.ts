import { Global, Module, type DynamicModule } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthModule } from './auth/auth.module';
import { CalendarModule } from './calendar/calendar.module';
import { ContactsModule } from './contacts/contacts.module';
import { APP_CONFIG } from './common/config.token';
import type { AppConfig } from './config/config';
import { dataSourceOptions } from './database/data-source-options';
import { DemoModule } from './demo/demo.module';
import { EventsModule } from './events/events.module';
import { HealthController } from './health/health.controller';
import { InvitationsModule } from './invitations/invitations.module';
import { JobsModule } from './jobs/jobs.module';
import { LinksModule } from './links/links.module';
import { MailCatcherModule } from './mail/catcher/mail-catcher.module';
import { MailModule } from './mail/mail.module';
import { MetricsModule } from './metrics/metrics.module';
import { OrganisationModule } from './organisation/organisation.module';
import { DatabaseThrottlerStorage } from './rate-limits/database-throttler-storage';
import { RegistrationsModule } from './registrations/registrations.module';
import { ReportsModule } from './reports/reports.module';
import { SeatsModule } from './seats/seats.module';
import { PackPartsModule } from './pack/pack-parts.module';
import { PackModule } from './pack/pack.module';
import { StorageModule } from './storage/storage.module';
import { StaffModule } from './staff/staff.module';
import { CheckinModule } from './checkin/checkin.module';
import { SummaryModule } from './summary/summary.module';
import { SeriesModule } from './series/series.module';
import { MaterialsModule } from './materials/materials.module';
import { ThemesModule } from './themes/themes.module';
import { InboundModule } from './inbound/inbound.module';
import { WebhooksModule } from './webhooks/webhooks.module';
import { AuditModule } from './audit/audit.module';

/** Login attempts per address and minute; a 429 with Retry-After past that. */
export const LOGIN_ATTEMPTS_PER_MINUTE = 10;

@Global()
@Module({})
class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(config.database),
          // The schema always comes from migrations, applied at start; never from `synchronize`.
          migrationsRun: true,
          retryAttempts: config.demo ? 0 : 3,
          retryDelay: 2000,
        }),
        ThrottlerModule.forRootAsync({
          inject: [DataSource],
          useFactory: (dataSource: DataSource) => ({
            throttlers: [{ ttl: 60_000, limit: LOGIN_ATTEMPTS_PER_MINUTE }],
            skipIf: () => !config.rateLimits,
            // In the database, so that the limits hold however many instances share it.
            storage: new DatabaseThrottlerStorage(dataSource),
          }),
        }),
        StorageModule,
        MetricsModule,
        MailModule,
        JobsModule,
        CalendarModule,
        LinksModule,
        SeatsModule,
        PackPartsModule,
        StaffModule,
        OrganisationModule,
        AuthModule,
        EventsModule,
        InvitationsModule,
        RegistrationsModule,
        ContactsModule,
        ReportsModule,
        CheckinModule,
        PackModule,
        SummaryModule,
        MaterialsModule,
        SeriesModule,
        ThemesModule,
        InboundModule,
        WebhooksModule,
        AuditModule,
        // npm start: demo data, and all mail caught locally unless SMTP_URL says where to send it.
        ...(config.demo ? [DemoModule] : []),
        ...(config.demo && !config.smtpUrl ? [MailCatcherModule] : []),
      ],
      controllers: [HealthController],
    };
  }
}
