import { appendFileSync } from 'node:fs';

/**
 * Fault injection for the publishing tests: every step of a publish that renames or writes
 * something the record depends on calls faultPoint() after it. With MINHBACH_FAULT_LOG set, each
 * point reached is appended to that file (so a test learns the steps); with MINHBACH_FAULT_AT=n
 * the process is killed (SIGKILL, nothing runs after) at the n-th point, or with
 * MINHBACH_FAULT=enospc@n an ENOSPC error ("disk full") is thrown there instead. Unset, as in
 * every real run, it does nothing.
 */
let reached = 0;

export function faultPoint(step: string): void {
  const log = process.env.MINHBACH_FAULT_LOG;
  const at = process.env.MINHBACH_FAULT_AT;
  if (!log && !at) return;
  reached++;
  if (log) appendFileSync(log, `${step}\n`);
  if (Number(at) !== reached) return;
  if (process.env.MINHBACH_FAULT === 'enospc')
    throw Object.assign(new Error(`ENOSPC: no space left on device (injected at ${step})`), {
      code: 'ENOSPC',
    });
  process.kill(process.pid, 'SIGKILL');
}
