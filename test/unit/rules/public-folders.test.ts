import * as assert from 'assert';
import { CUTOVER, HYBRID_2007, at, edit, findings, where } from './online-helpers';

const PF_SERVER = edit(
  HYBRID_2007,
  '    roles: [mailbox, clientAccess, hubTransport]\n',
  '    roles: [mailbox, clientAccess, hubTransport]\n    publicFolders: true\n',
);
const SWITCH = '      - action: switch-mx\n';

const ON_PREMISES = `runbook: 1
title: Fabrikam 2013 to 2016
asOf: 2022-06-01
organization:
  name: Fabrikam
  mailboxes: 100
servers:
  - name: FAB-EX13
    version: "2013"
    update: CU23
    roles: [mailbox, clientAccess]
    publicFolders: true
target:
  platform: on-premises
  version: "2016"
phases:
  - id: p
    title: Move to 2016
    steps:
      - action: install-exchange
        server: FAB-EX16
        version: "2016"
        update: CU23
      - action: move-mailboxes
        from: FAB-EX13
        to: FAB-EX16
`;

describe('public-folders', () => {
  it('reports public folders that stay on premises at the end of an online migration, at the server', () => {
    const [f] = findings(PF_SERVER, 'public-folders', 1);
    assert.strictEqual(f.severity, 'error');
    assert.deepStrictEqual(where(f), at(PF_SERVER, 'publicFolders: true', 'true'));
    assert.strictEqual(
      f.message,
      'the public folders on NT-EX07 (Exchange 2007 SP3 RU23) stay on premises at the end: nothing migrates them to Exchange Online; add a `migrate-public-folders` step to `exchange-online` (public folders on Exchange 2007 or older move to Exchange 2010 SP3 RU8 or later, or Exchange 2013 first)',
    );
  });

  it('reports organization.publicFolders when no step migrates them and their server is gone', () => {
    const text = edit(CUTOVER, '  domains: [contoso.com]\n', '  domains: [contoso.com]\n  publicFolders: true\n');
    const [f] = findings(text, 'public-folders', 1, { locale: 'sv' });
    assert.deepStrictEqual(where(f), at(text, 'publicFolders: true', 'true'));
    assert.strictEqual(
      f.message,
      'organisationen har gemensamma mappar, men inget steg migrerar dem till Exchange Online: de går förlorade när deras servrar avvecklas; lägg till ett `migrate-public-folders`-steg',
    );
  });

  it('reports public folders migrated from Exchange 2007 straight to Exchange Online, at the source', () => {
    const text = edit(
      PF_SERVER,
      SWITCH,
      '      - action: migrate-public-folders\n        from: NT-EX07\n        to: exchange-online\n' + SWITCH,
    );
    const [f] = findings(text, 'public-folders', 1);
    assert.deepStrictEqual(
      where(f),
      at(text, 'from: NT-EX07\n        to: exchange-online\n      - action: switch-mx', 'NT-EX07'),
    );
    assert.strictEqual(
      f.message,
      'public folders cannot be migrated from NT-EX07 (Exchange 2007 SP3 RU23) straight to Exchange Online: Exchange Online takes legacy public folders only from Exchange 2010 SP3 RU8 or later, or Exchange 2013; migrate them there first, then to Exchange Online',
    );
  });

  it('reports Exchange 2010 public folders below SP3 RU8', () => {
    const text = edit(
      edit(edit(PF_SERVER, 'version: "2007"', 'version: "2010"'), 'update: SP3 RU23', 'update: SP3 RU5'),
      SWITCH,
      '      - action: migrate-public-folders\n        from: NT-EX07\n        to: exchange-online\n' + SWITCH,
    );
    const [f] = findings(text, 'public-folders', 1);
    assert.match(
      f.message,
      /^public folders cannot be migrated from NT-EX07 \(Exchange 2010 SP3 RU5\) to Exchange Online: Exchange 2010 public folders need Exchange 2010 SP3 RU8 or later;/,
    );
    findings(edit(text, 'update: SP3 RU5', 'update: SP3 RU8'), 'public-folders', 0);
  });

  it('accepts the documented path: to Exchange 2013 first, then to Exchange Online', () => {
    const text = edit(
      PF_SERVER,
      SWITCH,
      '      - action: migrate-public-folders\n        from: NT-EX07\n        to: NT-HYB13\n      - action: migrate-public-folders\n        from: NT-HYB13\n        to: exchange-online\n' +
        SWITCH,
    );
    findings(text, 'public-folders', 0);
  });

  it('reports public folders left on a server older than the on-premises target', () => {
    const [f] = findings(ON_PREMISES, 'public-folders', 1);
    assert.deepStrictEqual(where(f), at(ON_PREMISES, 'publicFolders: true', 'true'));
    assert.strictEqual(
      f.message,
      'the public folders on FAB-EX13 (Exchange 2013 CU23) are not migrated to Exchange 2016: they stay on a server older than the target version, which has to go (source-remains); migrate them to an Exchange 2016 server first',
    );
    findings(
      ON_PREMISES + '      - action: migrate-public-folders\n        from: FAB-EX13\n        to: FAB-EX16\n',
      'public-folders',
      0,
    );
  });
});
