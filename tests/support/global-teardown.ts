const holder = globalThis as typeof globalThis & {
  __testStack?: { stack: { stop(): Promise<void> }; stopH5?: () => Promise<void> };
};

/** Stops the stack the global setup started (once, whichever project finishes last). */
export default async function globalTeardown(): Promise<void> {
  const running = holder.__testStack;
  if (!running) return;
  holder.__testStack = undefined;
  await running.stopH5?.();
  await running.stack.stop();
}
