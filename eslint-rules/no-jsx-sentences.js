/**
 * A local ESLint rule: every user-facing word lives in content/text/*.json and is shown with
 * `say(TABLE, code, params)`, so that the content checks (reading grade, copied text) see it.
 * It reports
 *   (a) JSX text that holds a word of two or more letters, and
 *   (b) string literals, and template literals with literal words, given to the attributes a user
 *       reads or hears (aria-label, title, placeholder, alt, label, hint, legend, caption,
 *       description, summary).
 * Punctuation, digits, whitespace and signs such as `·`, `×`, `→` or a single letter pass.
 */

/** A word of two or more letters, in any script. */
const WORD = /\p{L}{2,}/u;

/** The attributes whose value is read or heard by a user. */
const WORDED_ATTRIBUTES = new Set([
  'aria-label',
  'title',
  'placeholder',
  'alt',
  'label',
  'hint',
  'legend',
  'caption',
  'description',
  'summary',
]);

/** The name of a JSX attribute (`aria-label`, `xlink:href`), or null for a spread. */
function attributeName(node) {
  if (node.type !== 'JSXAttribute') return null;
  const { name } = node;
  return name.type === 'JSXNamespacedName' ? `${name.namespace.name}:${name.name.name}` : name.name;
}

/** The literal words of an expression given to an attribute, or null when it has none. */
function literalWords(expression) {
  if (!expression) return null;
  switch (expression.type) {
    case 'Literal':
      return typeof expression.value === 'string' && WORD.test(expression.value)
        ? expression.value
        : null;
    case 'TemplateLiteral': {
      const text = expression.quasis.map((q) => q.value.cooked ?? q.value.raw).join(' ');
      return WORD.test(text) ? text : null;
    }
    case 'ConditionalExpression':
      return literalWords(expression.consequent) ?? literalWords(expression.alternate);
    case 'LogicalExpression':
      return literalWords(expression.left) ?? literalWords(expression.right);
    case 'JSXExpressionContainer':
      return literalWords(expression.expression);
    default:
      return null;
  }
}

const shorten = (text) => {
  const t = text.trim().replace(/\s+/g, ' ');
  return t.length > 40 ? `${t.slice(0, 37)}...` : t;
};

/** @type {import('eslint').Rule.RuleModule} */
export const noJsxSentences = {
  meta: {
    type: 'suggestion',
    docs: {
      description:
        'Words a user reads or hears live in content/text/*.json and are shown with say(), not written in JSX.',
    },
    schema: [],
    messages: {
      text: 'Move "{{text}}" to a content/text table and show it with say().',
      attribute: 'Move the {{name}} "{{text}}" to a content/text table and show it with say().',
    },
  },
  create(context) {
    return {
      JSXText(node) {
        if (WORD.test(node.value)) {
          context.report({ node, messageId: 'text', data: { text: shorten(node.value) } });
        }
      },
      // A string literal written as a child: <p>{'Some words'}</p>.
      JSXExpressionContainer(node) {
        if (node.parent?.type !== 'JSXElement' && node.parent?.type !== 'JSXFragment') return;
        const text = literalWords(node.expression);
        if (text !== null)
          context.report({ node, messageId: 'text', data: { text: shorten(text) } });
      },
      JSXAttribute(node) {
        const name = attributeName(node);
        if (name === null || !WORDED_ATTRIBUTES.has(name) || !node.value) return;
        const text = literalWords(node.value);
        if (text !== null) {
          context.report({ node, messageId: 'attribute', data: { name, text: shorten(text) } });
        }
      },
    };
  },
};

/** The plugin, as eslint.config.js registers it: `plugins: { local: localRules }`. */
export const localRules = { rules: { 'no-jsx-sentences': noJsxSentences } };

export default localRules;
