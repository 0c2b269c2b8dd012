// The model's starting state (model.ts initialState) at its edges: what a server of each
// version serves by its roles (2013 adds transport to Mailbox and Client Access, 2016 puts
// client access on Mailbox too), how the organization's mailboxes are spread over mailbox
// servers that give no count, who holds unclaimed public folders, and the first of two
// entries of one name in other cases.
import * as assert from 'assert';
import { parseRunbook } from '../../src/core';
import { initialState, meantAction, onPremisesMailboxes, readFacts, stateAt } from '../../src/core/model';
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

  it('reads a listed server’s update, os and hybrid; hybrid is false when not given', () => {
    const state = stateOf(
      '  - name: A\n    version: "2016"\n    update: CU23\n    os: "2019"\n    hybrid: true\n  - name: B\n    version: "2016"\n',
    );
    const a = state.servers.get('A')!;
    assert.deepStrictEqual([a.update, a.os, a.hybrid, a.origin], ['CU23', '2019', true, 'listed']);
    const b = state.servers.get('B')!;
    assert.deepStrictEqual([b.update, b.os, b.hybrid], [undefined, undefined, false]);
  });

  it('two entries of one name in other cases: the first counts', () => {
    const state = stateOf('  - name: ex-A\n    version: "2010"\n  - name: EX-a\n    version: "2016"\n');
    assert.strictEqual(state.servers.size, 1);
    assert.strictEqual(state.servers.get('EX-A')!.version, '2010');
    assert.strictEqual(state.servers.get('EX-A')!.name, 'ex-A');
  });
});

describe('model: the facts and the state at a step', () => {
  const steps =
    '  - id: go\n    title: Go\n    steps:\n' +
    '      - action: update-server\n        server: A\n        update: CU21\n' +
    '      - action: update-server\n        server: A\n        update: CU22\n';
  const parsed = (organization: string, target?: string) =>
    parseRunbook(runbook({ organization, servers: '  - name: A\n    version: "2016"\n', target, phases: steps }));

  it('reads the organization and the target; what is not given is 0, false or empty', () => {
    const given = readFacts(
      parsed(
        '  name: Contoso\n  mailboxes: 250\n  publicFolders: true\n  forestFunctionalLevel: "2012R2"\n' +
          '  outlookClients: ["2016", {x: 1}, "2019"]\n  domains: [contoso.com, fabrikam.com]\n  directorySync: true',
        '  platform: exchange-online\n  version: "2019"\n  method: hybrid',
      ),
    );
    assert.deepStrictEqual(given, {
      organization: {
        name: 'Contoso',
        mailboxes: 250,
        publicFolders: true,
        forestFunctionalLevel: '2012R2',
        outlookClients: ['2016', '2019'],
        domains: ['contoso.com', 'fabrikam.com'],
        directorySync: true,
      },
      target: { platform: 'exchange-online', version: '2019', method: 'hybrid' },
    });
    const bare = readFacts(parsed('  outlookClients: "2016"'));
    assert.deepStrictEqual(bare.organization, {
      name: undefined,
      mailboxes: 0,
      publicFolders: false,
      forestFunctionalLevel: undefined,
      outlookClients: [],
      domains: [],
      directorySync: false,
    });
  });

  it('runs the steps before index n: none at 0, the first at 1, both at 2 and beyond', () => {
    const p = parsed('  name: Contoso\n  mailboxes: 10');
    const update = (n: number) => stateAt(p, n).servers.get('A')!.update;
    assert.deepStrictEqual([0, 1, 2, 3].map(update), [undefined, 'CU21', 'CU22', 'CU22']);
    assert.deepStrictEqual(
      [0, 1, 2, 3].map((n) => stateAt(p, n).stepIndex),
      [0, 1, 2, 2],
    );
  });

  it('starts with directory sync as the organization says, mail on premises, nothing online', () => {
    const state = stateAt(parsed('  name: Contoso\n  mailboxes: 10\n  directorySync: true'), 0);
    assert.strictEqual(state.directorySync, true);
    assert.strictEqual(state.mx, 'on-premises');
    assert.strictEqual(state.onlineMailboxes, 0);
    assert.strictEqual(state.publicFoldersOnline, false);
    assert.strictEqual(state.permissionsGranted, false);
    assert.strictEqual(state.serversRevision, 0);
    assert.strictEqual(state.servers.get('A')!.hybrid, false);
    assert.strictEqual(state.servers.get('A')!.origin, 'listed');
    assert.strictEqual(stateAt(parsed('  name: Contoso\n  mailboxes: 10'), 0).directorySync, false);
  });

  it('a misspelt action is read as the action it nearly names, an unknown one as itself', () => {
    assert.strictEqual(meantAction('update-sever'), 'update-server');
    assert.strictEqual(meantAction('update-server'), 'update-server');
    assert.strictEqual(meantAction('zzzz'), 'zzzz');
    assert.strictEqual(meantAction(undefined), undefined);
  });
});

describe('model: the server a step means', () => {
  const servers =
    '  - name: EX16-A\n    version: "2016"\n    update: CU22\n    mailboxes: 60\n' +
    '  - name: EX16-B\n    version: "2016"\n    update: CU22\n    mailboxes: 40\n';
  const after = (steps: string, extraServers = '') => {
    const parsed = parseRunbook(
      runbook({
        organization: '  name: Contoso\n  mailboxes: 100',
        servers: servers + extraServers,
        phases: '  - id: go\n    title: Go\n    steps:\n' + steps.replace(/^(?=.)/gm, '      '),
      }),
    );
    return stateAt(parsed, parsed.steps.length);
  };
  const mailboxes = (state: ReturnType<typeof after>) =>
    [...state.servers.values()].map((s) => `${s.name} ${s.hosts.mailboxes}`);

  it('a misspelt name is the nearest present server that the step’s other fields do not name', () => {
    const state = after('- action: move-mailboxes\n  from: EX16-AA\n  to: EX16-A\n');
    assert.deepStrictEqual(mailboxes(state), ['EX16-A 100', 'EX16-B 0']);
    // The typo on the other end: `from` names EX16-A, so `to` means EX16-B.
    const other = after('- action: move-mailboxes\n  from: EX16-A\n  to: EX16-AA\n');
    assert.deepStrictEqual(mailboxes(other), ['EX16-A 0', 'EX16-B 100']);
    const alone = after('- action: update-server\n  server: EX16-AA\n  update: CU23\n');
    assert.deepStrictEqual(
      [...alone.servers.values()].map((s) => s.update),
      ['CU23', 'CU22'],
    );
  });

  it('a name installed later, by a misspelt action too, is that server, not a typo of a present one', () => {
    for (const action of ['install-exchange', 'instal-exchange']) {
      const state = after(
        `- action: update-server\n  server: EX16-C\n  update: CU23\n- action: ${action}\n  server: EX16-C\n  version: "2016"\n  update: CU22\n`,
      );
      assert.deepStrictEqual(
        [...state.servers.values()].map((s) => `${s.name} ${s.update}`),
        ['EX16-A CU22', 'EX16-B CU22', 'EX16-C CU22'],
        action,
      );
    }
  });

  it('the tenant is never read as a typo of a server named like it', () => {
    const state = after(
      '- action: move-mailboxes\n  from: EX16-B\n  to: exchange-online\n',
      '  - name: exchange-onlin\n    version: "2016"\n    update: CU22\n    mailboxes: 0\n',
    );
    assert.deepStrictEqual(mailboxes(state), ['EX16-A 60', 'EX16-B 0', 'exchange-onlin 0']);
    assert.strictEqual(state.onlineMailboxes, 40);
  });
});
