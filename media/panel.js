// Shared by every Clinote panel. Everything shown is built with DOM text APIs: data from notes or FHIR servers
// is never parsed as HTML, so markup in it stays inert text.
(function () {
  const vscode = acquireVsCodeApi();

  /** h('li', { class: 'item', onClick: fn }, 'text', child) */
  function h(tag, attributes, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2).toLowerCase(), value);
      else element.setAttribute(name, value === true ? '' : String(value));
    }
    for (const child of children.flat(Infinity)) {
      if (child === undefined || child === null || child === false) continue;
      element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return element;
  }

  function render(...nodes) {
    const root = document.getElementById('root');
    root.replaceChildren(...nodes.flat(Infinity).filter(Boolean));
  }

  function send(type, payload) {
    vscode.postMessage({ type, ...(payload || {}) });
  }

  function onMessage(handler) {
    window.addEventListener('message', (event) => handler(event.data));
    send('ready');
  }

  window.clinote = { h, render, send, onMessage };
})();
