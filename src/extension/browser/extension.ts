// The web extension's entry (package.json `browser`, built by esbuild.js for VS Code's
// web worker extension host: vscode.dev, github.dev, code-server in a browser). It is
// the desktop extension itself; only resolving symbolic links differs (./realPath.ts).
export { activate, deactivate } from '../extension';
