// Runs e2e steps in order, each under its own timeout, with a screenshot after each, and tallies the outcome.
import { join } from 'node:path';
import type { ExtensionManifest } from './extension';
import type { Workbench } from './workbench';

export interface StepContext {
  readonly workbench: Workbench;
  readonly manifest: ExtensionManifest;
  /** Base URL of the embedded FHIR server, when it could be started. */
  readonly fhirBaseUrl: string | undefined;
  /** Absolute path of the temporary workspace folder opened in code-server. */
  readonly workspace: string;
  log(message: string): void;
}

export interface E2eStep {
  readonly name: string;
  readonly timeoutMs: number;
  /** A reason to skip (feature not contributed yet, FHIR server absent…), or undefined to run. */
  skipReason?(context: StepContext): string | undefined;
  run(context: StepContext): Promise<void>;
}

export interface StepTally {
  passed: number;
  failed: number;
  skipped: number;
}

/** Runs `steps` (each with its number in the full list, so a subset keeps its labels and screenshot names). */
export async function runSteps(
  steps: ReadonlyArray<{ number: number; step: E2eStep }>,
  context: StepContext,
  screenshotDir: string,
): Promise<StepTally> {
  const tally: StepTally = { passed: 0, failed: 0, skipped: 0 };
  for (const { number, step } of steps) {
    const label = `${number}. ${step.name}`;
    const skipReason = step.skipReason?.(context);
    if (skipReason) {
      tally.skipped++;
      console.log(`- skipped ${label}: ${skipReason}`);
      continue;
    }
    const started = Date.now();
    let failure: Error | undefined;
    try {
      await withTimeout(step.run(context), step.timeoutMs, label);
    } catch (error) {
      failure = error instanceof Error ? error : new Error(String(error));
    }
    const screenshot = join(screenshotDir, `${String(number).padStart(2, '0')}-${slug(step.name)}${failure ? '-FAILED' : ''}.png`);
    await context.workbench.screenshot(screenshot).catch((error: Error) => console.log(`  (no screenshot: ${error.message})`));
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (failure) {
      tally.failed++;
      console.log(`✗ FAILED ${label} (${seconds} s): ${failure.message.split('\n')[0]}\n  screenshot: ${screenshot}`);
    } else {
      tally.passed++;
      console.log(`✓ ${label} (${seconds} s)  screenshot: ${screenshot}`);
    }
  }
  return tally;
}

function withTimeout<T>(work: Promise<T>, timeoutMs: number, label: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`step "${label}" timed out after ${timeoutMs} ms`)), timeoutMs);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
}
