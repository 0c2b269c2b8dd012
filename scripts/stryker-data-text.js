// A Stryker ignore-plugin for `npm run mutate` (scripts/mutate.ts, docs/testing.md#mutation-testing):
// it leaves text for people out of mutation: rule descriptions and message templates, the
// English and Swedish texts of the knowledge tables, and the links to the pages a fact comes
// from. A test that pins such a string pins its wording, not a behaviour, and each of these
// mutants is a static one (module-level data), the costliest kind: a fresh test process
// running all the file's tests. Numbers, dates, versions, update levels, ids, patterns and
// commands stay mutated, as does every expression that decides something: only values made
// of string literals (and names of constants) are skipped, never a condition, a call or an
// optional chain inside them.
//
// A mutant skipped here is reported as "Ignored" with a reason starting "data text:", which
// the summary counts apart from the equivalent mutants marked in the source.

/** Keys whose value is text for people (localized or not). */
const TEXT_KEYS = new Set(['description', 'messages', 'patternHint', 'en', 'sv', 'wording']);
/** Keys whose value is a link to a documentation page. */
const LINK_KEY = /^(url|link|links|source|sourceUrls)$|Source$/;
const LINK_TEXT = /^https?:\/\//;
const KB_ARTICLE = /^KB\d+$/;

/** Whether `node` is made only of string literals, constant names, `+` and objects of such. */
function isText(node) {
  if (!node) return false;
  switch (node.type) {
    case 'StringLiteral':
    case 'Identifier':
      return true;
    case 'TemplateLiteral':
      return node.expressions.every(isText);
    case 'MemberExpression':
      return !node.optional && isText(node.object) && (!node.computed || node.property.type === 'StringLiteral');
    case 'BinaryExpression':
      return node.operator === '+' && isText(node.left) && isText(node.right);
    case 'ArrayExpression':
      return node.elements.every((e) => e !== null && isText(e));
    case 'ObjectExpression':
      return node.properties.every((p) => p.type === 'ObjectProperty' && !p.computed && isText(p.value));
    case 'TSAsExpression':
    case 'TSSatisfiesExpression':
      return isText(node.expression);
    default:
      return false;
  }
}

function keyName(node) {
  if (node.computed) return undefined;
  if (node.key.type === 'Identifier') return node.key.name;
  if (node.key.type === 'StringLiteral') return node.key.value;
  return undefined;
}

const dataText = {
  shouldIgnore(path) {
    const node = path.node;
    if (node.type === 'ObjectProperty') {
      const key = keyName(node);
      if (key === undefined || !isText(node.value)) return undefined;
      if (TEXT_KEYS.has(key)) return `data text: the ${key} text is for people; its wording is not a behaviour`;
      if (LINK_KEY.test(key)) return `data text: ${key} is a link to documentation; its address is not a behaviour`;
      return undefined;
    }
    // A catalogue of one language's texts, `const procedureEn = { id: 'text', … }` and its
    // `…Sv` twin (knowledge/procedures.ts; read through l10n/catalogue.ts by message id).
    if (
      node.type === 'VariableDeclarator' &&
      node.id.type === 'Identifier' &&
      /[a-z](En|Sv)$/.test(node.id.name) &&
      node.init?.type !== 'Identifier' &&
      isText(node.init)
    )
      return `data text: ${node.id.name} is a catalogue of texts for people; their wording is not a behaviour`;
    // `data: { source: … }`: a finding's link and nothing else.
    if (
      node.type === 'ObjectExpression' &&
      node.properties.length > 0 &&
      node.properties.every((p) => p.type === 'ObjectProperty' && LINK_KEY.test(keyName(p) ?? '') && isText(p.value))
    )
      return 'data text: an object holding only a link to documentation; the link is not a behaviour';
    // The build table's KB column: article numbers for people; no code reads them.
    if (node.type === 'StringLiteral' && KB_ARTICLE.test(node.value))
      return 'data text: a Knowledge Base article number, a reference for people that no code reads';
    if (node.type === 'StringLiteral' && LINK_TEXT.test(node.value))
      return 'data text: a link to documentation; its address is not a behaviour';
    if (node.type === 'TemplateLiteral' && LINK_TEXT.test(node.quasis[0]?.value.cooked ?? ''))
      return 'data text: a link to documentation; its address is not a behaviour';
    return undefined;
  },
};

// The shape `declareValuePlugin(PluginKind.Ignore, …)` of @stryker-mutator/api returns,
// written out so the script needs no import of Stryker's internals.
exports.strykerPlugins = [{ kind: 'Ignore', name: 'data-text', value: dataText }];
