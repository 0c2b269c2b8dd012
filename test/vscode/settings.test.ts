// Settings in a real VS Code: exchangeRunbook.rules changes a rule's severity or turns it
// off; exchangeRunbook.language "sv" makes the diagnostics Swedish.
import * as assert from 'assert';
import { lint } from '../../src/core';
import { openFixture, setSetting, summary, waitForDiagnostics } from './support/editor';

describe('settings', function () {
  this.timeout(60_000);

  afterEach(async () => {
    await setSetting('exchangeRunbook', 'rules', undefined);
    await setSetting('exchangeRunbook', 'language', undefined);
  });

  it('exchangeRunbook.rules overrides a severity, and "off" removes the rule', async () => {
    const document = await openFixture('invalid-2016-over-2007.runbook.yaml');
    await waitForDiagnostics(
      document.uri,
      (d) => summary(d).join() === '31:9 Error coexistence',
      'the default severity',
    );
    await setSetting('exchangeRunbook', 'rules', { coexistence: 'warning' });
    await waitForDiagnostics(document.uri, (d) => summary(d).join() === '31:9 Warning coexistence', 'a warning');
    await setSetting('exchangeRunbook', 'rules', { coexistence: 'off' });
    await waitForDiagnostics(document.uri, (d) => d.length === 0, 'the rule to be off');
  });

  it('exchangeRunbook.language "sv" gives Swedish messages', async () => {
    const document = await openFixture('invalid-2016-over-2007.runbook.yaml');
    await setSetting('exchangeRunbook', 'language', 'sv');
    const [d] = await waitForDiagnostics(
      document.uri,
      (ds) => ds.length === 1 && !ds[0].message.startsWith('Exchange 2016 Setup refuses'),
      'a Swedish message',
    );
    assert.strictEqual(d.message, lint(document.getText(), { locale: 'sv' }).findings[0].message);
    assert.match(
      d.message,
      /^Installationsprogrammet för Exchange 2016 vägrar köras medan Exchange 2007-servrar finns kvar \(NW-EX07\)\. /,
    );
  });
});
