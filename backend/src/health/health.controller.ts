import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Public } from '../auth/auth.decorators';
import { InjectConfig } from '../common/config.token';
import { DomainError } from '../common/domain-error';
import type { AppConfig } from '../config/config';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() private readonly config: AppConfig,
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
}
