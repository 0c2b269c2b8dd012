// The change request: a runbook as a printable HTML document for a change advisory board.
export { renderChangeRequest } from './html';
export type { ChangeRequestOptions } from './html';
