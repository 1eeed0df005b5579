import { Controller, Get, Headers, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../auth/auth.decorators';
import { InjectConfig } from '../common/config.token';
import { DomainError } from '../common/domain-error';
import type { AppConfig } from '../config/config';
import { metricsTokenMatches } from './metrics-token';
import { Metrics } from './metrics';

@ApiTags('operations')
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: Metrics,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  /**
   * Prometheus exposition. Not a session route: METRICS_TOKEN is its own bearer token. Without one configured
   * the route answers as if it did not exist.
   */
  @Get()
  @Public()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Prometheus metrics (Authorization: Bearer <METRICS_TOKEN>); 404 when not set.' })
  async scrape(
    @Headers('authorization') authorization: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    if (!this.config.metricsToken) throw new DomainError('NOT_FOUND');
    if (!metricsTokenMatches(authorization, this.config.metricsToken))
      throw new DomainError('UNAUTHENTICATED');
    const { contentType, body } = await this.metrics.exposition();
    response.status(200).type(contentType).send(body);
  }
}
