// The state file of a running `npm start` (.tidings/local.json): where its site, stand-ins and keys are. The CLI
// reads it to act on that instance, so it never guesses ports (several instances, or PORT/DYNAMODB_PORT set in
// another terminal, would otherwise send it to the wrong one or write links to the wrong site).
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export interface LocalState {
  pid: number;
  /** Origin of the local site (pages and email links). */
  siteUrl: string;
  outboxUrl: string;
  startedAt: string;
  /**
   * The environment the instance wired its handlers with (TABLE_NAME, DYNAMODB_ENDPOINT, SES_ENDPOINT, SITE_URL,
   * SENDER_EMAIL, TOKEN_KEYS_FILE, …): the CLI uses the same, so its emails and links match the site's.
   */
  env: Record<string, string>;
}

export const STATE_FILE = 'local.json';

/** `.tidings` in the current folder; TIDINGS_DATA_DIR names another (a second instance, tests). */
export const DEFAULT_DATA_DIR = process.env.TIDINGS_DATA_DIR || '.tidings';

export function stateFile(dataDir = DEFAULT_DATA_DIR): string {
  return join(resolve(dataDir), STATE_FILE);
}

/** Written once the instance is serving; replaced atomically so a reader never sees half a file. */
export async function writeLocalState(dataDir: string, state: LocalState): Promise<void> {
  const file = stateFile(dataDir);
  const partial = `${file}.${process.pid}.tmp`;
  await writeFile(partial, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  await rename(partial, file);
}

/** Removed on a clean stop, and only by the process that wrote it (a second instance must not delete the first's). */
export async function removeLocalState(dataDir: string, pid = process.pid): Promise<void> {
  const state = await readState(stateFile(dataDir));
  if (state?.pid === pid) await rm(stateFile(dataDir), { force: true });
}

export class LocalNotRunningError extends Error {
  override name = 'LocalNotRunningError';
}

const HOW_TO_START =
  'start one with `npm start` in another terminal (in this folder), then run the command again';

async function readState(file: string): Promise<LocalState | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const state = JSON.parse(text) as LocalState;
    return typeof state.pid === 'number' && typeof state.siteUrl === 'string' && typeof state.env === 'object'
      ? state
      : undefined;
  } catch {
    return undefined;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The running instance this folder's `npm start` recorded. Throws LocalNotRunningError, saying how to start one,
 * when there is no state file or the process that wrote it has stopped.
 */
export async function findLocal(dataDir = DEFAULT_DATA_DIR): Promise<LocalState> {
  const file = stateFile(dataDir);
  const state = await readState(file);
  if (!state)
    throw new LocalNotRunningError(`no local tidings is running here (no ${file}): ${HOW_TO_START}`);
  if (!alive(state.pid)) {
    throw new LocalNotRunningError(
      `the local tidings recorded in ${file} (pid ${state.pid}) is no longer running: ${HOW_TO_START}`,
    );
  }
  return state;
}
