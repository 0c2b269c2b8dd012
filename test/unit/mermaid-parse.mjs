// Reads a Mermaid diagram on stdin and checks it with mermaid's own parser; prints JSON:
// { ok, error?, title?, tasks? } with every task's section, name (entity codes decoded),
// start and end, as the gantt diagram's database holds them after parsing.
// Its own process because mermaid needs a DOM: its parser sanitizes titles with DOMPurify,
// which without a window fails ("DOMPurify.addHook is not a function"); jsdom gives it one
// here without putting `window` into the mocha process (test/unit/timeline-mermaid.test.ts).
import process from 'node:process';
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!DOCTYPE html><body></body>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');

// Mermaid keeps `#58;` as a placeholder until it draws; decode it as its renderer does.
const decode = (text) =>
  String(text).replace(/ﬂ°°(\d+)¶ß/g, (_, n) => String.fromCodePoint(Number(n))).replace(/ﬂ°(\w+)¶ß/g, '&$1;');

let input = '';
for await (const chunk of process.stdin) input += chunk;
const result = { ok: false };
try {
  await mermaid.parse(input);
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(input);
  const db = diagram.db;
  result.ok = true;
  result.type = diagram.type;
  result.title = decode(db.getDiagramTitle());
  result.tasks = db.getTasks().map((t) => ({
    section: decode(t.section),
    name: decode(t.task).trim(),
    start: t.startTime instanceof Date && !isNaN(t.startTime) ? t.startTime.toISOString() : null,
    end: t.endTime instanceof Date && !isNaN(t.endTime) ? t.endTime.toISOString() : null,
    milestone: Boolean(t.milestone),
    done: Boolean(t.done),
    crit: Boolean(t.crit),
  }));
} catch (err) {
  result.error = String(err?.message ?? err).slice(0, 500);
}
process.stdout.write(JSON.stringify(result));
