/**
 * The engines only need to ask whether work is still wanted. This shape is satisfied by the LSP
 * CancellationToken and by the CLI's own token, so core code never imports either.
 */
export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

export const neverCancelled: CancellationToken = Object.freeze({ isCancellationRequested: false });

export class CancelledError extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'CancelledError';
  }
}

export function throwIfCancelled(token: CancellationToken): void {
  if (token.isCancellationRequested) throw new CancelledError();
}

/** A token the caller cancels itself, or that cancels itself after a time budget. */
export class CancellationSource implements CancellationToken {
  private cancelled = false;
  get isCancellationRequested(): boolean {
    return this.cancelled;
  }
  cancel(): void {
    this.cancelled = true;
  }
}
