import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { detectPhi } from './core/phi/detect';
import type { PhiFinding, PhiOptions } from './core/phi/types';

interface DetectRequest {
  id: number;
  texts: string[];
  options: PhiOptions;
}

/** Findings per text, or `failed` when the detector threw (the message could quote the note, so it stays here). */
type DetectReply = { id: number; findings: PhiFinding[][] } | { id: number; failed: true };

const WORKER_FLAG = 'clinotePhiDetector';

/** Worker side: the server bundle starts here when it is loaded as the detector thread. */
export function startDetectorThreadIfRequested(): boolean {
  if (isMainThread || !workerData?.[WORKER_FLAG]) return false;
  parentPort!.on('message', ({ id, texts, options }: DetectRequest) => {
    let reply: DetectReply;
    try {
      reply = { id, findings: texts.map((text) => detectPhi(text, options)) };
    } catch {
      reply = { id, failed: true };
    }
    parentPort!.postMessage(reply);
  });
  return true;
}

export class DetectorThreadError extends Error {
  constructor(reason: string) {
    super(`PHI detector thread: ${reason}`);
    this.name = 'DetectorThreadError';
  }
}

/**
 * Runs the PHI detector on a thread of its own, so a long note's scan never keeps the server from answering other
 * requests (the detector cannot be interrupted inside a chunk). Started on first use and stopped after a while
 * without work, because its name lists cost tens of megabytes. Any failure rejects with DetectorThreadError and
 * the caller scans in its own thread instead; after repeated failures the thread is not started again.
 */
export class DetectorThread {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, { resolve: (findings: PhiFinding[][]) => void; reject: (error: Error) => void }>();
  private nextId = 0;
  private failures = 0;
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(private readonly script: string, private readonly idleMs = 30_000, private readonly maxFailures = 3) {}

  get usable(): boolean {
    return this.failures < this.maxFailures;
  }

  detect(texts: string[], options: PhiOptions): Promise<PhiFinding[][]> {
    if (!this.usable) return Promise.reject(new DetectorThreadError('disabled after repeated failures'));
    const worker = this.running();
    const id = this.nextId++;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    // While it has work the thread keeps the process alive; idle, it never does on its own.
    worker.ref();
    return new Promise<PhiFinding[][]>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, texts, options } satisfies DetectRequest);
    }).finally(() => {
      if (this.pending.size === 0) this.worker?.unref();
      this.scheduleStop();
    });
  }

  stop(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    const worker = this.worker;
    this.worker = undefined;
    this.failAll('stopped');
    void worker?.terminate();
  }

  private running(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script, { workerData: { [WORKER_FLAG]: true } });
    worker.on('message', (reply: DetectReply) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if ('failed' in reply) waiting?.reject(new DetectorThreadError('the detector failed on a chunk'));
      else waiting?.resolve(reply.findings);
    });
    const lost = (reason: string) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.failures++;
      this.failAll(reason);
    };
    worker.on('error', (error) => lost(`stopped by ${error.name}`));
    worker.on('exit', (code) => lost(`exited with code ${code}`));
    this.worker = worker;
    return worker;
  }

  private failAll(reason: string): void {
    for (const { reject } of this.pending.values()) reject(new DetectorThreadError(reason));
    this.pending.clear();
  }

  private scheduleStop(): void {
    if (this.pending.size > 0) return;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      if (this.pending.size === 0) this.stop();
    }, this.idleMs);
    this.idleTimer.unref();
  }
}
