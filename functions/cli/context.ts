// What the program hands the commands that act on a deployed stack when one is named: kept apart from
// program.ts, which imports every command, so the commands never import the program back.
import type { StackInfo } from './stack.ts';

export interface CliContext {
  /** The deployed stack the commands act on (after --stack / TIDINGS_STACK was read), else undefined. */
  stack(): StackInfo | undefined;
}
