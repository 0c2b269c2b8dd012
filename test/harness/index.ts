// One shared library for everything that needs a real VS Code on this machine: the
// integration tests inside the extension host, the .vsix check, the preview's Playwright
// tests, `npm start` and the screenshot script. It is code-server (VS Code's server, web
// workbench and Node extension host) driven headless by Debian's Chromium through
// playwright-core, because desktop VS Code/Electron cannot be downloaded here. Every
// process it starts and every temporary folder it makes is removed again: on success, on
// failure, on a global timeout and on Ctrl+C.
import { ChildProcess, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import * as util from 'util';
import type { Browser, BrowserContext, Page } from 'playwright-core';

export const ROOT = path.resolve(__dirname, '..', '..');
export const EXTENSION_ID = 'exchange-runbook.exchange-runbook';
export const CODE_SERVER_VERSION = '4.100.3';

const CODE_SERVER_ENTRY = path.join(
  ROOT,
  '.vscode-test',
  'code-server',
  'node_modules',
  'code-server',
  'out',
  'node',
  'entry.js',
);

/** Settings every harness start writes before the caller's: a quiet, offline workbench. */
export const BASE_SETTINGS: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'workbench.enableExperiments': false,
  'workbench.tips.enabled': false,
  'security.workspace.trust.enabled': false,
};

// Chromium's flags for a container without GPU, sandbox or network beyond localhost.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function codeServerEntry(): string | undefined {
  return [process.env.CODE_SERVER_ENTRY, CODE_SERVER_ENTRY].find((p): p is string => !!p && fs.existsSync(p));
}

export function chromiumPath(): string | undefined {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (p): p is string => !!p && fs.existsSync(p),
  );
}

/** Installs code-server (and Debian's chromium/ripgrep/libkrb5-dev as root) when missing. */
export function ensureCodeServer(): string {
  const existing = codeServerEntry();
  if (existing && chromiumPath()) return existing;
  const result = spawnSync('bash', [path.join(ROOT, 'scripts', 'install-code-server.sh')], { stdio: 'inherit' });
  const entry = codeServerEntry();
  if (result.status !== 0 || !entry) throw new Error('installing code-server failed (scripts/install-code-server.sh)');
  if (!chromiumPath()) throw new Error('chromium is missing: apt-get install chromium');
  return entry;
}

// ---------------------------------------------------------------------------------------
// Cleanup that also runs when the process is interrupted: a synchronous list, because
// 'exit' handlers cannot wait for promises.
const pendingCleanups = new Set<() => void>();
let signalsHooked = false;
function hookSignals(): void {
  if (signalsHooked) return;
  signalsHooked = true;
  const runAll = () => {
    for (const cleanup of [...pendingCleanups]) {
      try {
        cleanup();
      } catch {
        /* best effort while exiting */
      }
    }
    pendingCleanups.clear();
  };
  process.on('exit', runAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      runAll();
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
}
function onCleanup(cleanup: () => void): () => void {
  hookSignals();
  pendingCleanups.add(cleanup);
  return () => pendingCleanups.delete(cleanup);
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM to the group, up to `graceMs` for it to leave, then SIGKILL; synchronous, for exit paths. */
function stopGroupSync(child: ChildProcess, graceMs = 3_000): void {
  if (!child.pid || !groupAlive(child.pid)) return;
  killGroup(child, 'SIGTERM');
  const nap = new Int32Array(new SharedArrayBuffer(4));
  for (let waited = 0; waited < graceMs && groupAlive(child.pid); waited += 100) Atomics.wait(nap, 0, 0, 100);
  if (groupAlive(child.pid)) killGroup(child, 'SIGKILL');
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): void {
  if (!child.pid) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      /* already gone */
    }
  }
}

/** A free TCP port on 127.0.0.1: `preferred` or the next free one above it, else any. */
export async function freePort(preferred?: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number | undefined>((resolve) => {
      const server = net.createServer();
      server.once('error', () => resolve(undefined));
      server.listen(port, '127.0.0.1', () => {
        const actual = (server.address() as net.AddressInfo).port;
        server.close(() => resolve(actual));
      });
    });
  if (preferred) {
    for (let port = preferred; port < preferred + 100; port++) {
      const got = await tryPort(port);
      if (got) return got;
    }
  }
  const any = await tryPort(0);
  if (!any) throw new Error('no free port');
  return any;
}

