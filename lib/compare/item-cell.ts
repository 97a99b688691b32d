import type { Program } from '../messages/schema';
import { textFragmentLink } from '../extract/evidence';
import { NOT_STATED, type Cell, type CellSource } from './row';

/** A catalog item on a program: found on some page (with a link to its first words there), or not stated. */
export function itemCell(program: Program, id: string): Cell {
  const benefitFacts = program.pages.flatMap((page) =>
    (page.facts?.benefits ?? []).filter((b) => b.id === id).map((b) => ({ page, b })),
  );
  const absent = benefitFacts.find(({ b }) => b.status === 'absent');
  if (absent && !benefitFacts.some(({ b }) => b.status === 'present')) {
    return {
      state: 'no',
      text: null,
      value: false,
      sources: [{ url: absent.page.url, quote: absent.b.quote, link: absent.b.link }],
      conflict: false,
    };
  }
  const sources: CellSource[] = [];
  for (const page of program.pages) {
    const item = page.items.find((i) => i.id === id);
    const form = item?.forms[0];
    if (form)
      sources.push({
        url: page.url,
        quote: form,
        link: textFragmentLink(page.url, [form.replace(/\s+/g, ' ').trim()]),
      });
  }
  const valued = benefitFacts.find(({ b }) => b.status === 'present' && b.value !== null && b.value !== true);
  if (!sources.length && !valued) return NOT_STATED;
  const text = valued
    ? String(Array.isArray(valued.b.value) ? valued.b.value.join(', ') : valued.b.value)
    : null;
  // Ranked as offered or not: a benefit's own amount ("15 days") is shown, the fact rows rank figures.
  return { state: 'yes', text, value: true, sources, conflict: false };
}
