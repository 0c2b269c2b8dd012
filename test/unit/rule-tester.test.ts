// The `yaml` tag of the rule tester: what a case's runbook is, byte for byte.
import * as assert from 'assert';
import { yaml } from './rule-tester';

describe('rule tester: yaml`…`', () => {
  it('drops the first line break and the indentation all lines share, and ends with one line break', () => {
    const text = yaml`
      runbook: 1
      servers:
        - name: A

      phases: []
    `;
    assert.strictEqual(text, 'runbook: 1\nservers:\n  - name: A\n\nphases: []\n');
  });

  it('keeps interpolated values and deeper indentation as written', () => {
    const version = '"2016"';
    assert.strictEqual(
      yaml`
        a: ${version}
          b: 1
    `,
      'a: "2016"\n  b: 1\n',
    );
  });
});
