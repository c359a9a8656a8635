import { config } from 'zod/mini';

// Zod's JIT probes `new Function`, which page CSPs refuse (and may report): content scripts use Zod Mini only.
// Imported first by the content scripts, before any module parses at load time.
config({ jitless: true });
