import { Global, Module } from '@nestjs/common';
import { MetricsController } from './metrics.controller';
import { Metrics } from './metrics';

/** Prometheus metrics (GET /api/metrics): the registry, and what the mail dispatcher reports to it. */
@Global()
@Module({ providers: [Metrics], exports: [Metrics], controllers: [MetricsController] })
export class MetricsModule {}
