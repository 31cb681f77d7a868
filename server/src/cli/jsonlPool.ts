import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { BufferedWriter } from './common';
import { LineTask, createRecordHandler, handleLine } from './lineTasks';

interface Batch {
  seq: number;
  firstLine: number;
  lines: string[];
}

interface BatchResult {
  seq: number;
  output: string[];
}

const BATCH_LINES = 64;
const BATCH_CHARS = 256 * 1024;
/** One batch being worked on and one waiting, so a worker never waits for the main thread. */
const QUEUED_PER_WORKER = 2;
const REORDER_WINDOW_PER_WORKER = 16;

/**
 * Reads NDJSON from `input`, runs `task` on every line and writes one line per input line, in input order.
 * With more than one worker, batches of lines go to worker threads and results are put back in order.
 */
export async function runJsonl(input: Readable, writer: BufferedWriter, task: LineTask, workers: number): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  if (workers <= 1) {
    const handle = createRecordHandler(task);
    let lineNumber = 0;
    for await (const line of lines) {
      const output = handleLine(line, ++lineNumber, handle);
      if (output !== undefined) await writer.writeLine(output);
    }
    return;
  }

  const pool = Array.from({ length: workers }, () => new Worker(__filename, { workerData: { clinoteLineTask: task } }));
  const outstanding = new Map<Worker, number>(pool.map((w) => [w, 0]));
  const finished = new Map<number, string[]>();
  let nextToWrite = 0;
  let sent = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    const resolve = wake;
    wake = undefined;
    resolve?.();
  };

  for (const worker of pool) {
    worker.on('message', (result: BatchResult) => {
      outstanding.set(worker, (outstanding.get(worker) ?? 1) - 1);
      finished.set(result.seq, result.output);
      notify();
    });
    worker.on('error', (error) => {
      failure = error;
      notify();
    });
  }

  const flushInOrder = async () => {
    for (let output = finished.get(nextToWrite); output; output = finished.get(nextToWrite)) {
      finished.delete(nextToWrite++);
      for (const line of output) await writer.writeLine(line);
    }
  };
  const waitForProgress = async () => {
    if (failure) throw failure;
    await new Promise<void>((resolve) => (wake = resolve));
    if (failure) throw failure;
    await flushInOrder();
  };
  const dispatch = async (batch: Batch) => {
    for (;;) {
      const idlest = pool.reduce((best, w) => ((outstanding.get(w) ?? 0) < (outstanding.get(best) ?? 0) ? w : best), pool[0]);
      // A worker with room gets the batch at once, so one slow batch never leaves the others idle; batches done
      // ahead of their turn wait to be written, and that wait is bounded so memory stays flat on any corpus.
      if ((outstanding.get(idlest) ?? 0) < QUEUED_PER_WORKER && sent - nextToWrite < workers * REORDER_WINDOW_PER_WORKER) {
        outstanding.set(idlest, (outstanding.get(idlest) ?? 0) + 1);
        idlest.postMessage(batch);
        sent++;
        return;
      }
      await waitForProgress();
    }
  };

  try {
    let batch: Batch = { seq: 0, firstLine: 1, lines: [] };
    let chars = 0;
    let lineNumber = 0;
    for await (const line of lines) {
      lineNumber++;
      batch.lines.push(line);
      chars += line.length;
      if (batch.lines.length >= BATCH_LINES || chars >= BATCH_CHARS) {
        await dispatch(batch);
        batch = { seq: batch.seq + 1, firstLine: lineNumber + 1, lines: [] };
        chars = 0;
      }
    }
    if (batch.lines.length > 0) await dispatch(batch);
    await flushInOrder();
    while (nextToWrite < sent) await waitForProgress();
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}

/** Worker side: the bundle starts here when it is loaded as a line worker. */
export function startLineWorkerIfRequested(): boolean {
  if (isMainThread || !workerData?.clinoteLineTask) return false;
  const handle = createRecordHandler(workerData.clinoteLineTask as LineTask);
  parentPort!.on('message', (batch: Batch) => {
    const output: string[] = [];
    batch.lines.forEach((line, i) => {
      const result = handleLine(line, batch.firstLine + i, handle);
      if (result !== undefined) output.push(result);
    });
    parentPort!.postMessage({ seq: batch.seq, output } satisfies BatchResult);
  });
  return true;
}
