import type { Reporter, SerializedError, TestModule } from 'vitest/node';

/**
 * Prints the plain closing line CI reads: "N passed, N failed, N skipped". A test that did not
 * run because its file failed (a hook threw, the browser did not start) counts as failed, not
 * skipped, so the line never reads "0 failed" on a red run.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: readonly TestModule[], unhandledErrors: readonly SerializedError[]): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const m of modules) {
      const broken = m.state() === 'failed';
      for (const t of m.children.allTests()) {
        const state = t.result().state;
        if (state === 'passed') counts.passed++;
        else if (state === 'failed' || broken) counts.failed++;
        else counts.skipped++;
      }
      if (broken && m.children.size === 0) counts.failed++; // a file that failed before declaring any test
    }
    const extra = unhandledErrors.length ? `, ${unhandledErrors.length} errors outside tests` : '';
    console.log(
      `\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped${extra}`,
    );
  }
}
