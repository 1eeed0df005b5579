import { Global, Module } from '@nestjs/common';
import { ForegroundLoad } from './foreground-load';
import { JobHandlers } from './job-handlers';
import { JobQueue } from './job-queue';
import { JobRunner } from './job-runner';

const PROVIDERS = [JobQueue, JobHandlers, JobRunner, ForegroundLoad];

/** Side effects as jobs in the database: features queue them in their transactions and register handlers. */
@Global()
@Module({ providers: PROVIDERS, exports: PROVIDERS })
export class JobsModule {}
