// The vocabulary's lookups (knowledge/actions.ts): which fields of an action name servers
// and which name a migration batch, for completion, rename and the rules; an action the
// vocabulary does not have, or none, has no such fields.
import * as assert from 'assert';
import {
  ACTIONS,
  actionSpec,
  batchFieldsOf,
  type FieldSpec,
  OBJECT_SPECS,
  serverFieldsOf,
  STEP_FIELDS,
} from '../../src/core/knowledge/actions';

describe('actions: the fields that name servers and batches', () => {
  it('server fields: an existing server, a new one, or a server or the tenant', () => {
    assert.deepStrictEqual(serverFieldsOf('update-server'), ['server']);
    assert.deepStrictEqual(serverFieldsOf('install-exchange'), ['server']);
    assert.deepStrictEqual(serverFieldsOf('move-mailboxes'), ['from', 'to']);
    assert.deepStrictEqual(serverFieldsOf('create-migration-batch'), []);
  });

  it('batch fields: only the field that names a batch, not the batch’s other fields', () => {
    assert.deepStrictEqual(batchFieldsOf('create-migration-batch'), ['batch']);
    assert.deepStrictEqual(batchFieldsOf('start-migration-batch'), ['batch']);
    assert.deepStrictEqual(batchFieldsOf('update-server'), []);
  });

  it('an action the vocabulary does not have, or none: no spec and no fields', () => {
    for (const action of ['update-sever', 'Update-Server', '', undefined]) {
      assert.strictEqual(actionSpec(action), undefined, String(action));
      assert.deepStrictEqual(serverFieldsOf(action), [], String(action));
      assert.deepStrictEqual(batchFieldsOf(action), [], String(action));
    }
    assert.strictEqual(actionSpec('update-server')?.id, 'update-server');
  });
});

describe('actions: every example is a value its field accepts', () => {
  // Snippets, hover and the schema's `examples` show these values: an empty one, or one the
  // field's own enum or pattern refuses, would teach a runbook that fails its own checks.
  const fields: [string, FieldSpec][] = [
    ...ACTIONS.flatMap((a) => Object.entries(a.fields).map(([k, f]): [string, FieldSpec] => [`${a.id}.${k}`, f])),
    ...Object.entries(STEP_FIELDS).map(([k, f]): [string, FieldSpec] => [`step.${k}`, f]),
    ...Object.entries(OBJECT_SPECS).flatMap(([o, spec]) =>
      Object.entries(spec.fields).map(([k, f]): [string, FieldSpec] => [`${o}.${k}`, f]),
    ),
  ];

  it('each example is not empty, and each of its items is in the enum and matches the pattern', () => {
    let checked = 0;
    for (const [name, field] of fields) {
      if (field.example === undefined) continue;
      const items = Array.isArray(field.example) ? field.example : [field.example];
      assert.ok(items.length > 0, `${name}: an empty list`);
      for (const item of items) {
        assert.notStrictEqual(String(item), '', `${name}: an empty example`);
        if (field.enum) assert.ok(field.enum.includes(String(item)), `${name}: ${String(item)} is not in its enum`);
        if (field.pattern) assert.match(String(item), new RegExp(field.pattern), name);
      }
      checked++;
    }
    assert.ok(checked >= 20, `only ${checked} examples`);
  });

  it('install-exchange: a Windows version and a role as its examples', () => {
    const install = actionSpec('install-exchange')!;
    assert.strictEqual(install.fields.os.example, '2019');
    assert.deepStrictEqual(install.fields.roles.example, ['mailbox']);
  });

  it('every yes/no field gives the example the schema and snippets publish', () => {
    // A runbook shows a switch that is on; directorySync's `false` is the usual starting
    // point of a first move to Microsoft 365 (sync not yet set up).
    const examples: Record<string, unknown> = {};
    for (const [name, field] of fields) if (field.kind === 'boolean') examples[name] = field.example;
    assert.deepStrictEqual(examples, {
      'install-exchange.hybrid': true,
      'configure-directory-sync.enabled': true,
      'step.done': true,
      'organization.publicFolders': true,
      'organization.directorySync': false,
      'server.publicFolders': true,
    });
  });
});
