// Adversarial runbook shapes for the benchmark (`npm run bench -- --scenario=adversarial`):
// one construct repeated n times in an otherwise small runbook. Each shape once cost time
// quadratic in n somewhere in the linter; the benchmark shows the cost per item at
// 100, 1,000 and 10,000 items, which a linear linter keeps flat.

export const SHAPES = [
  'unknown-keys',
  'servers',
  'moves',
  'decommissions',
  'installs',
  'aliases',
  'comments',
  'long-lines',
  'late-fallback',
] as const;
export type Shape = (typeof SHAPES)[number];

const pad = (i: number) => String(i + 1).padStart(5, '0');

/** A runbook whose `shape` part has `n` items. It need not lint clean: findings per item are part of the cost. */
export function adversarialRunbook(shape: Shape, n: number): string {
  const lines: string[] = [
    'runbook: 1',
    'title: Adversarial',
    'asOf: 2026-11-23',
    'organization:',
    '  name: Contoso',
    `  mailboxes: ${Math.max(n, 100)}`,
  ];
  const servers: string[] = ['servers:'];
  const server = (name: string, version = '2016', update = 'CU23') =>
    servers.push(
      `  - name: ${name}`,
      `    version: "${version}"`,
      `    update: ${update}`,
      '    roles: [mailbox]',
      `    mailboxes: ${Math.max(n, 100)}`,
    );
  const steps: string[] = [];
  const tail: string[] = [];
  switch (shape) {
    case 'unknown-keys':
      server('EX16-1');
      steps.push('      - action: custom', '        title: Check');
      for (let i = 0; i < n; i++) tail.push(`k${pad(i)}: 1`);
      break;
    case 'servers':
      for (let i = 0; i < n; i++) server(`EX16-${pad(i)}`);
      steps.push('      - action: custom', '        title: Check');
      break;
    case 'moves':
      server('EX16-1');
      steps.push(
        '      - action: install-exchange',
        '        server: EXSE-1',
        '        version: SE',
        '        update: RTM',
        '        os: "2025"',
      );
      for (let i = 0; i < n; i++)
        steps.push(
          '      - action: move-mailboxes',
          `        id: move-${pad(i)}`,
          '        from: EX16-1',
          '        to: EXSE-1',
          '        count: 1',
        );
      break;
    case 'decommissions':
      for (let i = 0; i < n; i++) server(`EX16-${pad(i)}`);
      for (let i = 0; i < n; i++) steps.push('      - action: decommission', `        server: EX16-${pad(i)}`);
      break;
    case 'installs':
      server('EX16-1');
      for (let i = 0; i < n; i++)
        steps.push(
          '      - action: install-exchange',
          `        server: EXSE-${pad(i)}`,
          '        version: SE',
          '        update: RTM',
          '        os: "2025"',
        );
      break;
    case 'aliases':
      // n steps, each repeated through an alias, its title anchored and used as its owner.
      server('EX16-1');
      for (let i = 0; i < n; i++)
        steps.push(
          `      - &s${i}`,
          '        action: custom',
          `        title: &t${i} Check ${i}`,
          `        owner: *t${i}`,
          `      - *s${i}`,
        );
      break;
    case 'comments':
      // What the fast composer (src/core/fast-compose.ts) carries from line to line: blank
      // lines and comments before each step, a comment after a value, a block scalar.
      server('EX16-1');
      for (let i = 0; i < n; i++)
        steps.push(
          '',
          `      # Step ${i}: a comment before it`,
          '      - action: custom',
          `        title: Check ${i}   # and one after`,
          '        notes: |',
          `          Line one of ${i}`,
          '',
          `          line two: ${i}`,
        );
      break;
    case 'long-lines':
      // Lines the fast composer scans whole: a flow list, a plain and a double-quoted value of n parts.
      server('EX16-1');
      steps.push(
        '      - action: custom',
        `        title: ${Array.from({ length: n }, (_, i) => `w${i}:x`).join(' ')}`,
        `        owner: "${'\\u00e9\\"'.repeat(n)}"`,
        `        tags: [${Array.from({ length: n }, (_, i) => `t${i}`).join(', ')}]`,
      );
      break;
    case 'late-fallback':
      // n steps the fast composer reads, then an anchor at the end: it gives up and yaml parses it all.
      server('EX16-1');
      for (let i = 0; i < n; i++) steps.push('      - action: custom', `        title: Check ${i}`);
      steps.push('      - action: custom', '        title: &last Last', '        owner: *last');
      break;
  }
  return [
    ...lines,
    ...(servers.length > 1 ? servers : ['servers: []']),
    'target:',
    '  platform: on-premises',
    '  version: SE',
    'phases:',
    '  - id: work',
    '    title: Work',
    '    steps:',
    ...steps,
    ...tail,
    '',
  ].join('\n');
}
