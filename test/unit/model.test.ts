// The model's starting state (model.ts initialState) at its edges: what a server of each
// version serves by its roles (2013 adds transport to Mailbox and Client Access, 2016 puts
// client access on Mailbox too), how the organization's mailboxes are spread over mailbox
// servers that give no count, who holds unclaimed public folders, and the first of two
// entries of one name in other cases.
import * as assert from 'assert';
import { parseRunbook } from '../../src/core';
import { initialState, onPremisesMailboxes, readFacts } from '../../src/core/model';
import { runbook } from './rules/onprem-helpers';

function stateOf(servers: string, organization = '  name: Contoso\n  mailboxes: 10') {
  const parsed = parseRunbook(
    runbook({
      organization,
      servers,
      phases: '  - id: go\n    title: Go\n    steps:\n      - action: custom\n        title: nothing\n',
    }),
  );
  return initialState(parsed, readFacts(parsed));
}

describe('model: the starting state', () => {
  it('what a server serves by version and roles', () => {
    const cases: [string, string, { clientAccess: boolean; transport: boolean }][] = [
      ['2010', '[mailbox]', { clientAccess: false, transport: false }],
      ['2010', '[clientAccess]', { clientAccess: true, transport: false }],
      ['2010', '[hubTransport]', { clientAccess: false, transport: true }],
      ['2007', '[edgeTransport]', { clientAccess: false, transport: true }],
      ['2013', '[mailbox]', { clientAccess: false, transport: true }],
      ['2013', '[clientAccess]', { clientAccess: true, transport: true }],
      ['2016', '[mailbox]', { clientAccess: true, transport: true }],
      ['SE', '[mailbox]', { clientAccess: true, transport: true }],
      ['2016', '[edgeTransport]', { clientAccess: false, transport: true }],
      ['2016', '[unifiedMessaging]', { clientAccess: false, transport: false }],
    ];
    for (const [version, roles, expected] of cases) {
      const s = stateOf(`  - name: A\n    version: "${version}"\n    roles: ${roles}\n`).servers.get('A')!;
      assert.deepStrictEqual(
        { clientAccess: s.hosts.clientAccess, transport: s.hosts.transport },
        expected,
        `${version} ${roles}`,
      );
    }
  });

  it('a server without roles gets its version’s default roles; unknown role names are dropped', () => {
    const state = stateOf(
      '  - name: A\n    version: "2010"\n  - name: B\n    version: "2016"\n    roles: [mailbox, janitor]\n',
    );
    assert.deepStrictEqual(state.servers.get('A')!.roles, ['mailbox', 'clientAccess', 'hubTransport']);
    assert.deepStrictEqual(state.servers.get('B')!.roles, ['mailbox']);
  });

  it('spreads the mailboxes no server counts over the mailbox servers, rounding up first', () => {
    const three = stateOf(
      '  - name: A\n    version: "2016"\n  - name: B\n    version: "2016"\n  - name: C\n    version: "2016"\n' +
        '  - name: E\n    version: "2016"\n    roles: [edgeTransport]\n',
    );
    assert.deepStrictEqual(
      ['A', 'B', 'C', 'E'].map((n) => three.servers.get(n)!.hosts.mailboxes),
      [4, 3, 3, 0],
    );
    assert.strictEqual(onPremisesMailboxes(three), 10);
    const counted = stateOf(
      '  - name: A\n    version: "2016"\n    mailboxes: 4\n  - name: B\n    version: "2016"\n  - name: C\n    version: "2016"\n',
    );
    assert.deepStrictEqual(
      ['A', 'B', 'C'].map((n) => counted.servers.get(n)!.hosts.mailboxes),
      [4, 3, 3],
    );
    const over = stateOf('  - name: A\n    version: "2016"\n    mailboxes: 12\n  - name: B\n    version: "2016"\n');
    assert.deepStrictEqual(
      ['A', 'B'].map((n) => over.servers.get(n)!.hosts.mailboxes),
      [12, 0],
    );
    const zero = stateOf('  - name: A\n    version: "2016"\n    mailboxes: 0\n  - name: B\n    version: "2016"\n');
    assert.deepStrictEqual(
      ['A', 'B'].map((n) => zero.servers.get(n)!.hosts.mailboxes),
      [0, 10],
    );
  });

  it('public folders no server claims are on every mailbox server; a claim keeps them there', () => {
    const org = '  name: Contoso\n  mailboxes: 10\n  publicFolders: true';
    const unclaimed = stateOf(
      '  - name: A\n    version: "2010"\n  - name: B\n    version: "2010"\n    roles: [clientAccess]\n',
      org,
    );
    assert.deepStrictEqual(
      ['A', 'B'].map((n) => unclaimed.servers.get(n)!.hosts.publicFolders),
      [true, false],
    );
    const claimed = stateOf(
      '  - name: A\n    version: "2010"\n  - name: C\n    version: "2010"\n    publicFolders: true\n',
      org,
    );
    assert.deepStrictEqual(
      ['A', 'C'].map((n) => claimed.servers.get(n)!.hosts.publicFolders),
      [false, true],
    );
    const none = stateOf('  - name: A\n    version: "2010"\n');
    assert.strictEqual(none.servers.get('A')!.hosts.publicFolders, false);
  });

  it('two entries of one name in other cases: the first counts', () => {
    const state = stateOf('  - name: ex-A\n    version: "2010"\n  - name: EX-a\n    version: "2016"\n');
    assert.strictEqual(state.servers.size, 1);
    assert.strictEqual(state.servers.get('EX-A')!.version, '2010');
    assert.strictEqual(state.servers.get('EX-A')!.name, 'ex-A');
  });
});
