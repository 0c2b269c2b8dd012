// Globals the core may use, for its type check only (tsconfig.core.json compiles src/core with
// the ES2022 library and nothing else). Each is part of every runtime the core runs in (Node,
// VS Code's desktop and web worker extension hosts, browsers) and is declared here only as far
// as the core uses it, so that nothing else of the DOM or of Node creeps in.

/** WHATWG Encoding: decoding a file's bytes (src/core/files.ts, src/core/inventory/import.ts). */
interface TextDecoderOptions {
  fatal?: boolean;
  ignoreBOM?: boolean;
}
declare class TextDecoder {
  constructor(label?: string, options?: TextDecoderOptions);
  decode(input?: Uint8Array): string;
}
