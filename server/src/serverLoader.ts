import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { runBundle } from './codeCache';
import { setLanguageServerFlags } from './v8Flags';

// The language server's entry (dist/server.js): a few kilobytes that set V8's flags and then run the server bundle
// through the code cache. Flags are the process's; a worker thread running this file must not set them again.
if (isMainThread) setLanguageServerFlags();
// esbuild.mjs names the bundle.
runBundle(join(__dirname, 'clinote-server.js'), module);
