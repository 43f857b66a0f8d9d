// Moved to functions/support/ids.ts (the bottom room, so data/ can use it); this re-export keeps the callers in
// lib/ and handlers/ building until the lib/ split rehomes them.
export { randomToken, ulid } from '../support/ids';
