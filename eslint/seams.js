// The seams between the app's parts, checked on every import (static or dynamic):
// - a feature never imports another feature: what two need lives in src/ui (shared UI),
//   src/private (the private tier), src/domain (pure rules) or src/app (the shell);
// - components never import src/db: each feature reads through its data hooks and writes
//   through its own changes module, so storage can change without touching screens;
// - src/ui and src/private never import a feature.
import { dirname, relative, resolve, sep } from 'node:path';

const SRC = resolve(import.meta.dirname, '..', 'src');

/** The part of src/ a path belongs to: ['features', 'plan'], ['db'], ['ui'], …, or null. */
function partOf(path) {
  const inside = relative(SRC, path);
  if (inside.startsWith('..')) return null;
  const [top, sub] = inside.split(sep);
  return top === 'features' ? ['features', sub] : [top];
}

function problem(fromFile, target) {
  const from = partOf(fromFile);
  const to = partOf(target);
  if (!from || !to) return null;
  if (from[0] === 'features' && to[0] === 'features' && from[1] !== to[1]) {
    return `A feature never imports another feature (${from[1]} → ${to[1]}): move what both need to src/ui, src/private, src/domain or src/app.`;
  }
  if ((from[0] === 'ui' || from[0] === 'private') && to[0] === 'features') {
    return `src/${from[0]} is shared by features and never imports one.`;
  }
  const isComponent = fromFile.endsWith('.tsx') && !fromFile.endsWith(`${sep}start.tsx`);
  if (isComponent && to[0] === 'db') {
    return 'Components never import src/db: read through the feature’s data hooks and write through its changes module.';
  }
  return null;
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps the seams between features, shared UI and storage.' },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const message = problem(file, resolve(dirname(file), source));
      if (message) context.report({ node, message });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

export default { rules: { seams: rule } };
