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

  // A 'ready' sent while VS Code is still wiring the view up can be lost (its frame may be re-created), so the
  // page asks again until the host has answered once.
  function onMessage(handler) {
    let answered = false;
    window.addEventListener('message', (event) => {
      answered = true;
      handler(event.data);
    });
    let attempts = 0;
    (function askForState() {
      if (answered || attempts++ >= 30) return;
      send('ready');
      setTimeout(askForState, 1000);
    })();
  }

  window.clinote = { h, render, send, onMessage };
})();
