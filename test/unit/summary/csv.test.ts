import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvRecords, parseCsv } from '../../../scripts/summary/csv';

test('CSV records keep quoted commas, doubled quotes and line breaks inside a field', () => {
  const rows = parseCsv('id,dialogue,note\r\nD1,"[doctor] hi , ann .\n[patient] ""hi""",plain\nD2,,"last"\n');
  assert.deepEqual(rows, [
    ['id', 'dialogue', 'note'],
    ['D1', '[doctor] hi , ann .\n[patient] "hi"', 'plain'],
    ['D2', '', 'last'],
  ]);
  assert.deepEqual(csvRecords('a,b\n1,"x,y"\n'), [{ a: '1', b: 'x,y' }]);
});
