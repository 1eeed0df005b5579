/**
 * Runs the steps at once and answers their results once every one has settled, or throws the first failure
 * then. On MySQL/MariaDB the transaction's connection runs their statements one after another, the next sent
 * as soon as the previous answered, rather than each a turn of a busy event loop later; on SQLite, whose
 * driver is synchronous, it changes nothing. Waiting for all, not for the first failure, means that no step
 * still sends statements once the transaction has ended. Only for steps whose order does not matter.
 */
export async function together<T extends readonly unknown[]>(
  ...steps: { [K in keyof T]: () => Promise<T[K]> }
): Promise<T> {
  const settled = await Promise.allSettled(steps.map((step) => step()));
  const failed = settled.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((result) => (result as PromiseFulfilledResult<unknown>).value) as unknown as T;
}