/** Copies a directory tree (fixtures into a throwaway workspace). */
export function copyDir(from: string, to: string, filter: (name: string) => boolean = () => true): void {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) copyDir(source, target, filter);
    else if (entry.isFile() && filter(entry.name)) fs.copyFileSync(source, target);
  }
}

// ---------------------------------------------------------------------------------------
export interface CodeServerOptions {
  /** User settings on top of BASE_SETTINGS. */
  settings?: Record<string, unknown>;
  /** .vsix files to install into the extensions dir before the server starts. */
  vsix?: string[];
  /** Fixed port (start.js); default: a free one. */
  port?: number;
  /** Keep user data and extensions here instead of a temporary folder (not removed on close). */
  dataDir?: string;
  /** Folder the server opens when the URL names none. */
  defaultFolder?: string;
  /** Extra environment for the server and so for its extension host. */
  env?: Record<string, string>;
  /** Print the server's output as it comes (default: only when it fails to start). */
  verbose?: boolean;
  /**
   * Workspace trust on, and the folder never trusted: the workbench opens it in Restricted
   * Mode, as VS Code does for a repository someone else wrote.
   */
  restricted?: boolean;
}

/** Trust on, and no prompt or banner a headless run could wait on: an untrusted folder stays in Restricted Mode. */
const RESTRICTED_SETTINGS: Record<string, unknown> = {
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.banner': 'never',
  'security.workspace.trust.emptyWindow': false,
};

export interface CodeServer {
  port: number;
  /** http://127.0.0.1:PORT */
  origin: string;
  userDataDir: string;
  extensionsDir: string;
  settingsFile: string;
  process: ChildProcess;
  /** Everything the server printed so far. */
  output(): string;
  /** The workbench URL for a folder, with an optional payload (extension development, tests). */
  url(options?: { folder?: string; extensionDevelopmentPath?: string; extensionTestsPath?: string }): string;
  close(): Promise<void>;
}

function serverEnv(root: string, extra?: Record<string, string>): NodeJS.ProcessEnv {
  // XDG_* keep code-server's own config, data and cache out of the home directory.
  const xdg = path.join(root, 'xdg');
  return {
    ...process.env,
    XDG_CONFIG_HOME: path.join(xdg, 'config'),
    XDG_DATA_HOME: path.join(xdg, 'data'),
    XDG_CACHE_HOME: path.join(xdg, 'cache'),
    EXTENSIONS_GALLERY: '{"serviceUrl":""}',
    ...extra,
  };
}

/** `code-server --install-extension file.vsix` into the given dirs; throws with its output when it fails. */
export function installExtension(
  vsix: string,
  dirs: { userDataDir: string; extensionsDir: string; root: string },
): void {
  const entry = ensureCodeServer();
  const result = spawnSync(
    process.execPath,
    [
      entry,
      '--user-data-dir',
      dirs.userDataDir,
      '--extensions-dir',
      dirs.extensionsDir,
      '--install-extension',
      path.resolve(vsix),
      '--force',
    ],
    { env: serverEnv(dirs.root), encoding: 'utf8', timeout: 120_000 },
  );
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status !== 0 || !/successfully installed/i.test(output)) {
    throw new Error(`installing ${vsix} failed (exit ${result.status}):\n${output}`);
  }
}

