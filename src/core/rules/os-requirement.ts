// Each Exchange version runs on a short list of Windows Server versions, and a newer
// Windows Server often needs a newer Exchange update (2016 on Windows Server 2016 needs
// CU3, 2019 on 2022 needs CU12). Setup's prerequisite check stops an install on anything
// else. Installs are judged at the install; servers listed under `servers` are judged too
// (they are installed: an unsupported one is a fact to fix), with the update they have when
// the runbook is done with them, so a planned `update-server` that makes them supported counts.
// Exchange 2003/2007 have no entries in the facts: they are not judged. An unknown `os`, or
// an answer that hangs on an unknown `update`, stays quiet.
import type { ServerState } from '../model';
import type { RuleContext } from '../rule';
import { defineRule } from '../rule';
import { judgeOs, windowsName } from '../knowledge/platform';
import type { OffsetRange } from '../types';
import type { YAMLMap } from 'yaml';

export const rule = defineRule({
  id: 'os-requirement',
  defaultSeverity: 'error',
  description: {
    en: 'A server is installed on a Windows Server version its Exchange version (or update) does not support.',
    sv: 'En server installeras på en Windows Server-version som dess Exchange-version (eller uppdatering) inte stöder.',
  },
  fixable: false,
  tags: ['on-premises'],
  messages: {
    en: {
      unsupported:
        'Exchange {version} does not run on Windows Server {os} ({server}): it supports Windows Server {supported}',
      needsUpdate:
        'Exchange {version} {update} is not supported on Windows Server {os} ({server}): Windows Server {os} needs Exchange {version} {needed} or later',
    },
    sv: {
      unsupported:
        'Exchange {version} körs inte på Windows Server {os} ({server}): den stöder Windows Server {supported}',
      needsUpdate:
        'Exchange {version} {update} stöds inte på Windows Server {os} ({server}): Windows Server {os} kräver Exchange {version} {needed} eller senare',
    },
  },
  create(context) {
    const judge = (
      server: string,
      version: string | undefined,
      update: string | undefined,
      os: string | undefined,
      range: OffsetRange,
      step?: import('../parse').StepEntry,
    ) => {
      const verdict = judgeOs(version, update, os);
      if (!verdict || verdict.ok) return;
      if (verdict.reason === 'unsupported') {
        context.report({
          range,
          step,
          messageId: 'unsupported',
          args: {
            version: version!,
            os: windowsName(os!),
            server,
            supported: supportedText(context, verdict.supported),
          },
          data: { source: verdict.source },
        });
      } else {
        context.report({
          range,
          step,
          messageId: 'needsUpdate',
          // Stryker disable next-line StringLiteral: unreachable: judgeOs answers needs-update only for a known update (updateAtLeast is undefined without one)
          args: { version: version!, update: update ?? '', os: windowsName(os!), server, needed: verdict.needsUpdate },
          data: { source: verdict.source },
        });
      }
    };
    return {
      onStep(step) {
        if (step.action !== 'install-exchange') return;
        const str = (k: string) => context.source.string(step.node, k);
        judge(
          str('server') ?? '',
          str('version'),
          str('update'),
          str('os'),
          context.range.field(step.node, 'os'),
          step,
        );
      },
      onEnd(final) {
        const listed: ServerState[] = [...final.servers.values(), ...final.retired.values()].filter(
          (s) => s.origin === 'listed' && s.entry,
        );
        listed.sort((a, b) => a.entry!.index - b.entry!.index);
        for (const s of listed)
          judge(s.name, s.version, s.update, s.os, context.range.field(s.entry!.node as YAMLMap, 'os'));
      },
    };
  },
});

function supportedText(context: RuleContext, supported: { os: string; needsUpdate?: string }[]): string {
  return context.text.list(
    supported.map((o) => (o.needsUpdate ? `${windowsName(o.os)} (${o.needsUpdate}+)` : windowsName(o.os))),
    'or',
  );
}
