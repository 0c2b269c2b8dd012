// The checklist renderers as one bundle (dist/lazy/renderer.js) that the preview and the
// exports load on first use (./lazy.ts): markdown-it is most of it.
export {
  joinBodyParts,
  renderChangeRequest,
  renderChecklistBody,
  renderChecklistDocument,
  renderChecklistMarkdown,
  renderChecklistParts,
} from '../core';
