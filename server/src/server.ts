import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './startServer';

// The transport (--node-ipc, --stdio, --socket=N) is taken from the command line.
startServer(createConnection(ProposedFeatures.all));
