// An edition date (YYYY-MM-DD, already in the edition's time zone) the way readers write it: `1月20日 周一`,
// `Mon 20 Jan 2025`. Shared by the email templates and the archive pages, so both name an edition alike.
import type { Lang } from '../core/types.ts';

const EN_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function localDate(isoDate: string, lang: Lang): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return lang === 'zh'
    ? `${month}月${day}日 周${'日一二三四五六'[weekday]}`
    : `${EN_DAYS[weekday]} ${day} ${EN_MONTHS[month - 1]} ${year}`;
}
