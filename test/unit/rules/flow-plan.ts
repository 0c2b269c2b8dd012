// A small runbook for edge tables: servers and steps as one-line flow mappings, so a case
// states only what it is about.

/** Servers and steps (flow mappings), in one phase, in a runbook whose target is `target` (a flow mapping's inside). */
export function flowPlan(target: string, servers: string[], steps: string[]): string {
  return [
    'runbook: 1',
    'title: t',
    'organization: {name: o, mailboxes: 0}',
    ...(servers.length ? ['servers:', ...servers.map((s) => `  - ${s}`)] : ['servers: []']),
    `target: {${target}}`,
    'phases:',
    '  - id: p',
    '    title: P',
    '    steps:',
    ...steps.map((s) => `      - ${s}`),
    '',
  ].join('\n');
}