export async function startCodeServer(options: CodeServerOptions = {}): Promise<CodeServer> {
  const entry = ensureCodeServer();
  const temporary = !options.dataDir;
  const root = options.dataDir
    ? path.resolve(options.dataDir)
    : fs.mkdtempSync(path.join(os.tmpdir(), 'vscode-harness-'));
  const userDataDir = path.join(root, 'user-data');
  const extensionsDir = path.join(root, 'extensions');
  const settingsFile = path.join(userDataDir, 'User', 'settings.json');
  let child: ChildProcess | undefined;
  const removeRoot = () => {
    if (temporary) fs.rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  };
  const forget = onCleanup(() => {
    if (child) stopGroupSync(child);
    removeRoot();
  });
  try {
    fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
    fs.mkdirSync(extensionsDir, { recursive: true });
    // A kept data dir (npm start) keeps the person's own settings from earlier runs.
    if (temporary || !fs.existsSync(settingsFile)) {
      const trust = options.restricted ? RESTRICTED_SETTINGS : {};
      fs.writeFileSync(settingsFile, JSON.stringify({ ...BASE_SETTINGS, ...trust, ...options.settings }, null, 2));
    }
    for (const vsix of options.vsix ?? []) installExtension(vsix, { userDataDir, extensionsDir, root });

    const port = await freePort(options.port);
    const args = [
      entry,
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      '--user-data-dir',
      userDataDir,
      '--extensions-dir',
      extensionsDir,
      '--disable-telemetry',
      '--disable-update-check',
      ...(options.restricted ? [] : ['--disable-workspace-trust']),
      '--disable-getting-started-override',
      '--disable-proxy',
      '--ignore-last-opened',
    ];
    if (options.defaultFolder) args.push(options.defaultFolder);
    // Its own process group, so closing kills the extension host and pty helpers too.
    child = spawn(process.execPath, args, {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: serverEnv(root, options.env),
    });
    let output = '';
    const server = child;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`code-server did not start within 60 s:\n${output}`)), 60_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (options.verbose) process.stderr.write(chunk);
        if (output.includes('HTTP server listening')) {
          clearTimeout(timer);
          resolve();
        }
      };
      server.stdout!.on('data', onData);
      server.stderr!.on('data', onData);
      server.once('error', (err) => {
        clearTimeout(timer);
        reject(err);
      });
      server.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`code-server exited (${code ?? signal}) before listening:\n${output}`));
      });
    });
    const origin = `http://127.0.0.1:${port}`;
    const remote = (p: string) => `vscode-remote://127.0.0.1:${port}${path.resolve(p).split(path.sep).join('/')}`;
    return {
      port,
      origin,
      userDataDir,
      extensionsDir,
      settingsFile,
      process: server,
      output: () => output,
      url(urlOptions = {}) {
        const params: string[] = [];
        if (urlOptions.folder) params.push(`folder=${encodeURIComponent(path.resolve(urlOptions.folder))}`);
        const payload: [string, string][] = [];
        if (urlOptions.extensionDevelopmentPath)
          payload.push(['extensionDevelopmentPath', remote(urlOptions.extensionDevelopmentPath)]);
        if (urlOptions.extensionTestsPath) payload.push(['extensionTestsPath', remote(urlOptions.extensionTestsPath)]);
        if (payload.length) {
          payload.push(['skipWelcome', 'true']);
          params.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
        }
        return `${origin}/${params.length ? `?${params.join('&')}` : ''}`;
      },
      async close() {
        forget();
        killGroup(server, 'SIGTERM');
        const exited = await new Promise<boolean>((resolve) => {
          if (server.exitCode !== null || server.signalCode !== null) return resolve(true);
          const timer = setTimeout(() => resolve(false), 3_000);
          server.once('exit', () => {
            clearTimeout(timer);
            resolve(true);
          });
        });
        // The group may still hold the extension host after the server itself left.
        killGroup(server, 'SIGKILL');
        if (!exited) await new Promise((r) => setTimeout(r, 200));
        removeRoot();
      },
    };
  } catch (err) {
    forget();
    if (child) killGroup(child, 'SIGKILL');
    removeRoot();
    throw err;
  }
}

// ---------------------------------------------------------------------------------------
export interface BrowserSession {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Messages of dialogs that were dismissed. */
  dialogs: string[];
  close(): Promise<void>;
}

