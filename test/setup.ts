import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';

// Vitest globals are off, so Testing Library cannot clean up by itself.
afterEach(() => cleanup());
