/** Exit codes of CONTRACT §1; every error a user can meet carries one. */
export const EXIT = {ok: 0, failure: 1, usage: 2, waiting: 3, verification: 4} as const
export type ExitCode = (typeof EXIT)[keyof typeof EXIT]

/** An error meant for a person: a message that says what is wrong and, where known, how to fix it. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exit: ExitCode = EXIT.usage,
    readonly fix?: string,
  ) {
    super(message)
    this.name = 'UserError'
  }
}

/** Bad usage or bad input (exit 2). */
export class InputError extends UserError {
  constructor(message: string, fix?: string) {
    super(message, EXIT.usage, fix)
  }
}

/** A gate that needs a person, or a lock held by someone else (exit 3). */
export class WaitingError extends UserError {
  constructor(
    message: string,
    fix?: string,
    readonly details?: unknown,
  ) {
    super(message, EXIT.waiting, fix)
  }
}

/** Verification failed: audit chain, checksums, reconciliation (exit 4). */
export class VerificationError extends UserError {
  constructor(
    message: string,
    readonly details?: unknown,
  ) {
    super(message, EXIT.verification)
  }
}
