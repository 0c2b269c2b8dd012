// Turns `lint` arguments into runbook paths: a file is taken as it is (whatever its name:
// the user asked for it), a directory is searched for *.runbook.yaml / *.runbook.yml, and
// anything else is a glob. Paths keep the shape the user gave them, for messages.
import * as fs from 'fs';
import * as path from 'path';
import type { Locale } from '../core';
import { CliError, cliMessage } from './messages';
import { reasonOf } from './config';
// `require`, not `import`: esbuild then bundles tinyglobby's (and fdir's) CommonJS build,
// whose ESM build reads `import.meta.url`, which a CommonJS bundle does not have.
import tinyglobby = require('tinyglobby');

const { globSync, isDynamicPattern } = tinyglobby;

/** Folders that hold other people's files, never runbooks to check. */
const SKIPPED_DIRS = ['**/node_modules/**', '**/.git/**'];

export function expandArguments(args: string[], locale: Locale, cwd = process.cwd()): string[] {
  const seen = new Set<string>();
  const files: string[] = [];
  const add = (file: string) => {
    const key = path.resolve(cwd, file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  for (const arg of args) {
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(path.resolve(cwd, arg));
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR')
        throw new CliError(cliMessage(locale, 'error.unreadable', { file: arg, reason: reasonOf(err) }));
    }
    if (stat?.isDirectory()) {
      const found = globSync(['**/*.runbook.yaml', '**/*.runbook.yml'], {
        cwd: path.resolve(cwd, arg),
        ignore: SKIPPED_DIRS,
        dot: false,
        caseSensitiveMatch: false,
      }).sort();
      if (found.length === 0) throw new CliError(cliMessage(locale, 'error.emptyDir', { dir: arg }));
      for (const rel of found) add(joinAsGiven(arg, rel));
    } else if (stat) {
      add(arg);
    } else if (isDynamicPattern(arg)) {
      const found = globSync(arg, { cwd, ignore: SKIPPED_DIRS, onlyFiles: true, expandDirectories: false }).sort();
      if (found.length === 0) throw new CliError(cliMessage(locale, 'error.noMatch', { pattern: arg }));
      for (const file of found) add(file);
    } else {
      throw new CliError(cliMessage(locale, 'error.notFound', { file: arg }));
    }
  }
  return files;
}

/** `dir` + a path found under it, keeping `dir` as written (`./runbooks/x.runbook.yaml`). */
function joinAsGiven(dir: string, rel: string): string {
  if (dir === '.' || dir === './') return rel;
  const separator = dir.endsWith('/') || dir.endsWith(path.sep) ? '' : '/';
  return `${dir}${separator}${rel}`;
}
