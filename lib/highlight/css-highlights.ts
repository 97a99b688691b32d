import { highlightName, type HighlightKind } from './names';

// The CSS Custom Highlight API (Chromium 105+, Firefox 140+): highlights are painted from Ranges
// kept in a registry, so the page's DOM is not changed at all.
interface HighlightRegistryLike {
  set(name: string, highlight: unknown): unknown;
  delete(name: string): boolean;
}
type HighlightCtor = new (...ranges: AbstractRange[]) => unknown;

/** The highlight registry and constructor of `win`, when the browser has them. */
export function highlightApi(
  win: Window,
): { registry: HighlightRegistryLike; Highlight: HighlightCtor } | null {
  const w = win as unknown as { CSS?: { highlights?: HighlightRegistryLike }; Highlight?: HighlightCtor };
  return w.CSS?.highlights && typeof w.Highlight === 'function'
    ? { registry: w.CSS.highlights, Highlight: w.Highlight }
    : null;
}

/** Registers one highlight per kind; returns the function that removes them. */
export function paintWithHighlightApi(
  api: NonNullable<ReturnType<typeof highlightApi>>,
  byKind: Map<HighlightKind, AbstractRange[]>,
): () => void {
  const names: string[] = [];
  for (const [kind, ranges] of byKind) {
    const name = highlightName(kind);
    api.registry.set(name, new api.Highlight(...ranges));
    names.push(name);
  }
  return () => names.forEach((name) => api.registry.delete(name));
}
