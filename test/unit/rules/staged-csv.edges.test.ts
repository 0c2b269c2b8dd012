// staged-csv at its edges: five row numbers listed and the sixth counted, a row shorter
// than the column a check reads, the shape of an email address one character at a time,
// the case of the header and of True/False on both sides, each column first, and where a
// batch is judged.
import type { FileRead } from '../../../src/core/files';
import { RuleTester, edit, type InvalidCase } from '../rule-tester';
import { STAGED, at } from './online-helpers';

const HEADER = 'EmailAddress,Password,ForceChangePassword';
const AT_WAVE1 = at(STAGED, 'csv: staged-wave1.csv', 'staged-wave1.csv');
const WAVE2 = `${HEADER}\ndana@wingtiptoys.com,Autumn2026!q,True\n`;
const reading = (wave1: FileRead) => ({
  readFile: (p: string) => (p === 'staged-wave1.csv' ? wave1 : p === 'staged-wave2.csv' ? WAVE2 : undefined),
});
const csv = (...lines: string[]) => lines.join('\n') + '\n';
/** `n` rows of the header's three columns, the password `password`. */
const rows = (n: number, password: string) =>
  Array.from({ length: n }, (_, i) => `user${i}@wingtiptoys.com,${password},True`);
const F = 'the CSV file `staged-wave1.csv`';
function file(name: string, read: FileRead, messages: string[]): InvalidCase {
  return { name, code: STAGED, options: reading(read), errors: messages.map((message) => ({ ...AT_WAVE1, message })) };
}
const valid = (name: string, read: FileRead) => ({ name, code: STAGED, options: reading(read) });
const notAnAddress = (row: number, address: string, more = '') =>
  `${F}: row ${row} has \`${address}\` in the \`EmailAddress\` column, which is not an email address${more}`;

