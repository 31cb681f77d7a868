import { ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import * as vscode from 'vscode';

const START_TIMEOUT_MS = 15_000;

/**
 * The offline FHIR server with synthetic patients, started on a free loopback port when no other server is
 * configured, and stopped with the extension.
 */
export class EmbeddedFhirServer implements vscode.Disposable {
  private process: ChildProcess | undefined;
  private starting: Promise<string | undefined> | undefined;
  url: string | undefined;

  constructor(private readonly cliPath: string, private readonly log: vscode.OutputChannel) {}

  start(): Promise<string | undefined> {
    this.starting ??= new Promise((resolve) => {
      // ELECTRON_RUN_AS_NODE lets the editor's own runtime run the CLI as plain Node.
      // With stdin a pipe that closes when the editor goes away, the server never outlives a crashed editor.
      const child = spawn(process.execPath, [this.cliPath, 'serve-fhir', '--port', '0', '--exit-on-stdin-close'], {
        env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      this.process = child;
      const timer = setTimeout(() => {
        this.log.appendLine('Embedded FHIR server did not start in time; patient context is unavailable.');
        child.kill();
        resolve(undefined);
      }, START_TIMEOUT_MS);
      createInterface({ input: child.stdout! }).once('line', (line) => {
        clearTimeout(timer);
        this.url = line.trim();
        this.log.appendLine(`Embedded FHIR server (synthetic patients) at ${this.url}`);
        resolve(this.url);
      });
      child.on('error', () => {
        clearTimeout(timer);
        this.log.appendLine('Embedded FHIR server could not be started; patient context is unavailable.');
        resolve(undefined);
      });
      child.stderr!.on('data', (chunk: Buffer) => this.log.append(`[fhir] ${chunk.toString('utf8')}`));
      child.on('exit', (code) => {
        clearTimeout(timer);
        if (this.process === child) this.process = undefined;
        this.url = undefined;
        this.starting = undefined;
        if (code) this.log.appendLine(`Embedded FHIR server stopped (exit ${code}).`);
        resolve(undefined);
      });
    });
    return this.starting;
  }

  dispose(): void {
    this.process?.kill('SIGTERM');
    this.process = undefined;
  }
}
