// Processes the end-to-end tests start (code-server, Chromium): each is a process-group leader,
// tracked by its id and stopped by that id, also when the run fails, is interrupted or exits early.
// The ids are also written to E2E_PID_DIR, so that scripts/e2e.mjs can stop any left behind
// when this process dies without running its handlers (SIGKILL).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

interface Tracked {
  name: string;
  /** Resolves when the process has exited. */
  exited: Promise<void>;
}

const tracked = new Map<number, Tracked>();

/** Records a started process group under its leader's id until it exits. */
export function track(pid: number, name: string, exited: Promise<void>): void {
  tracked.set(pid, { name, exited });
  const dir = process.env.E2E_PID_DIR;
  if (dir) writeFileSync(path.join(dir, String(pid)), `${name}\n`);
  void exited.then(() => forget(pid));
}

function forget(pid: number): void {
  tracked.delete(pid);
  const dir = process.env.E2E_PID_DIR;
  if (dir) rmSync(path.join(dir, String(pid)), { force: true });
}

/** Whether the process still runs (a zombie whose parent has not reaped it counts as gone). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/\)\s+Z\s/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal); // the whole group: code-server's extension host and language server, Chromium's renderers
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
  }
}

/** Stops a tracked process group: SIGTERM, then SIGKILL if it has not exited within `graceMs`. */
export async function stop(pid: number, graceMs = 10_000): Promise<void> {
  const entry = tracked.get(pid);
  signalGroup(pid, 'SIGTERM');
  if (entry) {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), graceMs)));
    const outcome = await Promise.race([entry.exited.then(() => 'exited' as const), timedOut]);
    clearTimeout(timer);
    if (outcome === 'exited') {
      signalGroup(pid, 'SIGKILL'); // children that outlived their leader
      forget(pid);
      return;
    }
  }
  signalGroup(pid, 'SIGKILL');
  forget(pid);
}

/** Kills every tracked group at once, synchronously: for exit and signal handlers. */
export function killAllNow(): void {
  for (const pid of [...tracked.keys()]) {
    signalGroup(pid, 'SIGKILL');
    forget(pid);
  }
}

process.on('exit', killAllNow);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    killAllNow();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}
