// A cutover migration moves every mailbox in one batch over one weekend's worth of sync:
// Microsoft supports it up to 2,000 mailboxes and calls 150 or fewer reasonable.
import type { Node, StepEntry } from '../parse';
import type { TextEdit } from '../types';
import { CUTOVER, STAGED } from '../knowledge/online';
import { defineRule } from '../rule';
import { versionRank } from '../knowledge/versions';

export const rule = defineRule({
  id: 'cutover-size',
  defaultSeverity: 'warning',
  description: {
    en: 'A cutover migration of more mailboxes than Microsoft recommends (150) or supports (2,000).',
    sv: 'En snabb migrering av fler postlådor än Microsoft rekommenderar (150) eller stöder (2 000).',
  },
  fixable: true,
  tags: ['exchange-online'],
  messages: {
    en: {
      tooMany:
        'a cutover migration of {count} mailboxes is not supported: a cutover moves at most {max} mailboxes; use a staged migration (Exchange 2003/2007 sources) or a hybrid migration',
      notRecommended:
        'a cutover migration of {count} mailboxes takes longer than Microsoft recommends: cutover is meant for {recommended} mailboxes or fewer, migrated within a week; consider a staged migration (Exchange 2003/2007 sources) or a hybrid migration',
      fixStaged: 'Switch to staged migration',
      fixHybrid: 'Switch to hybrid migration (remote-move batches)',
    },
    sv: {
      tooMany:
        'en snabb migrering av {count} postlådor stöds inte: en snabb migrering flyttar högst {max} postlådor; använd stegvis migrering (källa Exchange 2003/2007) eller hybridmigrering',
      notRecommended:
        'en snabb migrering av {count} postlådor tar längre tid än Microsoft rekommenderar: snabb migrering är avsedd för högst {recommended} postlådor som migreras inom en vecka; överväg stegvis migrering (källa Exchange 2003/2007) eller hybridmigrering',
      fixStaged: 'Byt till stegvis migrering',
      fixHybrid: 'Byt till hybridmigrering (batchar med fjärrflytt)',
    },
  },
  create(context) {
    const { parsed } = context;
    /** Counted at the start: the state object changes as the steps run. */
    let mailboxes = 0;
    let allStagedSources = true;
    /** `method: cutover` values of the runbook's batches. */
    const cutoverBatchMethods: Node[] = [];
    let firstBatch: { step: StepEntry; directorySync: boolean } | undefined;
    /** configure-directory-sync steps with an explicit `enabled: false`, before the first batch. */
    const syncOffBeforeBatch: Node[] = [];
    return {
      onStart(state) {
        mailboxes = context.servers.mailboxesInScope(state);
        for (const s of state.servers.values()) {
          if (
            s.hosts.mailboxes > 0 &&
            // Stryker disable next-line EqualityOperator: rank 0 is Exchange 2003, a staged source, so `> 0` changes nothing (and `< 0` is killed)
            versionRank(s.version) >= 0 &&
            !(STAGED.sources as readonly string[]).includes(s.version!)
          ) {
            allStagedSources = false;
          }
        }
      },
      onStep(step, state) {
        if (step.action === 'create-migration-batch' || step.action === 'start-migration-batch') {
          if (!firstBatch) firstBatch = { step, directorySync: state.directorySync };
        }
        if (step.action === 'create-migration-batch') {
          const method = context.source.pair(step.node, 'method');
          if (
            method &&
            (method.value as Node | null) &&
            String((method.value as { value?: unknown }).value) === 'cutover'
          ) {
            cutoverBatchMethods.push(method.value as Node);
          }
        }
        if (
          step.action === 'configure-directory-sync' &&
          !firstBatch &&
          context.source.boolean(step.node, 'enabled') === false
        ) {
          syncOffBeforeBatch.push(context.source.pair(step.node, 'enabled')!.value as Node);
        }
      },
      onEnd() {
        if (context.servers.onlineMethod() !== 'cutover') return;
        if (mailboxes <= CUTOVER.recommendedMax) return;
        const error = mailboxes > CUTOVER.hardMax;
        const methodNode = context.source.pair(parsed.target, 'method')?.value as Node | undefined;
        let fix;
        if (methodNode && context.source.range(methodNode)) {
          // Staged batches need CSV files that only the user can write, so the fix picks
          // staged only when no cutover batch would be left without one; otherwise hybrid,
          // whose remote-move batches the existing batch steps can become as they are.
          if (allStagedSources && cutoverBatchMethods.length === 0) {
            fix = { title: context.message('fixStaged'), edits: [context.fixer.replace(methodNode, 'staged')] };
          } else {
            const edits: TextEdit[] = [context.fixer.replace(methodNode, 'hybrid')];
            for (const node of cutoverBatchMethods) edits.push(context.fixer.replace(node, 'remote-move'));
            // Hybrid needs directory sync by the first batch: turn the cutover's "off" back on.
            if (firstBatch && !firstBatch.directorySync) {
              if (syncOffBeforeBatch.length > 0) {
                edits.push(context.fixer.replace(syncOffBeforeBatch[syncOffBeforeBatch.length - 1], 'true'));
              } else {
                edits.push(
                  context.fixer.insertStepsBefore(firstBatch.step, [
                    [
                      ['action', 'configure-directory-sync'],
                      ['enabled', true],
                    ],
                  ]),
                );
              }
            }
            fix = { title: context.message('fixHybrid'), edits };
          }
        }
        context.report({
          range: context.range.section('target', 'method'),
          severity: error ? 'error' : 'warning',
          ...(error
            ? {
                messageId: 'tooMany' as const,
                args: { count: context.text.count(mailboxes), max: context.text.count(CUTOVER.hardMax) },
              }
            : {
                messageId: 'notRecommended' as const,
                args: {
                  count: context.text.count(mailboxes),
                  recommended: context.text.count(CUTOVER.recommendedMax),
                },
              }),
          data: { mailboxes },
          ...(fix ? { fix } : {}),
        });
      },
    };
  },
});
