import { useState } from 'preact/hooks';

/**
 * A small view preference (sort order) remembered in the extension's own localStorage: it is the
 * extension origin's, never a web page's, and a preference is not worth a message round trip.
 */
export function usePreference<T extends string>(
  name: string,
  fallback: T,
  allowed: readonly T[],
): [T, (value: T) => void] {
  const key = `fellowship-lens:${name}`;
  const [value, setValue] = useState<T>(() => {
    const stored = localStorage.getItem(key);
    // A value from an older version, or edited by hand, falls back rather than breaking the view.
    return allowed.find((a) => a === stored) ?? fallback;
  });
  return [
    value,
    (next: T) => {
      setValue(next);
      localStorage.setItem(key, next);
    },
  ];
}
