import * as assert from 'assert';
import { HYBRID_2007, at, edit, findings, where } from './online-helpers';

describe('hybrid-size', () => {
  it('advises against full hybrid for 149 mailboxes, at target.method', () => {
    const text = edit(HYBRID_2007, 'mailboxes: 1800', 'mailboxes: 149');
    const [f] = findings(text, 'hybrid-size', 1);
    assert.strictEqual(f.severity, 'info');
    assert.deepStrictEqual(where(f), at(text, 'method: hybrid', 'hybrid'));
    assert.strictEqual(
      f.message,
      'full hybrid for 149 mailboxes: Microsoft finds full hybrid worth its effort (hybrid server, certificates, directory sync, months of coexistence) from about 150 mailboxes; for fewer, a cutover migration, or a staged migration from Exchange 2003/2007, is usually simpler',
    );
  });

  it('says it in Swedish for a tiny organization', () => {
    const text = edit(HYBRID_2007, 'mailboxes: 1800', 'mailboxes: 12');
    const [f] = findings(text, 'hybrid-size', 1, { locale: 'sv' });
    assert.match(f.message, /^fullständig hybridmigrering för 12 postlådor: .* från ungefär 150 postlådor;/);
  });

  it('stays quiet from 150 mailboxes and for other methods', () => {
    findings(edit(HYBRID_2007, 'mailboxes: 1800', 'mailboxes: 150'), 'hybrid-size', 0);
    findings(HYBRID_2007, 'hybrid-size', 0);
    findings(
      edit(edit(HYBRID_2007, 'mailboxes: 1800', 'mailboxes: 20'), 'method: hybrid', 'method: cutover'),
      'hybrid-size',
      0,
    );
  });
});
