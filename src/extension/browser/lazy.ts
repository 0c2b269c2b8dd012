// The browser build's stand-in for src/extension/lazy.ts (scripts/web-build.js swaps
// them): the web worker host cannot require a bundle by its path at run time, so the
// renderer and the assistant are part of dist/web/extension.js.
import * as Renderer from '../renderer';
import * as NewRunbook from '../newRunbook';

export function loadRenderer(): typeof Renderer {
  return Renderer;
}

export function loadNewRunbook(): typeof NewRunbook {
  return NewRunbook;
}
