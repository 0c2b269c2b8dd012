// The change request's stylesheet, inlined into the document so the file stands alone:
// black on white whatever the viewer's theme (it is meant for paper and PDF), tables
// with visible rules, and print rules that keep a step, a heading and the sign-off
// block from splitting across pages.
export const CHANGE_REQUEST_STYLES = `:root { color-scheme: light; }
body.cr { font: 11pt/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #1b1b1b; background: #fff; max-width: 60rem; margin: 2rem auto; padding: 0 1.5rem; }
.cr h1 { font-size: 1.7rem; margin: 0.2rem 0 1rem; }
.cr h2 { font-size: 1.3rem; margin: 1.8rem 0 0.6rem; border-bottom: 2px solid #1b1b1b; padding-bottom: 0.2rem; }
.cr h3 { font-size: 1.15rem; margin: 1.4rem 0 0.4rem; }
.cr h4 { font-size: 1rem; margin: 0 0 0.4rem; }
.cr-kind { text-transform: uppercase; letter-spacing: 0.08em; color: #4a4a4a; font-size: 0.8rem; margin: 0; }
.cr table { border-collapse: collapse; width: 100%; margin: 0.4rem 0 0.8rem; }
.cr th, .cr td { border: 1px solid #9a9a9a; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
.cr thead th, .cr tbody th, .cr-facts th, .cr-step-facts th { background: #efefef; font-weight: 600; }
.cr-facts th, .cr-step-facts th { width: 11rem; }
.cr code { font-family: ui-monospace, 'Cascadia Mono', Consolas, monospace; font-size: 0.92em; background: #f3f3f3; padding: 0 0.2em; }
.cr pre { background: #f3f3f3; border: 1px solid #d0d0d0; padding: 0.4rem 0.6rem; white-space: pre-wrap; overflow-wrap: anywhere; }
.cr pre code { background: none; padding: 0; }
.cr-error .cr-severity { color: #a1260d; font-weight: 700; }
.cr-warning .cr-severity { color: #7a4d00; font-weight: 700; }
.cr-info .cr-severity { color: #1a5295; }
p.cr-warning { border-left: 4px solid #a1260d; padding-left: 0.6rem; }
.cr-window { color: #4a4a4a; margin: 0 0 0.4rem; }
.cr-step { border: 1px solid #9a9a9a; border-radius: 3px; padding: 0.6rem 0.8rem; margin: 0.7rem 0; break-inside: avoid; }
.cr-step.cr-done h4::after { content: ' ✓'; }
.cr-label { font-weight: 600; margin: 0.5rem 0 0.1rem; }
.cr-verify > :last-child, .cr-rollback > :last-child { margin-bottom: 0; }
.cr-missing { color: #7a4d00; font-style: italic; }
.cr-sign td { height: 2.4rem; }
.cr-sign th[scope='row'] { width: 14rem; }
.cr-box { font-size: 1.2em; }
.cr-conditions { min-height: 4rem; border-bottom: 1px solid #9a9a9a; }
.cr-footer { margin-top: 2rem; color: #4a4a4a; font-size: 0.85rem; }
.cr a { color: #0b4f9c; }
@page { margin: 16mm 14mm; }
@media print {
  body.cr { margin: 0; max-width: none; padding: 0; font-size: 10pt; }
  .cr a { color: inherit; text-decoration: none; }
  .cr h2, .cr h3, .cr h4 { break-after: avoid; }
  .cr tr, .cr-approval { break-inside: avoid; }
  .cr-approval { break-before: page; }
}
`;
