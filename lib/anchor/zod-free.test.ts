import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

const DIR = new URL('./', import.meta.url);
const sources = readdirSync(DIR).filter(
  (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'schema.ts',
);

// Anchoring runs in pages, where zod's runtime must not come along (STYLE §4). Only the schema
// file, which the messages and the store import, may load it.
test.each(sources)('%s takes only types from zod and from ./schema', (file) => {
  const source = readFileSync(new URL(file, DIR), 'utf8');
  const imports = source.match(/^(?:import|export)[^;]*from\s+'(?:zod|\.\/schema)';/gm) ?? [];
  for (const line of imports) expect(line).toMatch(/^(?:import|export) type /);
});
