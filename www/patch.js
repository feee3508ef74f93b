// Updates part of the page in place. The caller builds the new content from scratch, as if for
// an empty element, and hands it here: afterwards the element's children are equal
// (Node.isEqualNode) to what was built, but the nodes that did not change are the old ones, left
// where they were. The browser then keeps their style, layout and focus instead of redoing them:
// moving the length slider changes a few list items, not the whole card.
//
//   patchChildren(card, [header, summary, keywords]);   // card's children now equal these
//   keyed(item, "s-12");      // in a later patch, this node updates the old node of the same key
//   patchAttributes(panel, fresh);                       // panel's attributes now equal fresh's
//   list.append(reuse(oldTable));   // a stand-in: patching keeps oldTable there, as it is
//
// Old nodes are matched to new ones by key when the new node has one, else in order among the
// unkeyed old nodes of the same kind (tag). A matched old node is changed into the new one
// (attributes, text, then its children the same way); a node the caller passes that is already a
// child of the element is kept as it is, and so is an old node built into the new content
// through a stand-in (`reuse`), which spares building what is known not to have changed. Only
// attributes and child nodes are compared: the elements built for the page keep no other state
// (a <details>'s state is its `open` attribute), and their event handlers are delegated to the
// card.

const keys = new WeakMap();
const standIns = new WeakMap(); // stand-in → the old node it stands for

/** Gives `node` a key for later patches; returns the node. */
export function keyed(node, key) {
  keys.set(node, key);
  return node;
}

/** A stand-in for `node` in content being built: patching puts `node` itself in its place. */
export function reuse(node) {
  const standIn = document.createComment("");
  standIns.set(standIn, node);
  return standIn;
}

/** Makes `parent`'s children equal to `nodes`, reusing and changing its old children. */
export function patchChildren(parent, nodes) {
  const reused = new Set();
  nodes = nodes.map((node) => {
    const old = standIns.get(node);
    if (old) reused.add(old);
    return old ?? node;
  });
  const wanted = new Set(nodes);
  const byKey = new Map();
  const unkeyed = [];
  for (const node of parent.childNodes) {
    if (wanted.has(node)) continue;
    const key = keys.get(node);
    if (key === undefined) unkeyed.push(node);
    else if (!byKey.has(key)) byKey.set(key, node);
  }

  // Which node ends up at each place: an old one (changed to equal the new one) or the new one.
  let next = 0; // unkeyed old nodes before this one are taken or passed over
  const targets = nodes.map((node) => {
    if (node.parentNode === parent || reused.has(node)) return node;
    const key = keys.get(node);
    let old = null;
    if (key !== undefined) {
      old = byKey.get(key) ?? null;
      if (old && !sameKind(old, node)) old = null;
      else byKey.delete(key);
    } else {
      for (let j = next; j < unkeyed.length; j++) {
        if (sameKind(unkeyed[j], node)) {
          old = unkeyed[j];
          next = j + 1;
          break;
        }
      }
    }
    if (!old) return withReused(node); // new content, going in whole
    update(old, node);
    return old;
  });

  // Put them in place, removing the old nodes nobody took; nodes already in order stay put.
  const kept = new Set(targets);
  let at = parent.firstChild;
  for (const target of targets) {
    while (at && !kept.has(at)) {
      const after = at.nextSibling;
      at.remove();
      at = after;
    }
    if (target === at) at = at.nextSibling;
    else parent.insertBefore(target, at);
  }
  while (at) {
    const after = at.nextSibling;
    at.remove();
    at = after;
  }
}

/** `node` with the stand-ins inside it replaced by the nodes they stand for. */
function withReused(node) {
  if (node.nodeType !== Node.ELEMENT_NODE) return node;
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_COMMENT);
  const found = [];
  while (walker.nextNode()) if (standIns.has(walker.currentNode)) found.push(walker.currentNode);
  for (const standIn of found) standIn.replaceWith(standIns.get(standIn));
  return node;
}

function sameKind(a, b) {
  return a.nodeType === b.nodeType && a.nodeName === b.nodeName;
}

/** Gives `element` the attributes of `like` (and no others); returns `element`. */
export function patchAttributes(element, like) {
  for (const { name } of [...element.attributes]) {
    if (!like.hasAttribute(name)) element.removeAttribute(name);
  }
  for (const { name, value } of like.attributes) {
    if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  }
  return element;
}

/** Changes `old` (of the same kind as `node`) until it equals `node`. */
function update(old, node) {
  if (old.isEqualNode(node)) return;
  if (old.nodeType !== Node.ELEMENT_NODE) {
    old.nodeValue = node.nodeValue;
    return;
  }
  patchAttributes(old, node);
  patchChildren(old, [...node.childNodes]);
}
