// Moved to functions/support/logger.ts (the bottom room, so adapters/ can use it); this re-export keeps the callers
// in lib/ and handlers/ building until the lib/ split rehomes them.
export { logger, REDACTED_KEYS, redact } from '../support/logger';
