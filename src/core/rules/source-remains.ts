// A migration is finished when the old servers are gone: an on-premises runbook that ends
// on Exchange 2016 with an Exchange 2013 server still in the organization has not reached
// its target (and keeps an unsupported server). For cutover and staged migrations to
// Exchange Online, Microsoft's last step is to decommission on-premises Exchange, unless a
// server stays on purpose (recipient management with directory sync, SSO): a runbook that
// neither decommissions a server nor says in a note or title that one stays is unfinished.
import type { RuleContext, RuleDefinition } from '../rule';
import type { ParsedRunbook } from '../parse';
import type { OrgState, ServerState } from '../model';
import type { TextEdit } from '../types';
import { isVersion, versionRank } from '../knowledge/versions';
import type { YamlEntries } from '../fix';
import type { RuleFixer } from '../toolkit';
import { EXCHANGE_ONLINE_TARGET } from '../knowledge/actions';

/** Wording in a note or title that says an on-premises server stays on purpose (en + sv). */
export const STAYS_PATTERN =
  /\b(stays?|remains?|kept|keep(?:s|ing)?|recipient management)\b|\b(stannar|finns kvar|behåll(?:s|er)?|behålls|mottagarhantering)/i;

const RETIRE_ACTIONS = new Set([
  'decommission',
  'move-client-access',
  'move-transport',
  'move-mailboxes',
  'migrate-public-folders',
]);

export const rule: RuleDefinition = {
  id: 'source-remains',
  defaultSeverity: 'warning',
  description: {
    en: 'At the end, servers older than the target remain (or an online migration neither decommissions nor keeps a server on purpose).',
    sv: 'I slutet finns servrar äldre än målet kvar (eller så varken avvecklar eller behåller en onlinemigrering en server avsiktligt).',
  },
  fixable: true,
  tags: ['on-premises'],
  messages: {
    en: {
      older:
        '{server} (Exchange {version}) is still in the organization when the runbook ends, but the target is Exchange {target}: move what it hosts and decommission it',
      online:
        '{server} is still on premises when the migration to Exchange Online ends, and no step decommissions it or says that it stays: decommission it, or add a note saying why it stays (e.g. recipient management)',
      fix: 'Append steps that retire {server}',
      notReleased:
        '{message}; no fix is offered: no update of Exchange {version} at {minimum} or later was released by {asOf}',
    },
    sv: {
      older:
        '{server} (Exchange {version}) finns kvar i organisationen när körboken slutar, men målet är Exchange {target}: flytta det den har och avveckla den',
      online:
        '{server} finns kvar lokalt när migreringen till Exchange Online är klar, och inget steg avvecklar den eller säger att den stannar: avveckla den, eller skriv i en anteckning varför den stannar (t.ex. för mottagarhantering)',
      fix: 'Lägg till steg som avvecklar {server}',
      notReleased:
        '{message}; ingen åtgärd erbjuds: ingen uppdatering av Exchange {version} på {minimum} eller senare hade släppts den {asOf}',
    },
  },
  create(context) {
    const { parsed, facts } = context;
    const entryRange = (s: ServerState) =>
      s.installedBy
        ? context.range.line(s.installedBy)
        : s.entry
          ? context.range.line(s.entry.node)
          : { start: 0, end: 0 };

    const retireFix = (
      final: OrgState,
      server: ServerState,
      excluded: ReadonlySet<string>,
      version: string,
    ): { title: string; edits: TextEdit[] } | undefined => {
      const writer = context.fixer.steps;
      // Throws NotReleased when the public folders need an update not released by asOf (see `report`).
      const moves = writer.movesToEmpty(final, server, excluded);
      if (!moves) return undefined;
      const steps = [...moves, writer.decommission(server.name, server.version)];
      const edit = appendRetireSteps(parsed, context.fixer, steps, version);
      return edit ? { title: context.message('fix', { server: server.name }), edits: [edit] } : undefined;
    };

    /** A finding with its retire fix, or without one and saying why when the fix needs an update not released by asOf. */
    const report = (
      server: ServerState,
      messageId: string,
      args: Record<string, string>,
      fix: () => { title: string; edits: TextEdit[] } | undefined,
    ) => {
      let found: ReturnType<typeof fix>;
      try {
        found = fix();
      } catch (error) {
        if (!context.releases.isNotReleased(error)) throw error;
        context.report({
          range: entryRange(server),
          step: server.installedBy,
          messageId: 'notReleased',
          args: {
            message: context.message(messageId, args),
            version: error.version,
            minimum: error.minimum,
            asOf: context.asOf,
          },
        });
        return;
      }
      context.report({ range: entryRange(server), step: server.installedBy, messageId, args, ...optional(found) });
    };

    return {
      onEnd(final) {
        const { platform, version: target, method } = facts.target;
        if (platform === 'on-premises' && isVersion(target)) {
          const old = [...final.servers.values()].filter(
            (s) => isVersion(s.version) && versionRank(s.version) < versionRank(target),
          );
          const excluded = new Set(old.map((s) => s.name));
          excluded.add(EXCHANGE_ONLINE_TARGET);
          for (const server of old)
            report(server, 'older', { server: server.name, version: server.version!, target }, () =>
              retireFix(final, server, excluded, target),
            );
          return;
        }
        if (platform === EXCHANGE_ONLINE_TARGET && (method === 'cutover' || method === 'staged')) {
          if (parsed.steps.some((s) => s.action === 'decommission')) return;
          if (saysOneStays(context)) return;
          for (const server of final.servers.values()) {
            // Retiring a server that still serves something (or before MX moves) would break mail: no fix then.
            const idle =
              final.mx === 'exchange-online' &&
              !context.servers.loads.some((l) => context.servers.hosts(server.hosts, l));
            report(server, 'online', { server: server.name }, () =>
              idle ? retireFix(final, server, context.servers.onlyOnline, '') : undefined,
            );
          }
        }
      },
    };
  },
};

function optional<T>(fix: T | undefined): { fix?: T } {
  return fix ? { fix } : {};
}

function saysOneStays(context: RuleContext): boolean {
  const parsed = context.parsed;
  const texts: (string | undefined)[] = [];
  for (const phase of parsed.phases) texts.push(context.source.string(phase.node, 'title'));
  for (const step of parsed.steps)
    texts.push(context.source.string(step.node, 'title'), context.source.string(step.node, 'notes'));
  return texts.some((t) => t !== undefined && STAYS_PATTERN.test(t));
}

/**
 * Appends retirement steps at the end of the runbook: to the last phase when it already
 * only moves and decommissions, else in a new phase after it.
 */
function appendRetireSteps(
  parsed: ParsedRunbook,
  fixer: RuleFixer,
  steps: YamlEntries[],
  target: string,
): TextEdit | undefined {
  const writer = fixer.steps;
  const last = parsed.phases[parsed.phases.length - 1];
  if (!last?.node.range) return undefined;
  const lastStep = last.steps[last.steps.length - 1];
  if (lastStep?.node.range && last.steps.every((s) => RETIRE_ACTIONS.has(s.action ?? ''))) {
    return fixer.appendStepsAfter(lastStep, steps);
  }
  const title = target ? writer.text('phase.retire', { version: target }) : writer.text('phase.retire.online');
  const phase = writer.phase('retire', title, steps);
  return fixer.appendPhasesAfter(last, [phase]);
}
