// Loaded before every unit test file. Domain modules configure Zod themselves; nothing else is global.
import '@/lib/zod';
