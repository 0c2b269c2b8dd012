// mail-flow-order at its edges (issue 17): only a decommission of the last mailbox server
// is judged, not another step that names that server at the same place.
import { RuleTester, edit } from '../rule-tester';
import { HYBRID_2007 } from './online-helpers';

const SWITCH = '      - action: switch-mx\n';
const HYBRID_GONE = '      - action: decommission\n        server: NT-HYB13\n';
const before = (step: string) => edit(HYBRID_2007, SWITCH, HYBRID_GONE + step + SWITCH);

new RuleTester().run('mail-flow-order', {
  valid: [
    {
      name: 'a step other than decommission names the last mailbox server before switch-mx',
      code: before(
        '      - action: configure-outlook-anywhere\n        server: NT-EX07\n        certificate: trusted\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'a decommission of it at the same place',
      code: before('      - action: decommission\n        server: NT-EX07\n'),
      errors: [{ message: /^NT-EX07 is the last on-premises mailbox server and is decommissioned before MX/ }],
      output: null,
    },
  ],
});
