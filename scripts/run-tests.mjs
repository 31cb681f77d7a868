// Runs node's test runner over every *.test.ts below the given folders (Node 20's --test takes no globs).
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function collect(dir, out) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) collect(path, out);
    else if (name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

const args = process.argv.slice(2);
const filters = args.filter((a) => a.startsWith('--grep=')).map((a) => a.slice('--grep='.length));
const roots = args.filter((a) => !a.startsWith('--'));
let files = roots.flatMap((root) => collect(root, []));
if (filters.length) files = files.filter((f) => filters.some((g) => f.includes(g)));
if (files.length === 0) {
  console.error(`no test files under ${roots.join(', ')}`);
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
