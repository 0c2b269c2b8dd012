import * as assert from 'assert';
import type { ServerState } from '../../src/core/model';
import {
  lowestUpdateRank,
  presentServerNamed,
  PresentServers,
  presentVersions,
  serverUpdated,
} from '../../src/core/present-servers';
import { updateRank } from '../../src/core/knowledge/versions';
import { serverKey } from '../../src/core/util/server-name';
import { lintText, ofRule } from './helpers';
import { runbook, spanOf, span } from './rules/onprem-helpers';

function server(name: string, version: string | undefined, update?: string): ServerState {
  return {
    name,
    version,
    update,
    roles: ['mailbox'],
    hybrid: false,
    hosts: { mailboxes: 0, publicFolders: false, clientAccess: false, transport: false },
    origin: 'listed',
  };
}

/** A small deterministic generator, so a failure replays. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

describe("PresentServers (the model's index of present servers)", () => {
  it('answers as a scan of a plain Map does, after sets, replacements, deletes and in-place updates', () => {
    const next = random(7);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
    const names = ['EX1', 'ex1', 'EX2', 'Ex2', 'EX3', 'MB-01', 'mb-01'];
    const versions = ['2010', '2013', '2016', undefined, 'XP'];
    const updates = ['SP3', 'SP3 RU11', 'CU9', 'CU23', 'sp1', 'RTM', undefined, 'latest'];
    const indexed = new PresentServers();
    const plain = new Map<string, ServerState>();
    for (let i = 0; i < 2000; i++) {
      const roll = next();
      const name = pick(names);
      if (roll < 0.5) {
        const s = server(name, pick(versions), pick(updates));
        indexed.set(name, s);
        plain.set(serverKey(name), s);
      } else if (roll < 0.75) {
        assert.strictEqual(indexed.delete(name), plain.delete(serverKey(name)));
      } else {
        const s = plain.get(serverKey(name));
        if (s) {
          s.update = pick(updates);
          serverUpdated(indexed, s);
        }
      }
      assert.deepStrictEqual([...indexed.keys()].map(serverKey), [...plain.keys()]);
      assert.deepStrictEqual([...indexed.values()], [...plain.values()]);
      assert.deepStrictEqual(
        new Set(presentVersions(indexed)),
        new Set(presentVersions(plain)),
        `versions at operation ${i}`,
      );
      for (const n of names)
        assert.strictEqual(presentServerNamed(indexed, n), presentServerNamed(plain, n), `${n} at operation ${i}`);
      for (const v of ['2010', '2013', '2016'])
        assert.strictEqual(lowestUpdateRank(indexed, v), lowestUpdateRank(plain, v), `${v} at operation ${i}`);
    }
  });

  it('gives the lowest known update of a version, ignoring servers whose update is unknown', () => {
    const servers = new PresentServers();
    servers.set('A', server('A', '2013', 'CU23'));
    servers.set('B', server('B', '2013', 'SP1'));
    servers.set('C', server('C', '2013', undefined));
    servers.set('D', server('D', '2016', 'CU2'));
    assert.strictEqual(lowestUpdateRank(servers, '2013'), 4); // 2013 SP1 is CU4
    assert.strictEqual(lowestUpdateRank(servers, '2016'), 2);
    assert.strictEqual(lowestUpdateRank(servers, '2019'), undefined);
    servers.delete('B');
    assert.strictEqual(lowestUpdateRank(servers, '2013'), 23);
    servers.clear();
    assert.deepStrictEqual(presentVersions(servers), []);
    assert.strictEqual(presentServerNamed(servers, 'a'), undefined);
  });

  it('memoizes update ranks without mixing Exchange 2013 SP1 (CU4) with other versions', () => {
    assert.strictEqual(updateRank('2013', 'SP1'), 4);
    assert.strictEqual(updateRank('2010', 'SP1'), 1000);
    assert.strictEqual(updateRank('2013', 'SP1'), 4);
    assert.strictEqual(updateRank('2010', ' sp3  ru11 '), 3011);
    assert.strictEqual(updateRank('2016', 'latest'), undefined);
    assert.strictEqual(updateRank('2016', 'latest'), undefined);
  });
});

describe('rules that ask the index instead of scanning every server', () => {
  const install = (server: string, version: string) =>
    `      - action: install-exchange\n        server: ${server}\n        version: "${version}"\n`;
  const decommission = (server: string) => `      - action: decommission\n        server: ${server}\n`;
  const phases = (steps: string) => `  - id: go\n    title: Go\n    steps:\n${steps}`;

  it('coexistence-update sees an update-server step that lowers a server between two installs', () => {
    const text = runbook({
      servers:
        '  - name: A10\n    version: "2010"\n    update: SP3 RU11\n  - name: B10\n    version: "2010"\n    update: SP3 RU11\n',
      phases: phases(
        install('C16', '2016') +
          '      - action: update-server\n        server: A10\n        update: SP3\n' +
          install('D16', '2016'),
      ),
    });
    const found = ofRule(lintText(text), 'coexistence-update');
    assert.deepStrictEqual(
      found.map((f) => f.data?.server),
      ['A10'],
    );
    assert.deepStrictEqual(span(found[0]), spanOf(text, 'action: install-exchange', 2));
  });

  it('duplicate-id compares installed names case-insensitively, and forgets a decommissioned name', () => {
    const text = runbook({
      servers: '  - name: EX-A\n    version: "2016"\n    update: CU23\n    mailboxes: 0\n',
      phases: phases(
        // The clashing installs leave the listed server in place (one server per name); its decommission frees the name.
        install('ex-a', '2019') + install('eX-a', '2019') + decommission('Ex-a') + install('EX-a', '2019'),
      ),
    });
    const found = ofRule(lintText(text), 'duplicate-id');
    assert.deepStrictEqual(found.map(span), [spanOf(text, 'ex-a'), spanOf(text, 'eX-a')]);
    assert.deepStrictEqual(
      found.map((f) => f.message),
      [
        '`EX-A` is already a server of this organization (line 8) when this step installs it: give the new server its own name, or decommission the old one first',
        '`EX-A` is already a server of this organization (line 8) when this step installs it: give the new server its own name, or decommission the old one first',
      ],
    );
  });

  it('coexistence stops blocking once the last server of the old version is gone', () => {
    const text = runbook({
      servers: '  - name: OLD07\n    version: "2007"\n    update: SP3 RU23\n    mailboxes: 0\n',
      target: '  platform: on-premises\n  version: "2016"',
      phases: phases('      - action: decommission\n        server: OLD07\n' + install('NEW16', '2016')),
    });
    assert.deepStrictEqual(ofRule(lintText(text), 'coexistence'), []);
    const blocked = runbook({
      servers: '  - name: OLD07\n    version: "2007"\n    update: SP3 RU23\n    mailboxes: 0\n',
      phases: phases(install('NEW16', '2016')),
    });
    assert.deepStrictEqual(
      ofRule(lintText(blocked), 'coexistence').map((f) => f.data?.blockers),
      [['OLD07']],
    );
  });
});
