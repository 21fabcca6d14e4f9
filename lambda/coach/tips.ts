/**
 * Which tip to give next: the first one not yet heard in this round. Once every tip was heard, a new round
 * starts, so no tip repeats until all were heard.
 */
export function nextTip(tipIds: readonly string[], heard: readonly string[]): { tipId: string; newRound: boolean } {
  const unheard = tipIds.find((id) => !heard.includes(id));
  return unheard ? { tipId: unheard, newRound: false } : { tipId: tipIds[0]!, newRound: true };
}
