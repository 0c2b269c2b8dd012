// Phase and step ids name things in the checklist and in links; two with one id make the
// second unreachable.
import { fieldNode, nodeRange } from '../parse';
import type { RuleDefinition } from '../rule';

export const rule: RuleDefinition = {
  id: 'duplicate-id',
  defaultSeverity: 'error',
  description: {
    en: 'A phase or step id is used twice.',
    sv: 'Ett id för en fas eller ett steg används två gånger.',
  },
  fixable: false,
  messages: {
    en: { duplicate: 'the id `{id}` is already used by the {kind} on line {line}; ids must be unique across the runbook' },
    sv: { duplicate: 'id:t `{id}` används redan av {kind} på rad {line}; id:n måste vara unika i hela körboken' },
  },
  create(context) {
    const { parsed, doc } = context;
    const kindName = (kind: 'phase' | 'step') =>
      context.locale === 'sv' ? (kind === 'phase' ? 'fasen' : 'steget') : kind;
    const seen = new Map<string, { line: number; kind: 'phase' | 'step' }>();
    const check = (id: string | undefined, node: Parameters<typeof fieldNode>[0], kind: 'phase' | 'step') => {
      if (!id) return;
      const value = fieldNode(node, 'id', doc);
      const range = nodeRange(value);
      if (!range) return;
      const first = seen.get(id);
      if (first) {
        context.report({ range, messageId: 'duplicate', args: { id, kind: kindName(first.kind), line: first.line } });
      } else {
        seen.set(id, { line: parsed.lineCounter.linePos(range.start).line, kind });
      }
    };
    return {
      onStart() {
        // Phases first, then steps, both in file order: the later use is the duplicate.
        const all: { id?: string; node: Parameters<typeof fieldNode>[0]; kind: 'phase' | 'step'; at: number }[] = [];
        for (const phase of parsed.phases) all.push({ id: phase.id, node: phase.node, kind: 'phase', at: phase.node.range?.[0] ?? 0 });
        for (const step of parsed.steps) all.push({ id: step.id, node: step.node, kind: 'step', at: step.node.range?.[0] ?? 0 });
        all.sort((a, b) => a.at - b.at);
        for (const item of all) check(item.id, item.node, item.kind);
      },
    };
  },
};
