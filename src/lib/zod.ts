import { z } from 'zod';

// Zod compiles fast parsers with `new Function` unless told not to; the app's CSP forbids eval, so
// every module that parses goes through this one, which switches that off before any parse.
z.config({ jitless: true });

export { z };
