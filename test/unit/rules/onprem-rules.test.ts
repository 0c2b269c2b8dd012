// Properties every on-premises rule shares: fixes that converge, keep comments and
// are idempotent.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { fixAll, lint } from '../../../src/core';
import { readerFor } from '../helpers';
import { assertConverges, goldenInputsOf } from './family-helpers';

describe('on-premises rules: shared properties', () => {
  // Swedish messages and the docs layout are checked for the whole catalogue in
  // test/unit/messages/rule-messages.test.ts and test/unit/docs.test.ts.

  const goldenInputs = goldenInputsOf('on-premises');

  for (const { id, dir, file } of goldenInputs) {
    it(`fixAll on ${id}/${file} leaves no ${id} finding and no error, keeps comments, and is idempotent`, () => {
      const input = fs.readFileSync(path.join(dir, file), 'utf8');
      const options = {
        readFile: readerFor(dir),
        locale: file.includes('swedish') ? ('sv' as const) : ('en' as const),
      };
      const once = assertConverges(input, options, id);
      // Comments survive (a step the fix removes leaves its comment behind on a line of its own).
      for (const line of input.split(/\r?\n/).filter((l) => l.includes('#')))
        assert.ok(once.text.includes(line.slice(line.indexOf('#'))), line);
    });
  }

  it('never crashes on broken or odd input', () => {
    const odd = [
      '',
      'runbook: 1\nservers:\n  - name: A\n    version: 2007\n  - {}\n  - name: [x]\ntarget: {platform: on-premises, version: 2016}\nphases:\n  - id: p\n    title: P\n    steps:\n      - action: install-exchange\n        server: B\n        version: 2016\n        os: 1\n        update: {}\n',
      'runbook: 1\norganization: {forestFunctionalLevel: 7, outlookClients: 2003}\nservers: 3\ntarget: {platform: on-premises, version: SE}\nphases:\n  - steps:\n      - action: install-exchange\n        version: SE\n      - action: decommission\n      - action: decommission\n        server: [a, b]\n',
      'runbook: 1\nservers:\n  - name: A\n    version: "2003"\ntarget: {platform: on-premises, version: "2019"}\nphases:\n  - steps:\n      - action: install-exchange\n        server: A\n        version: "2019"\n      - install-exchange\n      - action: move-mailboxes\n        from: {}\n',
    ];
    for (const text of odd) {
      for (const locale of ['en', 'sv'] as const) lint(text, { locale, asOf: '2026-11-23' });
      fixAll(text, { asOf: '2026-11-23' });
    }
  });
});
