// Phase and step ids name things in the checklist and in links; two with one id make the
// second unreachable.
import type { fieldNode } from '../parse';
import { defineRule } from '../rule';

export const rule = defineRule({
  id: 'duplicate-id',
  defaultSeverity: 'error',
  description: {
    en: 'A phase or step id, or a server name, is used twice.',
    sv: 'Ett id för en fas eller ett steg, eller ett servernamn, används två gånger.',
  },
  fixable: false,
  tags: [],
  messages: {
    en: {
      duplicate:
        'the id `{id}` is already used by the {kind, select, phase {phase} other {step}} on line {line}; ids must be unique across the runbook',
      server: 'the server name `{name}` is already used by the server on line {line}; server names must be unique',
      installed:
        '`{name}` is already a server of this organization (line {line}) when this step installs it: give the new server its own name, or decommission the old one first',
    },
    sv: {
      duplicate:
        'id:t `{id}` används redan av {kind, select, phase {fasen} other {steget}} på rad {line}; id:n måste vara unika i hela körboken',
      server: 'servernamnet `{name}` används redan av servern på rad {line}; servernamn måste vara unika',
      installed:
        '`{name}` är redan en server i organisationen (rad {line}) när det här steget installerar den: ge den nya servern ett eget namn, eller avveckla den gamla först',
    },
  },
  create(context) {
    const { parsed } = context;
    const seen = new Map<string, { line: number; kind: 'phase' | 'step' }>();
    const lineOf = (offset: number) => parsed.lineCounter.linePos(offset).line;
    const check = (id: string | undefined, node: Parameters<typeof fieldNode>[0], kind: 'phase' | 'step') => {
      if (!id) return;
      const value = context.source.node(node, 'id');
      const range = context.source.range(value);
      if (!range) return;
      const first = seen.get(id);
      if (first) {
        context.report({ range, messageId: 'duplicate', args: { id, kind: first.kind, line: first.line } });
      } else {
        seen.set(id, { line: parsed.lineCounter.linePos(range.start).line, kind });
      }
    };
    return {
      onStart() {
        // Phases first, then steps, both in file order: the later use is the duplicate.
        const all: { id?: string; node: Parameters<typeof fieldNode>[0]; kind: 'phase' | 'step'; at: number }[] = [];
        for (const phase of parsed.phases)
          all.push({ id: phase.id, node: phase.node, kind: 'phase', at: phase.node.range?.[0] ?? 0 });
        for (const step of parsed.steps)
          all.push({ id: step.id, node: step.node, kind: 'step', at: step.node.range?.[0] ?? 0 });
        all.sort((a, b) => a.at - b.at);
        for (const item of all) check(item.id, item.node, item.kind);
        // Server names, as Windows compares them (case-insensitively): a second entry would be ignored.
        const names = new Map<string, { name: string; line: number }>();
        for (const server of parsed.servers) {
          const range = context.source.range(context.source.node(server.node, 'name'));
          if (!server.name || !range) continue;
          const first = names.get(context.servers.key(server.name));
          if (first) context.report({ range, messageId: 'server', args: { name: first.name, line: first.line } });
          else
            names.set(context.servers.key(server.name), {
              name: server.name,
              line: lineOf(server.node.range?.[0] ?? range.start),
            });
        }
      },
      onStep(step, state) {
        if (step.action !== 'install-exchange') return;
        const node = context.source.node(step.node, 'server');
        const name = context.source.value(node);
        const range = context.source.range(node);
        if (!name || !range) return;
        // An index lookup: a look at every server at every install was quadratic in servers.
        const present = context.servers.named(state.servers, name);
        if (!present) return;
        const at = present.installedBy?.node.range?.[0] ?? present.entry?.node.range?.[0] ?? 0;
        context.report({ range, step, messageId: 'installed', args: { name: present.name, line: lineOf(at) } });
      },
    };
  },
});
