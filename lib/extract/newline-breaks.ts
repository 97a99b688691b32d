/** Every '\n' of a plain text: the breaks of text that did not come from a DOM. */
export function newlineBreaks(text: string): number[] {
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i);
  return breaks;
}
