// mail-flow-order at its edges (issue 17): only a decommission of the last mailbox server
// is judged, not another step that names that server.
import { HYBRID_2007, edit, findings } from './online-helpers';

const SWITCH = '      - action: switch-mx\n';
const HYBRID_GONE = '      - action: decommission\n        server: NT-HYB13\n';

describe('mail-flow-order edges', () => {
  it('a step other than decommission naming the last mailbox server before switch-mx is not judged', () => {
    const touch = '      - action: configure-outlook-anywhere\n        server: NT-EX07\n        certificate: trusted\n';
    findings(edit(HYBRID_2007, SWITCH, HYBRID_GONE + touch + SWITCH), 'mail-flow-order', 0);
    // The same place with a decommission is the finding.
    const gone = '      - action: decommission\n        server: NT-EX07\n';
    findings(edit(HYBRID_2007, SWITCH, HYBRID_GONE + gone + SWITCH), 'mail-flow-order', 1);
  });
});
