import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLogger, redactEmail, redactEmails } from '../../../functions/shared/logging.ts';

afterEach(() => vi.restoreAllMocks());

describe('email redaction in logs', () => {
  it('keeps the first letter and the domain only', () => {
    expect(redactEmail('alice@example.org')).toBe('a***@example.org');
    expect(redactEmails('MessageRejected: Address blacklisted: bob.smith@mail.example.cn, carol@x.io')).toBe(
      'MessageRejected: Address blacklisted: b***@mail.example.cn, c***@x.io',
    );
  });

  it('no full address reaches the log output, in messages, attributes or errors', () => {
    const lines: string[] = [];
    for (const stream of [process.stdout, process.stderr]) {
      vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
        lines.push(String(chunk));
        return true;
      });
    }
    vi.spyOn(console, 'info').mockImplementation((...args: unknown[]) => lines.push(args.join(' ')));
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => lines.push(args.join(' ')));
    const logger = createLogger('test');
    logger.info('sending to alice@example.org', { recipient: { email: 'alice@example.org' } });
    logger.error('failed', new Error('Illegal address: bob@example.net'));
    const output = lines.join('\n');
    expect(output).toContain('a***@example.org');
    expect(output).toContain('b***@example.net');
    expect(output).not.toContain('alice@');
    expect(output).not.toContain('bob@');
  });
});
