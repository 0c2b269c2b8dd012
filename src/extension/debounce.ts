// How long to wait after an edit before a runbook is checked again, from what its checks
// cost: a runbook whose last check took less than QUICK_MS (a keystroke's budget) is
// checked at once; a slower one waits for a pause in typing of `exchangeRunbook.lintDelay`
// milliseconds, so that the check does not hold up the next keystroke. A runbook not
// checked yet is judged by its size.
import * as vscode from 'vscode';

/** A check this fast is not worth waiting for. */
export const QUICK_MS = 50;
/** Before the first measurement: about 1 ms per 1,000 characters (a 134 KB runbook of 1,000 steps lints in about 130 ms). */
const MS_PER_CHAR = 1 / 1000;

const costs = new Map<string, number>();

/** Records how long a check of the runbook took (a moving average: one slow run under load does not decide alone). */
export function recordCheck(uri: vscode.Uri, ms: number): void {
  const key = uri.toString();
  const previous = costs.get(key);
  costs.set(key, previous === undefined ? ms : (previous + ms) / 2);
}

/** What a check of this runbook is expected to cost, in milliseconds. */
export function expectedCost(document: vscode.TextDocument): number {
  return costs.get(document.uri.toString()) ?? document.getText().length * MS_PER_CHAR;
}

/** The wait before checking: none for a quick runbook, `lintDelay` (the setting) for a slow one. */
export function checkDelay(document: vscode.TextDocument, lintDelay: number): number {
  return expectedCost(document) < QUICK_MS ? 0 : lintDelay;
}

export function forgetCost(uri: vscode.Uri): void {
  costs.delete(uri.toString());
}
