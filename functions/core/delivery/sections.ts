/** Article order of section ids: `lead` first, then s1, s2, … numerically (s10 after s9). */
export function sectionOrder(id: string): number {
  return id === 'lead' ? 0 : Number(id.slice(1)) || Number.MAX_SAFE_INTEGER;
}