new RuleTester().run('staged-csv', {
  valid: [
    valid(
      'the header in other cases: emailaddress, PASSWORD, forcechangepassword',
      csv('emailaddress,PASSWORD,forcechangepassword', 'ana@wingtiptoys.com,Winter2026!x,tRuE'),
    ),
    valid(
      'True and False in any case, with spaces around',
      csv(HEADER, 'ana@wingtiptoys.com,Winter2026!x, FALSE ', 'bo@wingtiptoys.com,Winter2026!x,true'),
    ),
    valid(
      'a password of exactly 8 characters, and of 8 characters beyond the BMP',
      csv(HEADER, 'ana@wingtiptoys.com,12345678,True', 'bo@wingtiptoys.com,😀😀😀😀😀😀😀😀,True'),
    ),
    valid('the shortest address: one character on each side of @ and of the dot', csv('EmailAddress', 'a@b.c')),
    valid('an empty ForceChangePassword cell sets nothing', csv(HEADER, 'ana@wingtiptoys.com,Winter2026!x,')),
    valid(
      'ß is not ss: straße@ and strasse@ are two addresses (case folds as lower case, not upper)',
      csv('EmailAddress', 'straße@wingtiptoys.com', 'strasse@wingtiptoys.com'),
    ),
    {
      name: 'a custom step with `method: staged` and no csv is not a batch',
      code: edit(
        STAGED,
        '      - action: switch-mx\n',
        '      - action: custom\n        title: x\n        method: staged\n      - action: switch-mx\n',
      ),
      options: reading(csv(HEADER, 'ana@wingtiptoys.com,Winter2026!x,True')),
    },
  ],
  invalid: [
    file('five short passwords: all five rows listed', csv(HEADER, ...rows(5, 'short')), [
      `${F}: rows 2, 3, 4, 5, 6 have a \`Password\` shorter than 8 characters; Exchange Online requires at least 8`,
    ]),
    file('six short passwords: five listed, the sixth counted', csv(HEADER, ...rows(6, 'short')), [
      `${F}: rows 2, 3, 4, 5, 6 and 1 more have a \`Password\` shorter than 8 characters; Exchange Online requires at least 8`,
    ]),
    file(
      'a password of 7 characters beyond the BMP (14 UTF-16 units) is short',
      csv(HEADER, 'ana@wingtiptoys.com,😀😀😀😀😀😀😀,True'),
      [`${F}: row 2 has a \`Password\` shorter than 8 characters; Exchange Online requires at least 8`],
    ),
    file(
      'rows shorter than the column a check reads: only their number of columns is reported',
      csv('Password,ForceChangePassword,EmailAddress', 'Winter2026!x,True', 'Winter2026!x'),
      [
        `${F}: rows 2, 3 have a different number of columns than the header (row 2 has 2, the header 3); Exchange Online rejects a file whose rows do not match the header`,
      ],
    ),
    file(
      'a row with only its address: shorter than the Password and ForceChangePassword columns',
      csv(HEADER, 'ana@wingtiptoys.com'),
      [
        `${F}: row 2 has a different number of columns than the header (row 2 has 1, the header 3); Exchange Online rejects a file whose rows do not match the header`,
      ],
    ),
    file('Password as the first column', csv('Password,EmailAddress', 'short,ana@wingtiptoys.com'), [
      `${F}: row 2 has a \`Password\` shorter than 8 characters; Exchange Online requires at least 8`,
    ]),
    file(
      'ForceChangePassword as the first column',
      csv('ForceChangePassword,EmailAddress', 'Yes,ana@wingtiptoys.com'),
      [`${F}: row 2 has \`Yes\` as \`ForceChangePassword\`; the value must be True or False`],
    ),
    file('one column without a semicolon and without EmailAddress: no EmailAddress header', csv('Username', 'ana'), [
      `${F} has no \`EmailAddress\` column in its header (row 1): Exchange Online requires it; the columns are EmailAddress, Password and ForceChangePassword`,
    ]),
    file(
      'two columns, one with a semicolon: not read as a semicolon file',
      csv('User;Name,Password', 'ana,Winter2026!x'),
      [
        `${F} has no \`EmailAddress\` column in its header (row 1): Exchange Online requires it; the columns are EmailAddress, Password and ForceChangePassword`,
      ],
    ),
    file(
      'addresses one character short of an address, each alone on its row',
      csv('EmailAddress', 'a@b', '@b.c', 'a@.c', 'a@b.', 'a b@c.d', 'a@b@c.d', 'a@b.c d', 'xa@b.c@'),
      [notAnAddress(2, 'a@b', ' (and 7 more rows)')],
    ),
    file('an address with a space after the dot part, alone', csv('EmailAddress', 'a@b.c d'), [
      notAnAddress(2, 'a@b.c d'),
    ]),
    file('an address with a space before the @, alone', csv('EmailAddress', 'a b@c.d'), [notAnAddress(2, 'a b@c.d')]),
    file('an address with two @, alone', csv('EmailAddress', 'a@b@c.d'), [notAnAddress(2, 'a@b@c.d')]),
    file('an address with nothing before the @, alone', csv('EmailAddress', '@b.c'), [notAnAddress(2, '@b.c')]),
    file('an address with nothing between @ and the dot, alone', csv('EmailAddress', 'a@.c'), [
      notAnAddress(2, 'a@.c'),
    ]),
    file('an address with nothing after the dot, alone', csv('EmailAddress', 'a@b.'), [notAnAddress(2, 'a@b.')]),
    file('an address with text before it and a space, alone', csv('EmailAddress', 'x a@b.c'), [
      notAnAddress(2, 'x a@b.c'),
    ]),
    file(
      'three rows repeat one address, spaces around it: the first repeat, and 1 more',
      csv('EmailAddress', 'ana@wingtiptoys.com', ' ANA@wingtiptoys.com', 'ana@WINGTIPTOYS.com ', 'bo@wingtiptoys.com'),
      [`${F}: row 3 repeats \`ANA@wingtiptoys.com\` from row 2 (and 1 more row); each mailbox belongs in one row`],
    ),
    file(
      'a ForceChangePassword of Yes and of 1: the first, and 1 more',
      csv(HEADER, 'ana@wingtiptoys.com,Winter2026!x,Yes', 'bo@wingtiptoys.com,Winter2026!x, 1 '),
      [`${F}: row 2 has \`Yes\` as \`ForceChangePassword\` (and 1 more row); the value must be True or False`],
    ),
    file(
      'a ForceChangePassword padded with spaces is quoted without them',
      csv(HEADER, 'ana@wingtiptoys.com,Winter2026!x, Yes '),
      [`${F}: row 2 has \`Yes\` as \`ForceChangePassword\`; the value must be True or False`],
    ),
    file('a refusal without a reason', { refused: 'unreadable' }, [`${F} cannot be read: ?`]),
    file('too large without a limit', { refused: 'too-large' }, [
      `${F} is larger than 0 MB, so it is not read: a staged batch holds at most 2,000 rows`,
    ]),
    file('too large at 1.5 MB: the limit rounded', { refused: 'too-large', limit: 1.5 * 1024 * 1024 }, [
      `${F} is larger than 2 MB, so it is not read: a staged batch holds at most 2,000 rows`,
    ]),
    {
      name: 'a csv of spaces: no csv, at the field',
      code: edit(STAGED, 'csv: staged-wave1.csv', "csv: '  '"),
      options: reading(''),
      errors: [
        {
          ...at(edit(STAGED, 'csv: staged-wave1.csv', "csv: '  '"), "csv: '  '", "'  '"),
          messageId: 'noCsv',
          data: { batch: 'wave-1' },
        },
      ],
      output: null,
    },
    {
      name: 'a batch without a name or csv: `?`',
      code: edit(
        STAGED,
        '        batch: wave-1\n        method: staged\n        csv: staged-wave1.csv\n',
        '        method: staged\n',
      ),
      options: reading(''),
      errors: [{ messageId: 'noCsv', data: { batch: '?' } }],
      output: null,
    },
  ],
});
