// End-to-end run: starts the Tableau simulator with its SMTP sink and a
// fresh Vizpost wired to them, drives the built console in headless
// Chromium through the specs, saves screenshots to e2e/artifacts/, stops
// both processes and ends with "N passed, M failed".
//
// Needs web/dist (npm run build), the server binary at $VIZPOST_BIN
// (default ../target/debug/vizpost) and the simulator at $VIZPOST_SIMS_BIN
// (default ../target/debug/vizpost-sims). Chromium: $CHROMIUM_BIN (default
// /usr/bin/chromium); it is never downloaded.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

import { startServer } from './server.mjs';
import { startSims } from './sims.mjs';
import { specs } from './specs.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const webDir = path.resolve(here, '..');
const artifacts = path.join(here, 'artifacts');
const bin = path.resolve(webDir, process.env.VIZPOST_BIN ?? '../target/debug/vizpost');
const simsBin = path.resolve(webDir, process.env.VIZPOST_SIMS_BIN ?? '../target/debug/vizpost-sims');
const chromiumBin = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
const distDir = path.join(webDir, 'dist');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function need(file, hint) {
  if (!existsSync(file)) {
    console.error(`missing ${file}: ${hint}`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

async function main() {
  need(path.join(distDir, 'index.html'), 'run `npm run build` first');
  need(bin, 'build the server (cargo build -p vizpost) or set VIZPOST_BIN');
  need(simsBin, 'build the simulator (cargo build -p vizpost-sims --bins) or set VIZPOST_SIMS_BIN');
  need(chromiumBin, 'install Chromium (apt-get install -y chromium) or set CHROMIUM_BIN');
  await rm(artifacts, { recursive: true, force: true });
  await mkdir(artifacts, { recursive: true });

  const dataDir = await mkdtemp(path.join(tmpdir(), 'vizpost-e2e-data-'));
  const profileDir = await mkdtemp(path.join(tmpdir(), 'vizpost-e2e-profile-'));
  process.once('exit', () => {
    for (const dir of [dataDir, profileDir]) {
      try {
        rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
      } catch {
        // best effort: the browser may still be writing its profile
      }
    }
  });
  let sims;
  let server;
  let context;
  let passed = 0;
  let failed = 0;
  try {
    sims = await startSims({ bin: simsBin, logFile: path.join(artifacts, 'sims.log') });
    server = await startServer({ bin, dataDir, webDir: distDir, logFile: path.join(artifacts, 'server.log'), smtpUrl: sims.smtpUrl });
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: chromiumBin,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 860 },
      baseURL: server.url,
    });
    context.setDefaultTimeout(15_000);
    const page = context.pages()[0] ?? (await context.newPage());
    const browserLog = [];
    page.on('pageerror', (error) => browserLog.push(`page error: ${error.stack ?? error.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') browserLog.push(`console: ${msg.text()}`);
    });
    const state = {};
    let shots = 0;
    const shot = async (name) => {
      shots += 1;
      const file = path.join(artifacts, `${String(shots).padStart(2, '0')}-${name}.png`);
      await page.evaluate(() => globalThis.scrollTo(0, 0));
      await page.waitForTimeout(300);
      await page.screenshot({ path: file, fullPage: true });
    };
    for (const spec of specs) {
      const started = Date.now();
      try {
        await spec.run({ page, baseUrl: server.url, sims, state, shot });
        passed += 1;
        browserLog.length = 0;
        console.log(`✓ ${spec.name} (${Date.now() - started} ms)`);
      } catch (error) {
        failed += 1;
        console.log(`✗ ${spec.name} (${Date.now() - started} ms)`);
        console.log(`    ${String(error?.stack ?? error).split('\n').slice(0, 6).join('\n    ')}`);
        for (const line of browserLog.splice(0).slice(-5)) console.log(`    ${line.split('\n').slice(0, 4).join('\n      ')}`);
        await page.screenshot({ path: path.join(artifacts, `failed-${spec.name.replace(/\W+/g, '-')}.png`), fullPage: true }).catch(() => {});
      }
    }
  } catch (error) {
    failed += 1;
    console.log(`✗ set-up: ${error?.stack ?? error}`);
  } finally {
    await context?.close().catch(() => {});
    await server?.stop();
    await sims?.stop();
    await rm(dataDir, { recursive: true, force: true });
    await rm(profileDir, { recursive: true, force: true });
  }
  console.log(`screenshots, server and simulator logs: ${path.relative(process.cwd(), artifacts) || '.'}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

await main();
