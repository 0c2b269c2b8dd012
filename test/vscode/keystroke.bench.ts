// The keystroke benchmark inside a real VS Code (scripts/bench-vscode.ts starts it; it is
// no test: index.ts loads only *.test.js). One character is typed into a generated
// runbook, and the time until the extension's diagnostics show it is measured; the
// character is then undone (not timed) and the next run starts from the clean runbook.
// Results go to the console as one `BENCH {json}` line.
import * as vscode from 'vscode';

const POLL_MS = 1;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function until(ok: () => boolean, what: string, timeout = 60_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(POLL_MS);
  }
}

export async function run(): Promise<void> {
  const runs = Number(process.env.BENCH_RUNS ?? 20);
  const warmup = Number(process.env.BENCH_WARMUP ?? 3);
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder');
  const uri = vscode.Uri.joinPath(folder.uri, process.env.BENCH_FILE ?? 'bench.runbook.yaml');
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document);
  if (process.env.BENCH_PREVIEW) await vscode.commands.executeCommand('exchangeRunbook.openPreview', uri);
  await vscode.window.showTextDocument(document);
  // The step whose duration gets a stray character: one in the middle of the runbook.
  const text = document.getText();
  const at = text.indexOf('duration: ', Math.floor(text.length / 2));
  const line = document.positionAt(at).line;
  const end = document.lineAt(line).range.end;
  const wrong = `\`${document.lineAt(line).text.trim().slice('duration: '.length)}x\``;
  const flagged = () => vscode.languages.getDiagnostics(uri).some((d) => d.message.includes(wrong));
  // Let the first lint (on open) happen.
  await sleep(3000);
  const samples: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    // An edit of the editor, as typing makes one (the `type` command needs the window's
    // focus, which a headless browser does not reliably give).
    const started = performance.now();
    await editor.edit((edit) => edit.insert(end, 'x'));
    await until(flagged, 'the typed character flagged');
    const ms = performance.now() - started;
    if (i >= warmup) samples.push(ms);
    await editor.edit((edit) => edit.delete(new vscode.Range(end, end.translate(0, 1))));
    await until(() => !flagged(), 'the flag cleared');
    await sleep(300);
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const median =
    sorted.length % 2
      ? sorted[(sorted.length - 1) / 2]
      : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  console.log(
    `BENCH ${JSON.stringify({ lines: document.lineCount, bytes: text.length, median, min: sorted[0], max: sorted[sorted.length - 1], samples })}`,
  );
}
