// A step that names a server the organization does not have at that point would fail on
// the day; usually a typo, a step out of order, or a server already removed.
import type { Node } from '../parse';
import type { OrgState } from '../model';
import type { RuleDefinition } from '../rule';
import type { StepEntry } from '../parse';
import { isServerName } from '../knowledge/actions';
import { EXCHANGE_ONLINE_TARGET } from '../knowledge/actions';

/** Fields that name an existing server, per action (install-exchange names a new one). */
export const SERVER_FIELDS: Record<string, string[]> = {
  'update-server': ['server'],
  'move-client-access': ['from', 'to'],
  'move-transport': ['from', 'to'],
  'move-mailboxes': ['from', 'to'],
  'migrate-public-folders': ['from', 'to'],
  decommission: ['server'],
  'configure-outlook-anywhere': ['server'],
  'run-hybrid-wizard': ['server'],
};

interface Pending {
  name: string;
  node: Node;
  step: StepEntry;
  suggestion?: string;
}

export const rule: RuleDefinition = {
  id: 'unknown-server',
  defaultSeverity: 'error',
  description: {
    en: 'A step names a server that does not exist at that point of the runbook.',
    sv: 'Ett steg nämner en server som inte finns vid den punkten i körboken.',
  },
  fixable: true,
  tags: [],
  messages: {
    en: {
      never:
        '`{name}` is not a server of this organization: it is neither listed under `servers` nor installed by a step',
      later:
        '`{name}` does not exist yet at this step: it is installed later, on line {line}; move this step after the install',
      retired:
        '`{name}` no longer exists at this step: it was decommissioned on line {line}; move this step before the decommission, or name a server that remains',
      suggest: '{message} (did you mean `{suggestion}`?)',
      fix: 'Change to `{suggestion}`',
      neverAlso:
        '`{name}` is not a server of this organization: it is neither listed under `servers` nor installed by a step (also named on {lines})',
      lines: '{count, plural, one {line} other {lines}} {lines}',
    },
    sv: {
      never:
        '`{name}` är inte en server i organisationen: den finns varken under `servers` eller installeras av ett steg',
      later:
        '`{name}` finns inte ännu i det här steget: den installeras senare, på rad {line}; flytta steget efter installationen',
      retired:
        '`{name}` finns inte längre i det här steget: den avvecklades på rad {line}; flytta steget före avvecklingen, eller ange en server som finns kvar',
      suggest: '{message} (menade du `{suggestion}`?)',
      fix: 'Ändra till `{suggestion}`',
      neverAlso:
        '`{name}` är inte en server i organisationen: den finns varken under `servers` eller installeras av ett steg (nämns även på {lines})',
      lines: '{count, plural, one {rad} other {raderna}} {lines}',
    },
  },
  create(context) {
    const pending: Pending[] = [];
    const lineOf = (step: StepEntry | undefined) =>
      step?.node.range ? context.parsed.lineCounter.linePos(step.node.range[0]).line : 0;
    return {
      onStep(step: StepEntry, state: OrgState) {
        // Stryker disable next-line StringLiteral: SERVER_FIELDS holds no other odd key either, so any string reads undefined as '' does
        const fields = SERVER_FIELDS[step.action ?? ''];
        if (!fields) return;
        for (const field of fields) {
          for (const { value, node } of context.source.strings(step.node, field)) {
            if (field === 'to' && value === EXCHANGE_ONLINE_TARGET) continue;
            if (state.servers.has(value)) continue;
            // The same reading as the model's, so the suggestion is what later rules already assume.
            const meant = context.servers.meant(state, step, value);
            // A listed name the format refuses (a zero-width space in it) is the schema's finding, never a suggestion to copy.
            pending.push({
              name: value,
              node,
              step,
              suggestion: meant !== value && isServerName(meant) ? meant : undefined,
            });
          }
        }
      },
      onEnd(final: OrgState) {
        // A step repeated through an alias reads the same node again: one reference in the text, one finding and one edit.
        const seenNodes = new Set<unknown>();
        const unique = pending.filter((p) => !seenNodes.has(p.node) && seenNodes.add(p.node));
        pending.length = 0;
        pending.push(...unique);
        // Without a `servers` list (the schema's error) every listed server would be "unknown": one mistake, one finding.
        // Stryker disable next-line BooleanLiteral: keepScalar only changes what a scalar `servers` reads as (a Scalar or its value), and neither is a list
        const serversListed = context.source.isSeq(context.parsed.root?.get('servers', true));
        /** Later references to a name that exists nowhere: one finding at the first, whose fix renames them all. */
        const repeats = new Map<string, Pending[]>();
        for (const p of pending) {
          const installed = final.servers.get(p.name) ?? final.retired.get(p.name);
          if (installed) continue;
          const list = repeats.get(context.servers.key(p.name));
          if (list) list.push(p);
          else repeats.set(context.servers.key(p.name), [p]);
        }
        for (const p of pending) {
          // The final state tells whether the name appears later or was removed earlier.
          const installed = final.servers.get(p.name) ?? final.retired.get(p.name);
          const retiredEarlier = installed?.decommissionedBy && installed.decommissionedBy.index < p.step.index;
          const installedLater = installed?.installedBy && installed.installedBy.index > p.step.index;
          let messageId = 'never';
          let line = 0;
          if (retiredEarlier) {
            messageId = 'retired';
            line = lineOf(installed!.decommissionedBy);
          } else if (installedLater) {
            messageId = 'later';
            line = lineOf(installed!.installedBy);
          }
          const range = { start: p.node.range![0], end: p.node.range![1] };
          const same = messageId === 'never' ? (repeats.get(context.servers.key(p.name)) ?? [p]) : [p];
          if (same[0] !== p) continue;
          if (messageId === 'never' && !serversListed) continue;
          const others = [
            ...new Set(same.slice(1).map((o) => context.parsed.lineCounter.linePos(o.node.range![0]).line)),
          ];
          const lines = others.length
            ? context.message('lines', { count: others.length, lines: context.text.list(others.map(String)) })
            : '';
          if (lines) messageId = 'neverAlso';
          if (p.suggestion && messageId !== 'later' && messageId !== 'retired') {
            const base = context.message(messageId, { name: p.name, lines });
            // Each reference is renamed only where the model reads it the same way.
            const edits = same
              .filter((o) => o.suggestion === p.suggestion)
              .map((o) => context.fixer.replace(o.node, p.suggestion!));
            context.report({
              range,
              step: p.step,
              messageId: 'suggest',
              args: { message: base, suggestion: p.suggestion },
              fix: { title: context.message('fix', { suggestion: p.suggestion }), edits },
              data: { suggestion: p.suggestion },
            });
          } else {
            context.report({ range, step: p.step, messageId, args: { name: p.name, line, lines } });
          }
        }
      },
    };
  },
};
