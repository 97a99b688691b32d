import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

/**
 * Code that runs in pages must not bring zod's runtime along (STYLE §4): every module of the
 * folder at `dir` but its schema.ts (which the background and the store import) takes only types
 * from zod and from ./schema.
 */
export function testZodFree(dir: URL): void {
  const sources = readdirSync(dir).filter(
    (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'schema.ts',
  );
  test.each(sources)('%s takes only types from zod and from ./schema', (file) => {
    const source = readFileSync(new URL(file, dir), 'utf8');
    const imports = source.match(/^(?:import|export)[^;]*from\s+'(?:zod|\.\/schema)';/gm) ?? [];
    for (const line of imports) expect(line).toMatch(/^(?:import|export) type /);
  });
}
