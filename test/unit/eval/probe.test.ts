// The page-line probes (test/eval/probes/*.tsv): well-formed, and no story sentence (`T`) of any probe is lifted out
// of the story — the parser may miss page lines, it must never take a reader's sentence away.
import { describe, expect, it } from 'vitest';
import { probeFiles, readProbe, runProbe, staysInStory } from '../../eval/probe.ts';

describe('page-line probes', () => {
  it('reads every probe file as kind, F or T, line', () => {
    const files = probeFiles();
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const file of files) expect(readProbe(file).length, file).toBeGreaterThan(100);
  });

  it('keeps every story sentence of every probe in the story', () => {
    // The wide probes (session 12) also hold story lines that are no sentence — a vote's tally, a count, a
    // newsletter's `## ` part — which the rules too take for the page's: measured (test/eval/README.md), not held to 0.
    for (const file of probeFiles().filter((f) => !f.endsWith('-wide.tsv'))) {
      const lost = runProbe(readProbe(file).filter((p) => p.expect === 'T')).lost.map((p) => p.line);
      expect(lost, file).toEqual([]);
    }
  });

  it('tells a page line that leaks from one that leaves', () => {
    expect(staysInStory('Share this article: Facebook · X · LinkedIn · Email')).toBe(false);
    expect(staysInStory('The council will share the report with residents next week.')).toBe(true);
  });
});
