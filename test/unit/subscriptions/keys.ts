// Token keys for tests: random per run, never a literal secret.
import { randomBytes } from 'node:crypto';
import type { TokenKey } from '../../../functions/core/tokens.ts';

export const TEST_KEYS: TokenKey[] = [{ id: 'test-1', secret: randomBytes(32) }];
