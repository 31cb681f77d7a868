// Measures how long `node dist/cli.js serve-fhir --port 0` takes to print its URL line (what the extension waits
// for), and checks the served data answers. Run after `npm run build`: node scripts/fhir/serve-fhir-startup.mjs [runs]
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { statSync } from 'node:fs';

const runs = Number(process.argv[2] ?? 5);
const times = [];
for (let i = 0; i < runs; i++) {
  const started = performance.now();
  const child = spawn(process.execPath, ['dist/cli.js', 'serve-fhir', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  child.stdout.setEncoding('utf8');
  let buffered = '';
  const baseUrl = await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      buffered += chunk;
      if (buffered.includes('\n')) resolve(buffered.split('\n')[0]);
    });
    child.once('exit', (code) => reject(new Error(`serve-fhir exited with ${code} before printing its URL`)));
  });
  times.push(performance.now() - started);
  const response = await fetch(`${baseUrl}/Patient?_count=100`);
  const bundle = await response.json();
  if (i === 0) console.log(`${baseUrl}: ${bundle.total} patients`);
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const [code] = await exited;
  if (code !== 0) throw new Error(`serve-fhir exited with ${code} on SIGTERM`);
}
times.sort((a, b) => a - b);
console.log(`ready line after: median ${times[Math.floor(times.length / 2)].toFixed(0)} ms, max ${times.at(-1).toFixed(0)} ms over ${runs} runs`);
console.log(`dist/cli.js: ${(statSync('dist/cli.js').size / 1024).toFixed(0)} KB`);
