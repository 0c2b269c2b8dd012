// Outlook older than a version supports cannot connect once mailboxes (or the namespace)
// move to it: Exchange 2013 needs Outlook 2007, 2016 needs 2010, 2019 needs 2013, SE needs
// 2016 (PLATFORM in ../knowledge/platform.ts, with its sources). Every on-premises version the runbook installs is
// judged at its first install; the on-premises target version, when no step installs it,
// at the oldest Outlook in `outlookClients`. Quiet when `outlookClients` is not given.
import type { Node } from 'yaml';
import { defineRule } from '../rule';
import { OUTLOOK_VERSIONS, isVersion, rankOf } from '../knowledge/versions';
import { platformOf } from '../knowledge/platform';
import type { OffsetRange } from '../types';

export const rule = defineRule({
  id: 'client-support',
  defaultSeverity: 'warning',
  description: {
    en: 'Outlook versions in use are older than an Exchange version of the runbook supports.',
    sv: 'Outlook-versioner som används är äldre än vad en Exchange-version i körboken stöder.',
  },
  fixable: false,
  tags: ['on-premises'],
  messages: {
    en: {
      old: 'Exchange {version} does not support Outlook {clients}, which is in use here: the oldest Outlook it supports is Outlook {minimum}. Upgrade those clients before users move to Exchange {version}',
    },
    sv: {
      old: 'Exchange {version} stöder inte Outlook {clients}, som används här: den äldsta Outlook som stöds är Outlook {minimum}. Uppgradera de klienterna innan användarna flyttas till Exchange {version}',
    },
  },
  create(context) {
    const { parsed, facts } = context;
    const clients = facts.organization.outlookClients.filter((c) => rankOf(OUTLOOK_VERSIONS, c) >= 0);
    const judged = new Set<string>();
    const tooOld = (version: string) => {
      const minimum = platformOf(version)?.minOutlook;
      if (!minimum) return undefined;
      const old = clients.filter((c) => rankOf(OUTLOOK_VERSIONS, c) < rankOf(OUTLOOK_VERSIONS, minimum));
      return old.length
        ? { minimum, old: old.sort((a, b) => rankOf(OUTLOOK_VERSIONS, a) - rankOf(OUTLOOK_VERSIONS, b)) }
        : undefined;
    };
    const report = (
      version: string,
      range: OffsetRange,
      verdict: { minimum: string; old: string[] },
      step?: import('../parse').StepEntry,
    ) =>
      context.report({
        range,
        step,
        messageId: 'old',
        args: { version, clients: context.text.list(verdict.old), minimum: verdict.minimum },
        data: { source: platformOf(version)?.outlookSource },
      });
    return {
      onStep(step) {
        if (step.action !== 'install-exchange' || !clients.length) return;
        const version = context.source.string(step.node, 'version');
        if (!isVersion(version) || judged.has(version)) return;
        judged.add(version);
        const verdict = tooOld(version);
        if (verdict) report(version, context.range.field(step.node, 'version'), verdict, step);
      },
      onEnd() {
        const target = facts.target.version;
        if (facts.target.platform !== 'on-premises' || !isVersion(target) || judged.has(target) || !clients.length)
          return;
        const verdict = tooOld(target);
        if (!verdict) return;
        const list = context.source.node(parsed.organization, 'outlookClients');
        const item = context.source.isSeq(list)
          ? (list.items.find((i) => context.source.value(i) === verdict.old[0]) as Node | undefined)
          : undefined;
        const range = item?.range
          ? { start: item.range[0], end: item.range[1] }
          : parsed.organization
            ? // Stryker disable next-line StringLiteral: unreachable: the clients were read from this list's items by the same readers (readFacts in ../model.ts), so an item is always found
              context.range.field(parsed.organization, 'outlookClients')
            : { start: 0, end: 0 };
        report(target, range, verdict);
      },
    };
  },
});
