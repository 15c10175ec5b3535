// Starts the Vizpost binary on a free loopback port with its own data
// directory, its public URL on that port (so the webhooks it registers on
// the Tableau simulator point back at it) and mail going to the SMTP sink.
import { createWriteStream } from 'node:fs';

import { freePort, killNow, startLogged, stopByPid } from './proc.mjs';

async function waitHealthy(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vizpost exited with code ${child.exitCode}; see server.log`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vizpost did not become healthy within ${timeoutMs} ms`);
}

export async function startServer({ bin, dataDir, webDir, logFile, smtpUrl }) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const log = createWriteStream(logFile);
  const env = {
    VIZPOST_LISTEN: `127.0.0.1:${port}`,
    VIZPOST_PUBLIC_URL: url,
    VIZPOST_DATA_DIR: dataDir,
    VIZPOST_WEB_DIR: webDir,
    ...(smtpUrl ? { VIZPOST_SMTP_URL: smtpUrl } : {}),
  };
  const child = startLogged(bin, [], { env, log });
  child.stdout.pipe(log, { end: false });
  try {
    await waitHealthy(url, child, 60_000);
  } catch (error) {
    killNow(child);
    throw error;
  }
  return {
    url,
    pid: child.pid,
    async stop() {
      await stopByPid(child);
      log.end();
    },
  };
}
