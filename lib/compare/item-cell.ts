import type { Program } from '../messages/schema';
import { textFragmentLink } from '../extract/evidence';
import { NOT_STATED, type Cell, type CellSource } from './row';

type Page = Program['pages'][number];
type Benefit = NonNullable<Page['facts']>['benefits'][number];
type Item = Page['items'][number];

/** A program's found items and stated benefits by catalog id, so each cell is a lookup, not a scan. */
export interface ProgramIndex {
  items: Map<string, Array<{ page: Page; item: Item }>>;
  benefits: Map<string, Array<{ page: Page; b: Benefit }>>;
}

export function indexProgram(program: Program): ProgramIndex {
  const index: ProgramIndex = { items: new Map(), benefits: new Map() };
  for (const page of program.pages) {
    for (const item of page.items) push(index.items, item.id, { page, item });
    for (const b of page.facts?.benefits ?? []) push(index.benefits, b.id, { page, b });
  }
  return index;
}

function push<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A catalog item on a program: found on some page (with a link to its first words there), or not stated. */
export function itemCell(program: Program | ProgramIndex, id: string): Cell {
  const index = 'pages' in program ? indexProgram(program) : program;
  const benefitFacts = index.benefits.get(id) ?? [];
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
  for (const { page, item } of index.items.get(id) ?? []) {
    // One source per page: a page lists an item once.
    const form = item.forms[0];
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
