import type { Match } from '../../lib/match';
import type { FoundItem } from '../../lib/messages/schema';

/** A catalog entry found on the page, with where it occurs. */
export interface Found extends FoundItem {
  /** Indexes into the page's matches, in text order. */
  occurrences: number[];
}

const MAX_FORMS = 20;

/** Groups matches by catalog entry, keeping counts and the distinct words the page used. */
export function summarize(matches: Match[]): Found[] {
  const byId = new Map<string, Found>();
  // A page repeats its words: each entry's distinct raw texts are normalized once, not per match.
  const seen = new Set<string>();
  matches.forEach((match, index) => {
    let found = byId.get(match.id);
    if (!found) {
      found = {
        id: match.id,
        kind: match.kind,
        name: match.name,
        category: match.category,
        count: 0,
        forms: [],
        occurrences: [],
      };
      byId.set(match.id, found);
    }
    found.count += 1;
    found.occurrences.push(index);
    const key = `${match.id}\u0000${match.text}`;
    if (found.forms.length >= MAX_FORMS || seen.has(key)) return;
    seen.add(key);
    const form = match.text.replace(/\s+/g, ' ').trim().slice(0, 200);
    if (!found.forms.some((f) => f.toLowerCase() === form.toLowerCase())) found.forms.push(form);
  });
  return [...byId.values()];
}

/** The summary as it travels to the background (no page offsets). */
export function toFoundItems(found: Found[]): FoundItem[] {
  return found.map(({ occurrences: _occurrences, ...item }) => item);
}
