import type { Logger } from '@nestjs/common';
import type { AppConfig } from '../config/config';

/**
 * The scheduler's beat (decision 0008): `check` every `schedulerIntervalMs`, on the instances that run the
 * dispatcher. Each check only queues jobs under dedupe keys or makes conditional updates, so several instances
 * may tick at once. A failed check is logged and the next tick tries again; the timer does not keep the process
 * alive. Answers the function that stops it (at shutdown).
 */
export function everySchedulerTick(
  config: AppConfig,
  logger: Logger,
  what: string,
  check: () => Promise<unknown>,
): () => void {
  if (!config.mail.dispatcher) return () => undefined;
  const timer = setInterval(() => {
    check().catch((error) => logger.error(`${what} failed: ${String(error)}`));
  }, config.schedulerIntervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
