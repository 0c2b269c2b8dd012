// The web extension in VS Code's web worker extension host (`npm run test:web`): serves
// the repository over https, as a CDN serves a web extension to vscode.dev (the
// workbench's CSP lets it fetch from other origins only over https; the certificate is
// self-signed, made by openssl for the run, and the browser is told to accept it), with
// CORS (package.json, dist/web/extension.js and out/test/web/index.js are fetched from
// the workbench's origin), and runs out/test/web/index.js there against a fresh copy of
// test/fixtures/ in code-server.
import * as fs from 'fs';
import { execFileSync } from 'child_process';
import * as https from 'https';
import * as os from 'os';
import * as path from 'path';
import { copyDir, ensureCodeServer, ROOT, runExtensionTests } from './index';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.md': 'text/markdown',
  '.map': 'application/json',
};

/** A read-only https server for the repository's files, on a free port of 127.0.0.1. */
export async function serveRepository(): Promise<{ url: string; close(): Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'runbook-web-cert-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        path.join(dir, 'key.pem'),
        '-out',
        path.join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
  } catch (err) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw new Error(`openssl could not make a certificate for the test server: ${(err as Error).message}`, {
      cause: err,
    });
  }
  const tls = { key: fs.readFileSync(path.join(dir, 'key.pem')), cert: fs.readFileSync(path.join(dir, 'cert.pem')) };
  fs.rmSync(dir, { recursive: true, force: true });
  const server = https.createServer(tls, (request, response) => {
    // The workbench fetches with credentials, so `*` would not do: the origin is echoed.
    response.setHeader('Access-Control-Allow-Origin', request.headers.origin ?? '*');
    response.setHeader('Access-Control-Allow-Credentials', 'true');
    response.setHeader('Vary', 'Origin');
    if (request.method === 'OPTIONS') {
      response.setHeader('Access-Control-Allow-Headers', '*');
      response.writeHead(204).end();
      return;
    }
    const file = path.join(ROOT, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    if (
      request.method !== 'GET' ||
      !file.startsWith(ROOT + path.sep) ||
      !fs.existsSync(file) ||
      !fs.statSync(file).isFile()
    ) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `https://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export async function main(): Promise<number> {
  for (const built of ['dist/web/extension.js', 'out/test/web/index.js']) {
    if (!fs.existsSync(path.join(ROOT, built))) {
      console.error(`${built} is missing: run \`npm run build\` first`);
      return 1;
    }
  }
  const started = Date.now();
  ensureCodeServer();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'runbook-web-workspace-'));
  const workspace = path.join(scratch, 'fixtures');
  copyDir(path.join(ROOT, 'test', 'fixtures'), workspace);
  const files = await serveRepository();
  try {
    const code = await runExtensionTests({
      testsPath: path.join(ROOT, 'out', 'test', 'web', 'index.js'),
      workspace,
      settings: { 'exchangeRunbook.language': 'en' },
      web: { extensionUrl: `${files.url}/`, testsUrl: `${files.url}/out/test/web/index.js` },
      timeout: 3 * 60_000,
    });
    console.log(
      `web extension tests ${code === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    return code;
  } finally {
    await files.close();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (err) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}
