// What every `tidings` command shares: one exit-code convention (0 done, 1 failed, 2 usage), one-line errors
// that say what to do (never a stack trace or a bare ENOENT), and counted nouns.

/** A mistake in how the command was called (exit code 2), as opposed to something that failed (1). */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export interface Io {
  out(line: string): void;
  err(line: string): void;
}

export const stdio: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

const ERRNO: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory, not a file',
  ENOTDIR: 'a part of the path is not a directory',
  EEXIST: 'already exists',
  ECONNREFUSED: 'connection refused',
};

/** One line for a person: the message of the error, with file-system codes in words and the path they concern. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const errno = error as NodeJS.ErrnoException;
  if (errno.code && ERRNO[errno.code] && errno.syscall) {
    return `${errno.path ? `${errno.path}: ` : ''}${ERRNO[errno.code]}`;
  }
  // SDK errors without a message carry their name (AccessDeniedException, ResourceNotFoundException).
  const message = error.message || error.name;
  return message.replace(/\s*\n\s*/g, ' ');
}

/**
 * Runs a command's work: prints a failure as `tidings <command>: <reason>` on one line and sets the exit code
 * (2 for a UsageError, else 1). The work may set process.exitCode itself (1 when part of it failed).
 */
export async function runCommand(name: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    stdio.err(`tidings ${name}: ${describeError(error)}`);
    process.exitCode = error instanceof UsageError ? EXIT.usage : EXIT.failed;
  }
}

export { count } from '../shared/count.ts';
