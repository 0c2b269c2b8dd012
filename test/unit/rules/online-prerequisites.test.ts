import * as assert from 'assert';
import { CUTOVER, HYBRID_2007, STAGED, at, edit, findings, where } from './online-helpers';

const PREPARE = CUTOVER.slice(
  CUTOVER.indexOf('      - action: configure-outlook-anywhere'),
  CUTOVER.indexOf('  - id: migrate'),
);

describe('online-prerequisites', () => {
  it('lists every missing prerequisite at the batch start', () => {
    const text = edit(CUTOVER, PREPARE, '      - action: custom\n        title: Unhide mailboxes\n');
    const [f] = findings(text, 'online-prerequisites', 1);
    assert.strictEqual(f.severity, 'warning');
    assert.deepStrictEqual(where(f), at(text, '- action: start-migration-batch', 'action: start-migration-batch'));
    assert.strictEqual(
      f.message,
      'the migration batch `all` starts before these prerequisites are in place: the domain `contoso.com` is verified in the tenant; ' +
        'Outlook Anywhere is enabled on the source server with a certificate from a trusted CA (Exchange Online connects through it); ' +
        'the migration account has FullAccess or Receive As on the mailboxes; a migration endpoint of type `outlook-anywhere` exists',
    );
    assert.strictEqual(f.fix?.title, 'Insert the missing prerequisites before the batch');
  });

  it('reports a self-signed Outlook Anywhere certificate', () => {
    const text = edit(STAGED, 'certificate: trusted', 'certificate: self-signed');
    const [f] = findings(text, 'online-prerequisites', 1);
    assert.deepStrictEqual(
      where(f),
      at(text, '- action: start-migration-batch\n        batch: wave-1', 'action: start-migration-batch'),
    );
    assert.strictEqual(
      f.message,
      'the migration batch `wave-1` starts before these prerequisites are in place: Outlook Anywhere on WT-EX07 has a certificate from a trusted CA (Exchange Online cannot use a self-signed one)',
    );
  });

  it('reports each missing prerequisite once, at the first batch that needs it', () => {
    const text = edit(STAGED, '      - action: create-migration-endpoint\n        type: outlook-anywhere\n', '');
    const [f] = findings(text, 'online-prerequisites', 1);
    assert.deepStrictEqual(
      where(f),
      at(text, '- action: start-migration-batch\n        batch: wave-1', 'action: start-migration-batch'),
    );
  });

  it('checks the MRS proxy path of remote moves: a wizard against a valid hybrid server and a remote-move endpoint', () => {
    const text = edit(
      HYBRID_2007,
      '      - action: run-hybrid-wizard\n        server: NT-HYB13\n      - action: create-migration-endpoint\n        type: remote-move\n',
      '',
    );
    const [f] = findings(text, 'online-prerequisites', 1, { locale: 'sv' });
    assert.deepStrictEqual(where(f), at(text, '- action: move-mailboxes', 'action: move-mailboxes'));
    assert.strictEqual(
      f.message,
      'flytten till Exchange Online startar innan de här förutsättningarna är på plats: guiden för hybridkonfiguration har körts mot en giltig hybridserver (fjärrflyttar går via dess MRS-proxy); en migreringsslutpunkt av typen `remote-move` finns',
    );
  });

  it('a domain verified in another case is verified: mixed case on both sides', () => {
    const text = edit(
      edit(CUTOVER, '  domains: [contoso.com]\n', '  domains: [Contoso.COM]\n'),
      '        domain: contoso.com\n',
      '        domain: CONTOSO.com\n',
    );
    findings(text, 'online-prerequisites', 0);
  });

  it('offers no fix when no domain is known to verify', () => {
    const text = edit(
      edit(CUTOVER, '  domains: [contoso.com]\n', ''),
      '      - action: verify-domain\n        domain: contoso.com\n',
      '',
    );
    const [f] = findings(text, 'online-prerequisites', 1);
    assert.match(f.message, /a domain is verified in the tenant \(add a `verify-domain` step\)$/);
    assert.strictEqual(f.fix, undefined);
  });

  it('stays quiet when everything is ready, and takes Outlook Anywhere on Exchange 2013+ sources as published', () => {
    findings(CUTOVER, 'online-prerequisites', 0);
    findings(STAGED, 'online-prerequisites', 0);
    findings(HYBRID_2007, 'online-prerequisites', 0);
    findings(edit(CUTOVER, '        certificate: trusted\n', ''), 'online-prerequisites', 0);
    const org2016 = edit(
      edit(
        CUTOVER,
        'version: "2010"\n    update: SP3 RU32\n    roles: [mailbox, clientAccess, hubTransport]',
        'version: "2016"\n    update: CU23',
      ),
      '      - action: configure-outlook-anywhere\n        server: CON-EX10\n        certificate: trusted\n',
      '',
    ).replaceAll('CON-EX10', 'CON-EX16');
    findings(org2016, 'online-prerequisites', 0);
  });

  it('leaves batches of another method to method-mismatch', () => {
    const text = edit(
      edit(CUTOVER, PREPARE, '      - action: custom\n        title: x\n'),
      'method: cutover\n      - action: start',
      'method: staged\n        csv: staged-wave1.csv\n      - action: start',
    );
    findings(text, 'online-prerequisites', 0);
    findings(text, 'method-mismatch', 1);
  });
});
