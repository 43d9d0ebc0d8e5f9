// An update alert (a correction published with `realert: true`) is the article's alert marked as an update: in
// the subject, the header label and the opening line, which gives the correction (escaped), in zh and en.
import { describe, expect, it } from 'vitest';
import { editionRenderer } from '../../../functions/adapters/render/renderer.ts';
import { alertPreview } from '../../../templates/alert.preview.ts';

describe('update alert', () => {
  it.each([
    ['zh', '【更新】', '此前发给您的文章已更正，更正说明：'],
    ['en', 'Update: ', 'An article we sent you has been corrected. The correction:'],
  ] as const)('%s: marked as an update with its reason', async (lang, prefix, intro) => {
    const plain = await editionRenderer.alert(alertPreview(lang));
    const note = 'The rare-disease figure was 12 <b>not</b> 21.';
    const update = await editionRenderer.alert({ ...alertPreview(lang), update: { note } });
    expect(update.subject).toBe(`${prefix}${plain.subject}`);
    expect(plain.html).not.toContain(intro);
    expect(update.html).toContain(intro);
    expect(update.html).toContain('12 &lt;b&gt;not&lt;/b&gt; 21.');
    expect(update.text.replace(/\s+/g, ' ')).toContain(note);
  });
});
