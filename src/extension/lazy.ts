// What only a command or the preview needs is not loaded at activation: the checklist
// renderers (with markdown-it) and the "New Runbook…" assistant are bundles of their own
// (dist/lazy/*.js, see esbuild.js), required on first use. The imports here are types
// only, so esbuild keeps those modules out of dist/extension.js.
import type * as Renderer from './renderer';
import type * as NewRunbook from './newRunbook';

// A computed path, so that esbuild leaves the require to run time.
const load = <T>(name: string): T => require(`${__dirname}/lazy/${name}.js`) as T;

let renderer: typeof Renderer | undefined;
let newRunbook: typeof NewRunbook | undefined;

export function loadRenderer(): typeof Renderer {
  return (renderer ??= load<typeof Renderer>('renderer'));
}

export function loadNewRunbook(): typeof NewRunbook {
  return (newRunbook ??= load<typeof NewRunbook>('newRunbook'));
}
