/**
 * How much of a digest to show, from everything to the least that still links every item. The compiler steps
 * down these levels until the HTML fits under the size budget (Gmail clips larger messages).
 */
export const TRIM_LEVELS = ['full', 'first-paragraph', 'links-only', 'capped'] as const;
export type TrimLevel = (typeof TRIM_LEVELS)[number];

/** Links listed in a whole edition at the `capped` level; the rest are counted and left to the website. */
export const CAPPED_LINKS_PER_EDITION = 240;