/** Debian's Chromium, headless, through playwright-core (never its own browser download). */
export async function launchBrowser(
  options: {
    viewport?: { width: number; height: number };
    locale?: string;
    colorScheme?: 'light' | 'dark';
    ignoreHTTPSErrors?: boolean;
    /** The browser's time zone (IANA name), e.g. for the preview's local times. */
    timezoneId?: string;
  } = {},
): Promise<BrowserSession> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('chromium is missing: apt-get install chromium');
  const { chromium } = await import('playwright-core');
  // launch() gives Chromium a fresh temporary profile and deletes it on close.
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  // Playwright itself kills the browser when this process exits or is interrupted.
  try {
    const context = await browser.newContext({
      viewport: options.viewport ?? { width: 1280, height: 800 },
      deviceScaleFactor: 1,
      locale: options.locale,
      colorScheme: options.colorScheme,
      ignoreHTTPSErrors: options.ignoreHTTPSErrors,
      timezoneId: options.timezoneId,
    });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss().catch(() => undefined);
    });
    return {
      browser,
      context,
      page,
      dialogs,
      async close() {
        await browser.close().catch(() => undefined);
      },
    };
  } catch (err) {
    await browser.close().catch(() => undefined);
    throw err;
  }
}

/** Waits until the workbench has rendered (about 3 s after the page opens). */
export async function waitForWorkbench(page: Page, timeout = 60_000): Promise<void> {
  await page.locator('.monaco-workbench').waitFor({ timeout });
}

// ---------------------------------------------------------------------------------------
export interface ExtensionTestOptions {
  /** The tests' entry: a .js file exporting run(): Promise<void> (e.g. out/test/vscode/index.js). */
  testsPath: string;
  /** Folder opened in the workbench. */
  workspace: string;
  settings?: Record<string, unknown>;
  /** The extension under development (default: the repository). */
  extensionDevelopmentPath?: string;
  /** Install this .vsix first; the extension then comes from it, not from the sources. */
  vsix?: string;
  /** Extra environment for the extension host (e.g. which test files to run). */
  env?: Record<string, string>;
  /** Whole run, in milliseconds (default 10 minutes); exceeded means exit code 1. */
  timeout?: number;
  /** Where the test output goes (default: stdout). */
  log?: (line: string) => void;
  /** Open the workspace in Restricted Mode (CodeServerOptions.restricted). */
  restricted?: boolean;
  /**
   * Run in the web worker extension host instead: the extension and the tests are loaded
   * from these https URLs (the workbench's CSP allows no other http origin) (a folder with package.json, a .js exporting run()). The
   * workbench finds web extensions under development only in its construction options,
   * which code-server does not take from the command line or the URL, so the page's
   * configuration is amended on the way (`developmentOptions`).
   */
  web?: { extensionUrl: string; testsUrl: string };
}

// The workbench's own start-up messages arrive through the same channel as the tests'
// output; they say nothing about the tests (HARNESS_VERBOSE=1 shows them).
const WORKBENCH_CHATTER =
  /^(Resolving connection token|Resolved connection token|Creating a socket|Ignoring fetching additional builtin extensions|\[Service Worker\]|ChatSessionStore:|Updating additional builtin extensions cache)/;

/**
 * Runs mocha tests inside a real extension host and resolves to their exit code (0 = all
 * passed). The result does not come back through the server: the page calls
 * window.codeAutomationExit(code) when the test host ends, and the tests' console output
 * arrives through window.codeAutomationLog(level, args) with printf-style args.
 */
