// (session 13) Chinese list headers over lines the page adds, beside the ones lists.ts reads: a wiki's references
// (参考资料 over `标题．某某日报．2024-06-18`), a site's related entries of a kind (相关展览：, ## 相关标准 over other
// exhibitions' or standards' titles). Each line under the header must have its item's shape; the first that has not
// (a sentence) ends the list. Imports nothing of the other readers, so lists.ts can ask it last.
// (lists.ts's type only: no import at run time, so this module stays a leaf)
import type { FurnitureList } from './lists.ts';

/** An item's list mark: 1. 1、 [1] ① · -. */
const MARK = /^(?:\[\d{1,3}\]|\d{1,3}[.、．](?!\d)|[①-⑳]|[·•●■▪◆▶►▷→>》*-])\s*/u;

/**
 * Another entry's title in a related list (星空之下——天文摄影展, T/ABC 009—2025　某某机器人 通用技术条件): short, no
 * sentence's stop or semicolon, at most one comma, not ending on a comma or a colon.
 */
function entryTitle(raw: string): boolean {
  const text = raw.trim().replace(MARK, '');
  const length = [...text].length;
  if (!/\p{Script=Han}/u.test(text) || length < 4 || length > 60) return false;
  if (/[。；;！!]/u.test(text) || /[，,、：:]$/u.test(text)) return false;
  return (text.match(/[，,]/gu) ?? []).length <= 1;
}

/**
 * A reference's line (青梧机器人启动上市辅导．澄州证券报．2025-12-11, [2] 某某：《某某报告》，2025年, 某某. https://…): a title
 * and where it appeared, with a year, a book's marks or an address; never a sentence of the text.
 */
function referenceLine(raw: string): boolean {
  const text = raw.trim().replace(MARK, '');
  if (text === '' || [...text].length > 160) return false;
  const cited = /(?:19|20)\d\d|《[^》]{1,60}》|https?:\/\//u.test(text);
  const parts = text.split(/[．.,，]\s*/u).filter((p) => p !== '').length;
  return (
    cited && (parts >= 2 || /《[^》]{1,60}》/u.test(text)) && !/[。！？]$/u.test(text.replace(/．$/u, ''))
  );
}

export function zhFurnitureList(raw: string): FurnitureList | undefined {
  const text = raw
    .trim()
    .replace(/^[■□●○◆◇▶►▸•·*\-–—【[]+\s*/u, '')
    .replace(/\s*[】\]]$/u, '');
  // A wiki's or a report's references under their header: the sources, not the entry.
  if (/^(?:参考资料|参考文献|参考来源|引用资料|资料来源|引文)\s*[:：]?$/u.test(text))
    return { header: 'references', item: 'reference', fits: referenceLine };
  // A site's other entries of the same kind (相关展览：, 相关标准, 相关课程): their titles, one per line.
  if (/^相关\p{Script=Han}{2}\s*[:：]?$/u.test(text))
    return { header: 'related links', item: 'related link', fits: entryTitle };
  return undefined;
}
