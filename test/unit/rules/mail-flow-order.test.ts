import * as assert from 'assert';
import { CUTOVER, HYBRID_2007, STAGED, at, edit, findings, where } from './online-helpers';

const SWITCH = '      - action: switch-mx\n';
const CONVERT = (batch: string) => `      - action: convert-to-mail-users\n        batch: ${batch}\n`;

describe('mail-flow-order', () => {
  it('reports a cutover batch completed before switch-mx, naming where switch-mx is', () => {
    const text = edit(
      edit(CUTOVER, SWITCH, ''),
      '      - action: assign-licenses\n',
      `      - action: assign-licenses\n${SWITCH}`,
    );
    const [f] = findings(text, 'mail-flow-order', 1);
    assert.strictEqual(f.severity, 'error');
    assert.deepStrictEqual(
      where(f),
      at(text, '- action: complete-migration-batch', 'action: complete-migration-batch'),
    );
    assert.strictEqual(
      f.message,
      `the cutover batch \`all\` is completed before MX points to Microsoft 365 (\`switch-mx\` comes later, on line ${at(text, '- action: switch-mx').line}): completing stops the sync, so mail that still arrives on premises is left behind; switch MX first and complete the batch about 72 hours later`,
    );
  });

  it('reports staged batches completed with no switch-mx and no conversion at all, in Swedish', () => {
    const text = edit(edit(edit(STAGED, SWITCH, ''), CONVERT('wave-1'), ''), CONVERT('wave-2'), '');
    const found = findings(text, 'mail-flow-order', 3, { locale: 'sv' });
    assert.deepStrictEqual(
      where(found[0]),
      at(text, '- action: complete-migration-batch\n        batch: wave-1', 'action: complete-migration-batch'),
    );
    assert.strictEqual(
      found[0].message,
      'batchen `wave-1` (stegvis migrering) slutförs innan dess användare har konverterats till e-postanvändare och innan MX pekar på Microsoft 365 (körboken har inget `switch-mx`-steg): slutförandet stoppar synkroniseringen, så e-post som fortfarande kommer till den lokala miljön blir kvar; konvertera batchens användare först (`convert-to-mail-users`), eller byt MX först och slutför batchen ungefär 72 timmar senare',
    );
    // The third: the last mailbox server goes while MX still points at it.
    assert.deepStrictEqual(where(found[2]), at(text, '- action: decommission', 'action: decommission'));
    assert.match(
      found[2].message,
      /^WT-EX07 är den sista lokala postlådeservern och avvecklas innan MX pekar på Microsoft 365/,
    );
  });

  describe('a staged batch completed before switch-mx (exchange-facts.md section 0)', () => {
    const COMPLETE = (batch: string) => `      - action: complete-migration-batch\n        batch: ${batch}\n`;
    // MX moves to the very end; each batch is completed right after its conversion step (Microsoft's PowerShell procedure).
    const early = edit(
      edit(
        edit(
          edit(STAGED, SWITCH + COMPLETE('wave-1') + COMPLETE('wave-2'), ''),
          CONVERT('wave-1'),
          CONVERT('wave-1') + COMPLETE('wave-1'),
        ),
        CONVERT('wave-2'),
        CONVERT('wave-2') + COMPLETE('wave-2'),
      ),
      '      - action: decommission\n',
      SWITCH + '      - action: decommission\n',
    );

    it('is allowed once a convert-to-mail-users naming the batch came before', () => {
      findings(early, 'mail-flow-order', 0);
    });

    it("is allowed after a convert-to-mail-users without a batch that follows the batch's creation", () => {
      findings(edit(early, CONVERT('wave-2'), '      - action: convert-to-mail-users\n'), 'mail-flow-order', 0);
    });

    it("is an error when the batch's users are not converted yet: none, another batch, or a conversion before the batch existed", () => {
      const none = edit(early, CONVERT('wave-1') + COMPLETE('wave-1'), COMPLETE('wave-1') + CONVERT('wave-1'));
      const [f] = findings(none, 'mail-flow-order', 1);
      assert.deepStrictEqual(
        where(f),
        at(none, '- action: complete-migration-batch\n        batch: wave-1', 'action: complete-migration-batch'),
      );
      assert.strictEqual(
        f.message,
        `the staged batch \`wave-1\` is completed before its users are converted to mail users and before MX points to Microsoft 365 (\`switch-mx\` comes later, on line ${at(none, '- action: switch-mx').line}): completing stops the sync, so mail that still arrives on premises is left behind; convert the batch's users first (\`convert-to-mail-users\`), or switch MX first and complete the batch about 72 hours later`,
      );
      findings(
        edit(early, CONVERT('wave-2') + COMPLETE('wave-2'), CONVERT('wave-1') + COMPLETE('wave-2')),
        'mail-flow-order',
        1,
      );
      const beforeCreation = edit(
        edit(early, CONVERT('wave-2'), ''),
        '      - action: create-migration-batch\n        batch: wave-2\n',
        '      - action: convert-to-mail-users\n      - action: create-migration-batch\n        batch: wave-2\n',
      );
      findings(beforeCreation, 'mail-flow-order', 1);
    });

    it('leaves cutover unchanged: a conversion does not allow completing before switch-mx', () => {
      const text = edit(
        edit(
          edit(CUTOVER, SWITCH, ''),
          '      - action: assign-licenses\n',
          `      - action: assign-licenses\n${SWITCH}`,
        ),
        '      - action: complete-migration-batch\n',
        '      - action: convert-to-mail-users\n      - action: complete-migration-batch\n',
      );
      assert.match(findings(text, 'mail-flow-order', 1)[0].message, /^the cutover batch `all` is completed before MX/);
    });
  });

  it('reports the last on-premises mailbox server decommissioned before switch-mx', () => {
    const text = edit(
      HYBRID_2007,
      SWITCH,
      '      - action: decommission\n        server: NT-HYB13\n      - action: decommission\n        server: NT-EX07\n' +
        SWITCH,
    );
    const [f] = findings(text, 'mail-flow-order', 1);
    assert.deepStrictEqual(
      where(f),
      at(text, '- action: decommission\n        server: NT-EX07', 'action: decommission'),
    );
    assert.strictEqual(
      f.message,
      `NT-EX07 is the last on-premises mailbox server and is decommissioned before MX points to Microsoft 365 (\`switch-mx\` comes later, on line ${at(text, '- action: switch-mx').line}): mail would still arrive at an organization with nowhere to deliver it; switch MX first`,
    );
  });

  it('stays quiet in the documented order, for remote moves, and in on-premises runbooks', () => {
    findings(CUTOVER, 'mail-flow-order', 0);
    findings(STAGED, 'mail-flow-order', 0);
    // A hybrid migration may decommission a server while another mailbox server remains.
    findings(
      edit(HYBRID_2007, SWITCH, '      - action: decommission\n        server: NT-EX07\n' + SWITCH),
      'mail-flow-order',
      0,
    );
    const onPremises = `runbook: 1
title: t
organization: {name: o, mailboxes: 0}
servers:
  - name: A
    version: "2013"
    mailboxes: 0
  - name: B
    version: "2016"
    mailboxes: 0
target: {platform: on-premises, version: "2016"}
phases:
  - id: p
    title: P
    steps:
      - action: decommission
        server: A
`;
    findings(onPremises, 'mail-flow-order', 0);
  });

  describe('the last mailbox server decommissioned before switch-mx, at its edges', () => {
    const only = (
      roles: string,
      mailboxes: number,
      target = 'platform: exchange-online, method: cutover',
    ) => `runbook: 1
title: t
organization: {name: o, mailboxes: 0}
servers:
  - name: A
    version: "2013"
    roles: [${roles}]
    mailboxes: ${mailboxes}
target: {${target}}
phases:
  - id: p
    title: P
    steps:
      - action: decommission
        server: A
      - action: switch-mx
`;
    it('reported for a mailbox server with no mailboxes left', () => {
      const [f] = findings(only('mailbox', 0), 'mail-flow-order', 1);
      assert.match(f.message, /^A is the last on-premises mailbox server .*on line 16\)/);
    });
    it('left to decommission-with-data while mailboxes are still on it (one is enough)', () => {
      findings(only('mailbox', 1), 'mail-flow-order', 0);
    });
    it('quiet for a server without the mailbox role', () => {
      findings(only('clientAccess', 0), 'mail-flow-order', 0);
    });
    it('quiet in an on-premises runbook', () => {
      findings(only('mailbox', 0, 'platform: on-premises, version: "2016"'), 'mail-flow-order', 0);
    });
  });
});
