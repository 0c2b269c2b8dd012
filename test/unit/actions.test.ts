// The vocabulary's lookups (knowledge/actions.ts): which fields of an action name servers
// and which name a migration batch, for completion, rename and the rules; an action the
// vocabulary does not have, or none, has no such fields.
import * as assert from 'assert';
import { actionSpec, batchFieldsOf, serverFieldsOf } from '../../src/core/knowledge/actions';

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
