// os-requirement at its edges (issue 17): only an install step is judged by its own fields;
// another step that happens to carry `version` and `os` is not.
import { at, RuleTester } from '../rule-tester';
import { flowPlan } from './flow-plan';

const TARGET = 'platform: on-premises, version: "2019"';
const ON_2012 = 'version: "2019", os: "2012"';
const INSTALL = flowPlan(TARGET, [], [`{action: install-exchange, server: NEW, ${ON_2012}}`]);

new RuleTester().run('os-requirement', {
  valid: [
    {
      name: 'a prepare-schema step with a stray os of a Windows Server Exchange 2019 does not run on',
      code: flowPlan(TARGET, [], [`{action: prepare-schema, ${ON_2012}}`]),
    },
  ],
  invalid: [
    {
      name: 'the same fields on an install step are judged',
      code: INSTALL,
      errors: [
        {
          message:
            'Exchange 2019 does not run on Windows Server 2012 (NEW): it supports Windows Server 2019, 2022 (CU12+) or 2025 (CU14+)',
          ...at(INSTALL, 'os: "2012"', '"2012"'),
        },
      ],
      output: null,
    },
  ],
});
