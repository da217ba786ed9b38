/**
 * Runs async work one piece at a time, in the order it was asked for; a failure does not stop the pieces after it.
 * The laptop's sync and the team server's working copy each have one writer that must not interleave.
 */
export function serialQueue() {
  let chain: Promise<unknown> = Promise.resolve();
  return function serial<T>(work: () => Promise<T>): Promise<T> {
    const next = chain.then(work, work);
    chain = next.catch(() => undefined);
    return next;
  };
}
