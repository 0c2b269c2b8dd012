// Seeded random edits of runbooks, as people type them: the incremental analysis
// (analysis-incremental.test.ts) and the fast composer (fast-compose.test.ts) are checked
// against a full parse after each.
import * as fs from 'fs';
import * as path from 'path';
import { mulberry32 } from '../../scripts/fuzz';

/** A seeded PRNG (scripts/fuzz.ts's mulberry32), so every run sees the same cases. */
export function prng(seed: number): () => number {
  return mulberry32(seed);
}

export function runbooksUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...runbooksUnder(full));
    else if (entry.name.endsWith('.runbook.yaml') && !entry.name.endsWith('.expected.runbook.yaml')) out.push(full);
  }
  return out.sort();
}

export const TYPED = [
  'a',
  'x',
  'Z',
  '1',
  ' ',
  ' ',
  '  ',
  '\n',
  '\n  ',
  '\n      ',
  ':',
  ': ',
  '- ',
  '\n- ',
  '\n      - action: custom\n        title: T',
  '&a ',
  '*a',
  '{',
  '}',
  '[',
  ']',
  '---\n',
  '\n---',
  '...',
  '# ',
  ' #c',
  '"',
  "'",
  '|',
  '>',
  '\t',
  '\r',
  '!',
  '%',
  '?',
  ',',
];

export interface Edit {
  offset: number;
  length: number;
  text: string;
}

/** A random edit, mostly inside steps (where people type), sometimes anywhere. */
export function randomEdit(text: string, random: () => number, typed: string[] = TYPED): Edit {
  const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)];
  let offset = Math.floor(random() * (text.length + 1));
  if (random() < 0.5) {
    // Near the end of a line or inside a value: where typing happens.
    const lineEnd = text.indexOf('\n', offset);
    if (lineEnd > 0 && random() < 0.5) offset = lineEnd;
  }
  const kind = random();
  if (kind < 0.45) return { offset, length: 0, text: pick(typed) };
  const length = Math.min(text.length - offset, 1 + Math.floor(random() * (random() < 0.8 ? 3 : 40)));
  if (kind < 0.8) return { offset, length, text: '' };
  return { offset, length, text: pick(typed) };
}

export function apply(text: string, edit: Edit): string {
  return text.slice(0, edit.offset) + edit.text + text.slice(edit.offset + edit.length);
}
