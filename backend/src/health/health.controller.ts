import { Controller, Get, Logger } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Public } from '../auth/auth.decorators';
import { InjectConfig } from '../common/config.token';
import { DomainError } from '../common/domain-error';
import type { AppConfig } from '../config/config';
import { describeFailure } from '../mail/delivery-policy';
import { Storage } from '../storage/storage';

/** What GET /api/health/ready looked at; a check after a failed one it depends on is `skipped`. */
export type ReadinessChecks = Record<'database' | 'migrations' | 'storage', 'ok' | 'failed' | 'skipped'>;

/** A check that does not answer within this time has failed: a probe must not hang with the database. */
export const READINESS_CHECK_TIMEOUT_MS = 3000;

@ApiTags('health')
@Controller('health')
export class HealthController {
  private readonly logger = new Logger('Health');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
    private readonly storage: Storage,
  ) {}

  @Get()
  @Public()
  async health(): Promise<{ status: 'ok'; database: 'sqlite' | 'mysql' }> {
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      throw new DomainError('DATABASE_UNAVAILABLE');
    }
    return { status: 'ok', database: this.config.database.kind };
  }

  /** Liveness: the process answers. Touches nothing else, so a slow database never gets the process killed. */
  @Get('live')
  @Public()
  @ApiOperation({ summary: 'Liveness probe: 200 while the process answers; no database access.' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /**
   * Readiness: the database answers, every migration is applied, and a file can be written to the storage and
   * removed. 503 problem+json naming the failed checks otherwise, so a load balancer sends no one here.
   */
  @Get('ready')
  @Public()
  @ApiOperation({ summary: 'Readiness probe: database, migrations, storage; 503 naming the failed check.' })
  async ready(): Promise<{ status: 'ok'; checks: ReadinessChecks }> {
    const checks: ReadinessChecks = { database: 'skipped', migrations: 'skipped', storage: 'skipped' };
    checks.database = await this.check('database', () => this.dataSource.query('SELECT 1'));
    if (checks.database === 'ok') {
      checks.migrations = await this.check('migrations', async () => {
        if (await this.dataSource.showMigrations()) throw new Error('migrations are pending');
      });
    }
    checks.storage = await this.check('storage', async () => {
      const probe = await this.storage.put(Buffer.from('ready'), { contentType: 'text/plain' });
      await this.storage.remove(probe.key);
    });
    const failed = Object.entries(checks)
      .filter(([, outcome]) => outcome !== 'ok')
      .map(([name, outcome]) => (outcome === 'failed' ? name : `${name} (skipped)`));
    if (failed.length > 0) throw new DomainError('NOT_READY', `Not ready: ${failed.join(', ')}.`);
    return { status: 'ok', checks };
  }

  private async check(name: string, probe: () => Promise<unknown>): Promise<'ok' | 'failed'> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('no answer in time')), READINESS_CHECK_TIMEOUT_MS);
    });
    try {
      await Promise.race([probe(), timeout]);
      return 'ok';
    } catch (error) {
      this.logger.warn(`readiness check ${name} failed: ${describeFailure(error)}`);
      return 'failed';
    } finally {
      clearTimeout(timer);
    }
  }
}