export async function runExtensionTests(options: ExtensionTestOptions): Promise<number> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const timeout = options.timeout ?? 10 * 60_000;
  const started = Date.now();
  let server: CodeServer | undefined;
  let session: BrowserSession | undefined;
  let standIn: string | undefined;
  let forgetStandIn: () => unknown = () => undefined;

  // One outcome, whichever comes first: the page's exit code, a crash, the server dying,
  // a start-up error or the global timeout.
  let settled = false;
  let settle!: (code: number) => void;
  const outcome = new Promise<number>((resolve) => (settle = resolve));
  const finish = (code: number, reason?: string) => {
    if (settled) return;
    settled = true;
    if (reason) log(`harness: ${reason}`);
    settle(code);
  };
  const timer = setTimeout(() => finish(1, `no result after ${Math.round(timeout / 1000)} s; giving up`), timeout);

  const start = async () => {
    let developmentPath = options.extensionDevelopmentPath ?? ROOT;
    if (options.vsix) {
      // The extension host runs tests only for an extension under development, and a
      // development copy would shadow the installed one: give it a stand-in that
      // contributes nothing, so the extension under test is the installed .vsix.
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vscode-harness-host-'));
      standIn = developmentPath = dir;
      forgetStandIn = onCleanup(() => fs.rmSync(dir, { recursive: true, force: true }));
      fs.writeFileSync(
        path.join(dir, 'package.json'),
        JSON.stringify({ name: 'vsix-test-host', publisher: 'harness', version: '0.0.0', engines: { vscode: '*' } }),
      );
    }
    server = await startCodeServer({
      settings: options.settings,
      vsix: options.vsix ? [options.vsix] : undefined,
      env: options.env,
      restricted: options.restricted,
    });
    server.process.once('exit', (code, signal) => finish(1, `code-server exited (${code ?? signal}) during the tests`));
    if (settled) return;
    // A web extension is served over https with a self-signed certificate (test/harness/web.ts).
    session = await launchBrowser({ ignoreHTTPSErrors: options.web !== undefined });
    const { page } = session;
    page.on('crash', () => finish(1, 'the workbench page crashed'));
    if (process.env.HARNESS_CONSOLE) page.on('console', (m) => log(`console.${m.type()}: ${m.text().slice(0, 2000)}`));
    // Both before goto: the workbench looks for them once, when the test host ends.
    await page.exposeFunction('codeAutomationExit', (code: unknown) => finish(typeof code === 'number' ? code : 1));
    await page.exposeFunction('codeAutomationLog', (level: unknown, args: unknown) => {
      const line = util.format(...(Array.isArray(args) ? args : [args]));
      if (level === 'error' || process.env.HARNESS_VERBOSE || !WORKBENCH_CHATTER.test(line)) log(line);
    });
    if (settled) return;
    if (options.web) {
      // Amended in the page, before the workbench reads it: a document served through
      // page.route() would lose its local origin, and Chromium's local network access
      // checks then block the workbench's WebSocket to 127.0.0.1.
      const developmentOptions = {
        extensions: [uriComponents(options.web.extensionUrl)],
        extensionTestsPath: uriComponents(options.web.testsUrl),
      };
      // A string, not a function: tsx's helpers would not exist in the page.
      await page.addInitScript(`(() => {
        const extra = ${JSON.stringify(developmentOptions)};
        const getAttribute = Element.prototype.getAttribute;
        Element.prototype.getAttribute = function (name) {
          const value = getAttribute.call(this, name);
          if (name !== 'data-settings' || this.id !== 'vscode-workbench-web-configuration' || !value) return value;
          const settings = JSON.parse(value);
          return JSON.stringify({ ...settings, developmentOptions: { ...settings.developmentOptions, ...extra } });
        };
      })();`);
      const workbench = server.url({ folder: options.workspace });
      await page.goto(workbench);
      return;
    }
    await page.goto(
      server.url({
        folder: options.workspace,
        extensionDevelopmentPath: developmentPath,
        extensionTestsPath: options.testsPath,
      }),
    );
  };

  const starting = start().catch((err) => finish(1, err instanceof Error ? (err.stack ?? err.message) : String(err)));
  try {
    const code = await outcome;
    log(`harness: extension tests exited with ${code} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    if (code !== 0 && process.env.HARNESS_VERBOSE && server) log(server.output());
    return code;
  } finally {
    clearTimeout(timer);
    // After a timeout the start may still be under way: let it hand over what it started.
    await Promise.race([starting, new Promise((r) => setTimeout(r, 10_000))]);
    await session?.close();
    await server?.close();
    forgetStandIn();
    if (standIn) fs.rmSync(standIn, { recursive: true, force: true });
  }
}

/** A URL as the workbench's URI.revive() takes it. */
function uriComponents(url: string): {
  scheme: string;
  authority: string;
  path: string;
  query: string;
  fragment: string;
} {
  const u = new URL(url);
  return {
    scheme: u.protocol.replace(/:$/, ''),
    authority: u.host,
    path: decodeURIComponent(u.pathname),
    query: u.search.replace(/^\?/, ''),
    fragment: '',
  };
}
