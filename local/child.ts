import { type ChildProcess, spawn } from 'node:child_process';

/** A child process of the local stack, stopped with its whole process group. */
export type Child = { name: string; process: ChildProcess; stop(): Promise<void> };

type SpawnOptions = { cwd?: string; env?: NodeJS.ProcessEnv; log: (line: string) => void };

/** Starts a command in its own process group, prefixing each output line with the child's name. */
export function spawnChild(name: string, command: string, args: string[], options: SpawnOptions): Child {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: true, stdio: 'pipe' });
  return adoptChild(name, child, options.log);
}

// Every child still running, so an interrupted start (Ctrl-C before the stack is up) can stop them all.
const live = new Set<Child>();

// The children run in process groups of their own (so a stop reaches their grandchildren), which means they would
// outlive this process if it were killed outright (SIGKILL, an out-of-memory kill). A small watchdog process, told
// each group over an IPC channel, kills the groups still registered when that channel drops with this process.
const WATCHDOG = `
const groups = new Set();
process.on('message', (m) => { if (m.add) groups.add(m.add); if (m.remove) groups.delete(m.remove); });
process.on('disconnect', () => {
  for (const g of groups) { try { process.kill(-g, 'SIGKILL'); } catch {} }
  process.exit(0);
});`;
let watchdog: ChildProcess | undefined;

function watch(message: { add: number } | { remove: number }): void {
  if (!watchdog) {
    watchdog = spawn(process.execPath, ['-e', WATCHDOG], {
      detached: true,
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    });
    // Neither the watchdog nor its channel may keep this process alive.
    watchdog.unref();
    watchdog.channel?.unref();
  }
  if (watchdog.connected) watchdog.send(message);
}

/** Stops every child process started through this module that is still running. */
export async function stopAllChildren(): Promise<void> {
  await Promise.all([...live].map((child) => child.stop()));
}

/** Wraps a process something else spawned (DynamoDB Local's launcher) so it is stopped the same way. */
export function adoptChild(name: string, child: ChildProcess, log: (line: string) => void): Child {
  const forward = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) log(`[${name}] ${line}`);
  };
  child.stdout?.on('data', forward);
  child.stderr?.on('data', forward);
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  const handle: Child = {
    name,
    process: child,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      signal(child, 'SIGTERM');
      const killed = setTimeout(() => signal(child, 'SIGKILL'), 5_000);
      await exited;
      clearTimeout(killed);
    },
  };
  live.add(handle);
  const group = child.pid;
  if (group !== undefined) watch({ add: group });
  void exited.then(() => {
    live.delete(handle);
    if (group !== undefined) watch({ remove: group });
  });
  return handle;
}

function signal(child: ChildProcess, name: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    // Negative pid: the whole group, so grandchildren (esbuild, java) go too.
    process.kill(-child.pid, name);
  } catch {
    child.kill(name);
  }
}
