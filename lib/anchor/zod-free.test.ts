import { testZodFree } from '../../tests/support/zod-free';

// Anchoring runs in pages: only its schema file, which the messages and the store import, loads zod.
testZodFree(new URL('./', import.meta.url));
