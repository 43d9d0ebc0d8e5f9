import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileEmail } from '../../../functions/adapters/render/renderer.ts';
import { PersonalizationError, personalize } from '../../../functions/core/render/personalize.ts';
import { type CompiledEmail, PLACEHOLDERS } from '../../../functions/core/render/types.ts';
import { EMAIL_TEMPLATES } from '../../../templates/registry.ts';
import { confirm, digest } from './fixtures.ts';

const ada = {
  manageUrl: 'https://news.example.org/preferences?token=ada.M1&lang=zh',
  unsubscribeUrl: 'https://news.example.org/unsubscribe?token=ada.U1&list=daily',
};
const bob = {
  manageUrl: 'https://news.example.org/preferences?token=bob.M2',
  unsubscribeUrl: 'https://news.example.org/unsubscribe?token=bob.U2',
};

let digestEmail: CompiledEmail;
let confirmEmail: CompiledEmail;
beforeAll(async () => {
  digestEmail = await compileEmail(EMAIL_TEMPLATES.digest, digest());
  confirmEmail = await compileEmail(EMAIL_TEMPLATES.confirm, confirm());
});

describe('personalize', () => {
  it('replaces every placeholder in both parts with the recipient links', () => {
    const email = personalize(digestEmail, ada);
    expect(email.html).not.toContain('tidings.invalid');
    expect(email.text).not.toContain('tidings.invalid');
    // In HTML the value sits in an attribute: `&` is escaped there, and only there.
    expect(email.html).toContain('href="https://news.example.org/preferences?token=ada.M1&amp;lang=zh"');
    expect(email.html).toContain('href="https://news.example.org/unsubscribe?token=ada.U1&amp;list=daily"');
    expect(email.text).toContain('[https://news.example.org/preferences?token=ada.M1&lang=zh]');
    expect(email.text).toContain('[https://news.example.org/unsubscribe?token=ada.U1&list=daily]');
    expect(email.subject).toBe(digestEmail.subject);
  });

  it('serves many recipients from one compiled variant without mixing them up', () => {
    const first = personalize(digestEmail, ada);
    const second = personalize(digestEmail, bob);
    const again = personalize(digestEmail, ada);
    expect(second.html).toContain('token=bob.U2');
    expect(second.html).not.toContain('token=ada');
    expect(again).toEqual(first);
    // Everything except the links is the compiled content, unchanged.
    const swap = (text: string) =>
      text
        .split(PLACEHOLDERS.manageUrl)
        .join(bob.manageUrl)
        .split(PLACEHOLDERS.unsubscribeUrl)
        .join(bob.unsubscribeUrl);
    expect(second.html).toBe(swap(digestEmail.html));
    expect(second.text).toBe(swap(digestEmail.text));
  });

  it('fails, naming the link, when a placeholder in the email has no value', () => {
    expect(() => personalize(digestEmail, { ...ada, unsubscribeUrl: '' })).toThrow(PersonalizationError);
    expect(() => personalize(digestEmail, { ...ada, unsubscribeUrl: '' })).toThrow(/unsubscribeUrl/);
    expect(() => personalize(confirmEmail, ada)).toThrow(/confirmUrl/);
    const confirmed = personalize(confirmEmail, {
      ...ada,
      confirmUrl: 'https://news.example.org/confirm?token=c',
    });
    expect(confirmed.html).toContain('href="https://news.example.org/confirm?token=c"');
    expect(confirmed.text).not.toContain('tidings.invalid');
  });

  it('finds placeholders in the output even when the compiled list omits them', () => {
    const stale: CompiledEmail = { ...digestEmail, placeholders: [] };
    expect(() => personalize(stale, { manageUrl: ada.manageUrl, unsubscribeUrl: '' })).toThrow(
      /unsubscribeUrl/,
    );
  });

  it('refuses values that are not URL-safe http(s) links', () => {
    for (const bad of [
      'javascript:alert(1)',
      'https://news.example.org/u?t=1"><script>alert(1)</script>',
      'https://news.example.org/u?t=a b',
      'https://news.example.org/u?t=<x>',
      'https://news.example.org/u\n?t=1',
    ]) {
      expect(() => personalize(digestEmail, { ...ada, manageUrl: bad }), bad).toThrow(
        /manageUrl is not a URL-safe/,
      );
    }
  });

  it('lives in a module that does not bundle MJML (the sender imports it)', async () => {
    const result = await build({
      entryPoints: [new URL('../../../functions/core/render/personalize.ts', import.meta.url).pathname],
      bundle: true,
      write: false,
      platform: 'node',
      format: 'esm',
      metafile: true,
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((path) => path.includes('mjml') || path.includes('html-to-text'))).toBe(false);
    expect(result.outputFiles[0]!.contents.byteLength).toBeLessThan(20_000);
  });
});
