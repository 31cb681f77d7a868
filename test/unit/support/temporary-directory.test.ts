import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

describe('temporaryDirectory', () => {
  it('is gone once the process that made it exits', () => {
    const helper = join(__dirname, '..', '..', 'temporaryDirectory.ts');
    const script = `const { temporaryDirectory } = require(${JSON.stringify(helper)}); const d = temporaryDirectory('clinote-tmp-check-'); require('node:fs').writeFileSync(d + '/file', 'x'); console.log(d);`;
    const directory = execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { encoding: 'utf8' }).trim();
    assert.match(directory, /clinote-tmp-check-/);
    assert.equal(existsSync(directory), false);
  });
});
