// Labelled steps of a journey that must run in order inside ONE `it` (a later step needs what an earlier one left,
// e.g. the one voucher a file owns): a failing step's message starts with its label, so the report says where the
// journey broke.

/** Runs one step of a journey; a failure inside it is reported under `label`. */
export async function step<T>(label: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof Error) error.message = `step “${label}” failed:\n${error.message}`;
    throw error;
  }
}
