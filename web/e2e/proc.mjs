// Child processes of the e2e run: a free port, start with a log, stop by PID.
import { spawn } from 'node:child_process';
import net from 'node:net';

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const running = (child) => child.exitCode === null && child.signalCode === null;

/** Sends SIGKILL to the child's PID if it still runs. */
export function killNow(child) {
  if (running(child)) process.kill(child.pid, 'SIGKILL');
}

/**
 * Spawns `bin`, piping its output to `log` (a writable stream), and makes
 * sure it dies with this process however that ends.
 */
export function startLogged(bin, args, { env, log }) {
  const child = spawn(bin, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stderr.pipe(log, { end: false });
  process.once('exit', () => killNow(child));
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      killNow(child);
      process.exit(130);
    });
  }
  return child;
}

/** SIGTERM to the child's PID, SIGKILL after `graceMs`; resolves once it exited. */
export async function stopByPid(child, graceMs = 10_000) {
  if (!running(child)) return;
  const exited = new Promise((r) => child.once('exit', r));
  process.kill(child.pid, 'SIGTERM');
  const timer = setTimeout(() => killNow(child), graceMs);
  await exited;
  clearTimeout(timer);
}
