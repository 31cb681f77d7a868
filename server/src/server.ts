import { setFlagsFromString } from 'node:v8';
import { isMainThread } from 'node:worker_threads';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startDetectorThreadIfRequested } from './detectorThread';
import { compileRegExpsToMachineCodeAtOnce } from './v8Flags';
import { describeError } from './serverContext';
import { startServer } from './startServer';

// A language server keeps little data for hours: V8 grows the heap by smaller steps and collects more eagerly. With
// 20 notes open the process holds about 30 MB less for some 10% more CPU per keystroke. Set here rather than on the
// command line so it holds however the server is started; V8 reads the flag whenever it sizes the heap.
// Flags are the process's; the detector thread (this bundle again, on a worker) must not set them under running code.
if (isMainThread) {
  setFlagsFromString('--optimize-for-size');
  compileRegExpsToMachineCodeAtOnce();
}

if (!startDetectorThreadIfRequested()) {
  // The transport (--node-ipc, --stdio, --socket=N) is taken from the command line.
  const connection = createConnection(ProposedFeatures.all);

  // A failed background task (a refresh the editor declined, a fetch that failed late) must not end the server;
  // only the kind of error and where it happened is logged, never a message that could quote a note.
  process.on('unhandledRejection', (reason) => connection.console.error(`Unhandled rejection: ${describeError(reason)}`));

  startServer(connection);
}
