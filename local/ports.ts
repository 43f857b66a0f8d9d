import { createServer } from 'node:net';

/** Thrown when a port the local stack needs is taken by another program. */
export class PortInUseError extends Error {
  override readonly name = 'PortInUseError';
  constructor(
    readonly port: number,
    readonly service: string,
  ) {
    super(
      `Port ${port} (${service}) is already in use. Stop the program using it (\`lsof -i :${port}\` shows which), ` +
        'or stop an earlier `npm start` still running.',
    );
  }
}

/** Binds the port on 127.0.0.1 and releases it: resolves with the port (a free one when 0 is asked). */
export function claimPort(port: number, service: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new PortInUseError(port, service) : error),
    );
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      server.close(() => resolve(actual));
    });
  });
}

/** Polls `probe` until it resolves true or `timeoutMs` passes; the error names what never came up. */
export async function waitUntil(what: string, probe: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      if (await probe()) return;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const reason = lastError instanceof Error ? `: ${lastError.message}` : '';
  throw new Error(`${what} did not become ready within ${timeoutMs / 1000} s${reason}`);
}
