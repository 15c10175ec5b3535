// Starts vizpost-sims (the Tableau simulator and an SMTP sink) on free
// ports; it prints {"tableau_url","smtp_url"} on its first stdout line.
import { createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';

import { killNow, startLogged, stopByPid } from './proc.mjs';

function firstLine(child, timeoutMs) {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    const timer = setTimeout(() => reject(new Error(`vizpost-sims printed nothing within ${timeoutMs} ms; see sims.log`)), timeoutMs);
    lines.once('line', (line) => {
      clearTimeout(timer);
      lines.close();
      resolve(line);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`vizpost-sims exited with code ${code}; see sims.log`));
    });
  });
}

export async function startSims({ bin, logFile }) {
  const log = createWriteStream(logFile);
  const child = startLogged(bin, [], { env: {}, log });
  let urls;
  try {
    urls = JSON.parse(await firstLine(child, 30_000));
  } catch (error) {
    killNow(child);
    throw error;
  }
  child.stdout.pipe(log, { end: false });
  return {
    tableauUrl: urls.tableau_url,
    smtpUrl: urls.smtp_url,
    pid: child.pid,
    async stop() {
      await stopByPid(child);
      log.end();
    },
  };
}
