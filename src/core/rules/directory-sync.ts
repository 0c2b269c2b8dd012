// Cutover creates the cloud accounts itself and must not meet synced ones: directory sync
// has to be off. Staged and hybrid migrations are the opposite: the cloud accounts come
// from directory sync (Microsoft Entra Connect), and Exchange Online checks it is on.
import type { Node, StepEntry } from '../parse';
import { defineRule } from '../rule';
import type { OffsetRange } from '../types';
import { EXCHANGE_ONLINE_TARGET } from '../knowledge/actions';

export const rule = defineRule({
  id: 'directory-sync',
  defaultSeverity: 'error',
  description: {
    en: 'Cutover migration with directory sync on, or staged/hybrid migration without it.',
    sv: 'Snabb migrering med katalogsynkronisering påslagen, eller stegvis migrering/hybridmigrering utan den.',
  },
  fixable: true,
  tags: ['exchange-online'],
  messages: {
    en: {
      cutoverOn:
        'directory sync is on when the cutover batch `{batch}` (line {line}) runs: a cutover migration creates the cloud accounts itself, and Microsoft requires directory sync to be turned off first',
      needsSync:
        'directory sync is not on by this {method} migration step: the cloud accounts of a {method} migration come from directory sync (Microsoft Entra Connect), and Exchange Online checks that it is enabled; configure it before the first batch',
      staged: 'staged',
      hybrid: 'hybrid',
      fixOff: 'Turn directory sync off before the cutover batch',
      fixOn: 'Turn directory sync on before the first batch',
    },
    sv: {
      cutoverOn:
        'katalogsynkronisering är påslagen när den snabba migreringens batch `{batch}` (rad {line}) körs: en snabb migrering skapar själv molnkontona, och Microsoft kräver att katalogsynkroniseringen stängs av först',
      needsSync:
        'katalogsynkronisering är inte påslagen vid det här steget: i en {method} kommer molnkontona från katalogsynkroniseringen (Microsoft Entra Connect), och Exchange Online kontrollerar att den är aktiverad; konfigurera den före den första batchen',
      staged: 'stegvis migrering',
      hybrid: 'fullständig hybridmigrering',
      fixOff: 'Stäng av katalogsynkronisering före batchen för snabb migrering',
      fixOn: 'Slå på katalogsynkronisering före den första batchen',
    },
  },
  create(context) {
    const { parsed } = context;
    /** The step that last turned sync on, with its `enabled` value node (when written). */
    let turnedOnBy: { step: StepEntry; enabled?: Node } | undefined;
    let cutoverChecked = false;
    // True before the first batch, so that the first batch is judged.
    let syncWasOnAtLastBatch = true;

    const isBatchStep = (step: StepEntry) =>
      step.action === 'create-migration-batch' ||
      step.action === 'start-migration-batch' ||
      (step.action === 'move-mailboxes' && context.source.string(step.node, 'to') === EXCHANGE_ONLINE_TARGET);

    return {
      onStep(step, state) {
        const method = context.servers.onlineMethod();
        if (step.action === 'configure-directory-sync') {
          const enabled = context.source.pair(step.node, 'enabled')?.value as Node | undefined;
          if ((context.source.boolean(step.node, 'enabled') ?? true) === true) turnedOnBy = { step, enabled };
          return;
        }
        if (!method || !isBatchStep(step)) return;
        if (method === 'cutover') {
          if (cutoverChecked || !state.directorySync) return;
          const batchName = context.source.string(step.node, 'batch');
          const batch = batchName ? state.batches.get(batchName) : undefined;
          const isCutover =
            step.action === 'create-migration-batch'
              ? context.source.string(step.node, 'method') === 'cutover'
              : batch?.method === 'cutover';
          if (!isCutover) return;
          cutoverChecked = true;
          // The finding points at what turned sync on; the fix turns it off before the batch.
          let range: OffsetRange;
          let fix;
          const title = context.message('fixOff');
          if (turnedOnBy) {
            range =
              turnedOnBy.enabled && context.source.range(turnedOnBy.enabled)
                ? context.source.range(turnedOnBy.enabled)!
                : context.range.line(turnedOnBy.step);
            fix =
              turnedOnBy.enabled && context.source.range(turnedOnBy.enabled)
                ? { title, edits: [context.fixer.replace(turnedOnBy.enabled, 'false')] }
                : {
                    title,
                    edits: [
                      context.fixer.insertStepsBefore(step, [
                        [
                          ['action', 'configure-directory-sync'],
                          ['enabled', false],
                        ],
                      ]),
                    ],
                  };
          } else {
            range = context.range.section('organization', 'directorySync');
            fix = {
              title,
              edits: [
                context.fixer.insertStepsBefore(step, [
                  [
                    ['action', 'configure-directory-sync'],
                    ['enabled', false],
                  ],
                ]),
              ],
            };
          }
          context.report({
            range,
            step,
            messageId: 'cutoverOn',
            args: { batch: batchName ?? '?', line: parsed.lineCounter.linePos(step.node.range![0]).line },
            fix,
          });
          return;
        }
        // Staged and hybrid: judged at the first batch, and again only after sync was back on.
        const report = !state.directorySync && syncWasOnAtLastBatch;
        syncWasOnAtLastBatch = state.directorySync;
        if (!report) return;
        context.report({
          range: context.range.line(step),
          step,
          messageId: 'needsSync',
          args: { method: context.message(method) },
          fix: {
            title: context.message('fixOn'),
            edits: [
              context.fixer.insertStepsBefore(step, [
                [
                  ['action', 'configure-directory-sync'],
                  ['enabled', true],
                ],
              ]),
            ],
          },
        });
      },
    };
  },
});
