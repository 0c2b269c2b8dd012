// The checklist renderers as one bundle (dist/lazy/renderer.js) that the preview and the
// exports load on first use (./lazy.ts): markdown-it is most of it.
export { renderChecklistBody, renderChecklistDocument } from '../core/checklist/html';
export { renderChecklistMarkdown } from '../core/checklist/markdown';
