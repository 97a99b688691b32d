import { testZodFree } from '../../tests/support/zod-free';

// The extraction runs in pages: only its schema file, which the background and the store import,
// loads zod.
testZodFree(new URL('./', import.meta.url));
