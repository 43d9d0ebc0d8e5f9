// The real `tidings` command, spawned as a person runs it: exit code, standard output and error.
import { execFile } from 'node:child_process';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function tidings(
  args: string[],
  env: Record<string, string> = {},
  input?: string,
): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['bin/tidings.js', ...args],
      {
        maxBuffer: 16 * 1024 * 1024,
        env: {
          PATH: process.env.PATH ?? '',
          HOME: process.env.HOME ?? '',
          // No credentials or region from the machine: each test says what it acts on.
          AWS_EC2_METADATA_DISABLED: 'true',
          ...env,
        },
      },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
      },
    );
    if (input !== undefined) child.stdin?.end(input);
    else child.stdin?.end();
  });
}

/** No stack trace, no raw errno, no Powertools notice: what a person should never see. */
export const NOISE = /\n\s+at |ENOENT|No application metrics to publish/;
