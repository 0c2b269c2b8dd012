import * as assert from 'assert';
import { CUTOVER, HYBRID_2007, STAGED, at, edit, findings, where } from './online-helpers';

const NO_SYNC_STEP = '      - action: configure-directory-sync\n';

describe('directory-sync', () => {
  it('reports a cutover with directory sync on at organization.directorySync', () => {
    const text = edit(CUTOVER, '  domains: [contoso.com]\n', '  domains: [contoso.com]\n  directorySync: true\n');
    const [f] = findings(text, 'directory-sync', 1);
    assert.strictEqual(f.severity, 'error');
    assert.deepStrictEqual(where(f), at(text, 'directorySync: true', 'true'));
    assert.strictEqual(
      f.message,
      `directory sync is on when the cutover batch \`all\` (line ${at(text, '- action: create-migration-batch').line}) runs: a cutover migration creates the cloud accounts itself, and Microsoft requires directory sync to be turned off first`,
    );
    assert.strictEqual(f.fix?.title, 'Turn directory sync off before the cutover batch');
  });

  it('points at the configure-directory-sync step that turns it on in a cutover', () => {
    const text = edit(CUTOVER, '      - action: verify-domain\n', `${NO_SYNC_STEP}      - action: verify-domain\n`);
    const [f] = findings(text, 'directory-sync', 1, { locale: 'sv' });
    assert.deepStrictEqual(
      where(f),
      at(text, '- action: configure-directory-sync', 'action: configure-directory-sync'),
    );
    assert.match(
      f.message,
      /^katalogsynkronisering är påslagen när den snabba migreringens batch `all` \(rad \d+\) körs/,
    );
  });

  it('reports a staged migration without directory sync at the first batch', () => {
    const text = edit(STAGED, NO_SYNC_STEP, '');
    const [f] = findings(text, 'directory-sync', 1);
    assert.deepStrictEqual(where(f), at(text, '- action: create-migration-batch', 'action: create-migration-batch'));
    assert.strictEqual(
      f.message,
      'directory sync is not on by this staged migration step: the cloud accounts of a staged migration come from directory sync (Microsoft Entra Connect), and Exchange Online checks that it is enabled; configure it before the first batch',
    );
  });

  it('reports a hybrid migration without directory sync at the first move, and again after sync is turned off', () => {
    const text = edit(HYBRID_2007, NO_SYNC_STEP, '');
    const [f] = findings(text, 'directory-sync', 1);
    assert.deepStrictEqual(where(f), at(text, '- action: move-mailboxes', 'action: move-mailboxes'));
    const offLater = edit(
      STAGED,
      '      - action: create-migration-batch\n        batch: wave-2\n',
      '      - action: configure-directory-sync\n        enabled: false\n      - action: create-migration-batch\n        batch: wave-2\n',
    );
    const [later] = findings(offLater, 'directory-sync', 1);
    assert.deepStrictEqual(
      where(later),
      at(offLater, '- action: create-migration-batch\n        batch: wave-2', 'action: create-migration-batch'),
    );
  });

  it('stays quiet when each method has what it needs', () => {
    findings(CUTOVER, 'directory-sync', 0);
    findings(STAGED, 'directory-sync', 0);
    findings(HYBRID_2007, 'directory-sync', 0);
    const onThenOff = edit(
      edit(CUTOVER, '  domains: [contoso.com]\n', '  domains: [contoso.com]\n  directorySync: true\n'),
      '      - action: verify-domain\n',
      '      - action: configure-directory-sync\n        enabled: false\n      - action: verify-domain\n',
    );
    findings(onThenOff, 'directory-sync', 0);
    // Turning sync on after the cutover is the normal next step.
    findings(
      edit(CUTOVER, '      - action: assign-licenses\n', `      - action: assign-licenses\n${NO_SYNC_STEP}`),
      'directory-sync',
      0,
    );
  });
});
