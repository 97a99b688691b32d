import type { Match } from '../match';
import type { FoundItem } from '../messages/schema';

/** A catalog entry found on the page, with where it occurs. */
export interface Found extends FoundItem {
  /** Indexes into the page's matches, in text order. */
  occurrences: number[];
}

const MAX_FORMS = 20;

/** Groups matches by catalog entry, keeping counts and the distinct words the page used. */
export function summarize(matches: readonly Match[]): Found[] {
  const byId = new Map<string, { found: Found; texts: Set<string> }>();
  // A page repeats its words: each entry's distinct raw texts are normalized once, not per match.
  for (let index = 0; index < matches.length; index++) {
    const match = matches[index]!;
    let entry = byId.get(match.id);
    if (!entry) {
      const found: Found = {
        id: match.id,
        kind: match.kind,
        name: match.name,
        category: match.category,
        count: 0,
        forms: [],
        occurrences: [],
      };
      byId.set(match.id, (entry = { found, texts: new Set() }));
    }
    const { found, texts } = entry;
    found.count += 1;
    found.occurrences.push(index);
    if (found.forms.length >= MAX_FORMS || texts.has(match.text)) continue;
    texts.add(match.text);
    const form = match.text.replace(/\s+/g, ' ').trim().slice(0, 200);
    if (!found.forms.some((f) => f.toLowerCase() === form.toLowerCase())) found.forms.push(form);
  }
  return Array.from(byId.values(), (entry) => entry.found);
}

/** The summary as it is stored and sent to the page (its offsets travel packed: pack-found.ts). */
export function toFoundItems(found: Found[]): FoundItem[] {
  return found.map(({ occurrences: _occurrences, ...item }) => item);
}
