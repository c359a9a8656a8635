import { z } from 'zod';

// Zod's JIT probes `new Function`, which extension and page CSPs refuse (and may report).
// Imported first by every entrypoint that carries Zod (not the content scripts, which carry none), before any
// module parses at load time.
z.config({ jitless: true });
