import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startDetectorThreadIfRequested } from './detectorThread';
import { describeError } from './serverContext';
import { startServer } from './startServer';

// Started through serverLoader.ts (dist/server.js), which sets the V8 flags and reads the code cache first. The same
// bundle runs the detector thread.
if (!startDetectorThreadIfRequested()) {
  // The transport (--node-ipc, --stdio, --socket=N) is taken from the command line.
  const connection = createConnection(ProposedFeatures.all);

  // A failed background task (a refresh the editor declined, a fetch that failed late) must not end the server;
  // only the kind of error and where it happened is logged, never a message that could quote a note.
  process.on('unhandledRejection', (reason) => connection.console.error(`Unhandled rejection: ${describeError(reason)}`));

  startServer(connection);
}
