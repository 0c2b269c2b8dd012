// Imported first by extension.ts, so this runs before the bundle's other modules (yaml,
// the core, markdown-it) are evaluated: the start of the extension's load time.
export const loadStarted = performance.now();
