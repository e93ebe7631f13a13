// Counts results for npm test's combined summary line (Playwright's own summary is not a plain line).
import { writeFileSync } from "node:fs";
import type { FullResult, Reporter, TestCase, TestResult } from "@playwright/test/reporter";

export default class SummaryReporter implements Reporter {
  private outcomes = new Map<string, string>();

  onTestEnd(test: TestCase, result: TestResult) {
    // The last result per test counts (retries replace earlier ones).
    this.outcomes.set(
      test.id,
      result.status === "skipped" ? "skipped" : test.outcome() === "expected" || test.outcome() === "flaky" ? "passed" : "failed",
    );
  }

  onEnd(result: FullResult) {
    const all = [...this.outcomes.values()];
    const counts = {
      passed: all.filter((s) => s === "passed").length,
      failed: all.filter((s) => s === "failed").length + (result.status === "failed" && all.length === 0 ? 1 : 0),
      skipped: all.filter((s) => s === "skipped").length,
    };
    if (process.env.SUMMARY_FILE) writeFileSync(process.env.SUMMARY_FILE, JSON.stringify(counts));
    console.log(`Playwright totals — ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  }
}
