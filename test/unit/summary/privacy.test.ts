import { test } from 'node:test';
import assert from 'node:assert/strict';
import { endpointOrigin, gateNote, isEndpointAllowed, isLoopbackUrl, restoreOriginals } from '../../../server/src/core/summary/privacy';
import { CLINIC_NOTE, CLINIC_NOTE_PHI } from './notes';

test('isLoopbackUrl: only this machine counts', () => {
  for (const url of ['http://localhost:11434/v1', 'http://127.0.0.1:8080', 'https://127.3.2.1/v1', 'http://[::1]:8000/v1', 'http://api.localhost/v1', 'HTTP://LOCALHOST']) {
    assert.equal(isLoopbackUrl(url), true, url);
  }
  for (const url of ['https://api.openai.com/v1', 'http://10.0.0.5:8080', 'http://localhost.example.com', 'http://127.0.0.1.nip.io', 'file:///tmp/x', 'ftp://127.0.0.1', 'not a url', 'http://0.0.0.0:8080', 'http://192.168.1.2']) {
    assert.equal(isLoopbackUrl(url), false, url);
  }
});

test('endpoint confirmation is per origin', () => {
  assert.equal(endpointOrigin('https://Example.com:443/v1/'), 'https://example.com');
  assert.equal(isEndpointAllowed('https://llm.example.com/v1', ['https://llm.example.com']), true);
  assert.equal(isEndpointAllowed('https://llm.example.com:8443/v1', ['https://llm.example.com']), false);
  assert.equal(isEndpointAllowed('http://llm.example.com/v1', ['https://llm.example.com']), false);
  assert.equal(isEndpointAllowed('https://other.example.com/v1', ['https://llm.example.com']), false);
  assert.equal(isEndpointAllowed('http://127.0.0.1:1234/v1'), true);
});

test('gateNote replaces PHI with consistent surrogates and restoreOriginals maps them back', () => {
  const gated = gateNote(CLINIC_NOTE, { key: 'k'.repeat(32) });
  for (const phi of CLINIC_NOTE_PHI) assert.ok(!gated.text.includes(phi), phi);
  assert.deepEqual(gateNote(CLINIC_NOTE, { key: 'k'.repeat(32) }).text, gated.text, 'same key, same surrogates');
  const surname = gated.replacements.filter((r) => r.original === 'Okonkwo').map((r) => r.replacement);
  assert.ok(surname.length >= 1 && surname.every((s) => s === surname[0]), 'one original, one surrogate');
  assert.equal(restoreOriginals(gated.text, gated.replacements), CLINIC_NOTE);
  assert.equal(gateNote(CLINIC_NOTE, { allowPhi: true }).text, CLINIC_NOTE);
});
