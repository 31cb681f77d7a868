// Child processes started by the e2e and in-host launchers, and their cleanup. Every server is started in its own
// process group so that stopping it also stops what it forked (extension hosts, language servers).
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { createWriteStream } from 'node:fs';

type Cleanup = () => Promise<void> | void;

const cleanups: Cleanup[] = [];
let cleaningUp: Promise<void> | undefined;

/** Registers work to undo on exit; runs in reverse order of registration. */
export function onCleanup(cleanup: Cleanup): void {
  cleanups.push(cleanup);
}

export function isCleaningUp(): boolean {
  return cleaningUp !== undefined;
}

export function cleanupAll(): Promise<void> {
  cleaningUp ??= (async () => {
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch (error) {
        console.error(`cleanup failed: ${(error as Error).message}`);
      }
    }
  })();
  return cleaningUp;
}

/**
 * Stops everything on SIGINT/SIGTERM and on unexpected errors, then exits. Test launchers report a signal as a
 * failure (128 + signal); `npm start` is meant to be stopped that way and exits 0.
 */
export function installSignalHandlers(options: { signalIsFailure: boolean } = { signalIsFailure: true }): void {
  const stop = (code: number) => {
    void cleanupAll().finally(() => process.exit(code));
  };
  // `on`, not `once`: a second Ctrl+C during cleanup must not kill the process before cleanup finishes.
  process.on('SIGINT', () => stop(options.signalIsFailure ? 130 : 0));
  process.on('SIGTERM', () => stop(options.signalIsFailure ? 143 : 0));
  process.on('SIGHUP', () => stop(options.signalIsFailure ? 129 : 0));
  process.once('uncaughtException', (error) => {
    console.error(error);
    stop(1);
  });
  process.once('unhandledRejection', (error) => {
    console.error(error);
    stop(1);
  });
}

export interface ManagedProcess {
  readonly child: ChildProcess;
  /** Resolves with the exit code (or signal name) once the process has exited. */
  readonly exited: Promise<number | string>;
  /** Resolves with the first stdout/stderr line matching `pattern`; rejects on timeout or early exit. */
  waitForLine(pattern: RegExp, timeoutMs: number, what: string): Promise<RegExpMatchArray>;
  stop(): Promise<void>;
}

export interface StartOptions extends Pick<SpawnOptions, 'cwd' | 'env'> {
  /** Output of the process is appended here, so failures can be investigated after the run. */
  logFile: string;
}

/** Starts a long-running process in its own process group and registers its termination for cleanup. */
export function startProcess(command: string, args: readonly string[], options: StartOptions): ManagedProcess {
  const log = createWriteStream(options.logFile, { flags: 'a' });
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown'));
    child.once('error', (error) => {
      log.write(`spawn failed: ${error.message}\n`);
      resolve('spawn-error');
    });
  });
  const lineListeners = new Set<(line: string) => void>();
  let pending = '';
  const onData = (chunk: Buffer) => {
    log.write(chunk);
    pending += chunk.toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) for (const listener of lineListeners) listener(line);
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);

  const waitForLine = (pattern: RegExp, timeoutMs: number, what: string) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const finish = (settle: () => void) => {
        clearTimeout(timer);
        lineListeners.delete(listener);
        settle();
      };
      const listener = (line: string) => {
        const match = line.match(pattern);
        if (match) finish(() => resolve(match));
      };
      const timer = setTimeout(
        () => finish(() => reject(new Error(`${what} did not appear within ${timeoutMs} ms (see ${options.logFile})`))),
        timeoutMs,
      );
      lineListeners.add(listener);
      void exited.then((code) =>
        finish(() => reject(new Error(`${command} exited (${code}) before ${what} (see ${options.logFile})`))),
      );
    });

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
        signalGroup(child.pid, 'SIGTERM');
        const forced = setTimeout(() => signalGroup(child.pid!, 'SIGKILL'), 5000);
        await exited;
        clearTimeout(forced);
      }
      // Grandchildren (extension hosts, language servers) may outlive the group leader briefly.
      if (child.pid !== undefined) signalGroup(child.pid, 'SIGKILL');
      await new Promise<void>((resolve) => log.end(resolve));
    })();
    return stopping;
  };
  onCleanup(stop);
  return { child, exited, waitForLine, stop };
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

/** Runs a command to completion, inheriting stdio; rejects with a one-line message on a non-zero exit. */
export function runToCompletion(command: string, args: readonly string[], options: SpawnOptions & { timeoutMs: number }) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command} ${args.join(' ')} timed out after ${options.timeoutMs} ms`));
    }, options.timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`${command} could not start: ${error.message}`));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} failed (${code ?? signal})`));
    });
  });
}
