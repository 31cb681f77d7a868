(function () {
  const { h, render, send, onMessage } = window.clinote;

  function traitList(traits) {
    return (traits || []).map((t) => h('span', { class: 'trait' }, t.toLowerCase().replace(/_/g, ' ')));
  }

  function codeItem(code, decision) {
    const classes = ['item', decision === 'accepted' ? 'accepted' : '', decision === 'rejected' ? 'rejected' : ''].join(' ').trim();
    return h(
      'li',
      { class: classes, 'data-code': code.code },
      h('div', {}, h('span', { class: 'code' }, code.code), ' ', code.description, ' ', h('span', { class: 'badge', title: 'score' }, code.score.toFixed(2)), code.billable ? '' : h('span', { class: 'trait' }, 'header'), traitList(code.traits)),
      code.excludes1Conflicts && code.excludes1Conflicts.length ? h('div', { class: 'warning' }, 'Excludes1 conflict with ' + code.excludes1Conflicts.join(', ')) : null,
      h(
        'div',
        {},
        (code.evidence || []).map((e) =>
          h('button', { class: 'link evidence', title: 'Show in the note', onClick: () => send('reveal', { start: e.start, end: e.end }) }, '“' + e.text + '”'),
        ),
      ),
      h(
        'div',
        { class: 'toolbar' },
        h('button', { class: decision === 'accepted' ? '' : 'secondary', 'aria-pressed': decision === 'accepted', onClick: () => send('decide', { code: code.code, decision: decision === 'accepted' ? undefined : 'accepted' }) }, decision === 'accepted' ? 'Accepted' : 'Accept'),
        h('button', { class: 'secondary', 'aria-pressed': decision === 'rejected', onClick: () => send('decide', { code: code.code, decision: decision === 'rejected' ? undefined : 'rejected' }) }, decision === 'rejected' ? 'Rejected' : 'Reject'),
        h('button', { class: 'secondary', onClick: () => send('insert', { code: code.code }) }, 'Insert'),
        h('button', { class: 'secondary', onClick: () => send('copy', { code: code.code }) }, 'Copy'),
      ),
    );
  }

  onMessage((state) => {
    if (state.type === 'focus') {
      const item = document.querySelector(`[data-code="${CSS.escape(state.code)}"]`);
      if (item) {
        item.scrollIntoView({ block: 'center' });
        const button = item.querySelector('button');
        if (button) button.focus();
      }
      return;
    }
    if (state.type !== 'state') return;
    if (state.error) return render(h('p', { class: 'error' }, state.error));
    if (!state.note) return render(h('p', { class: 'muted' }, 'Open a clinical note to see the ICD-10-CM codes it supports.'));
    const decisions = state.decisions || {};
    const accepted = state.codes.filter((c) => decisions[c.code] === 'accepted');
    const groups = new Map();
    for (const code of state.codes) {
      const section = code.section || 'Other';
      if (!groups.has(section)) groups.set(section, []);
      groups.get(section).push(code);
    }
    render(
      h('div', { class: 'toolbar' }, h('span', { class: 'muted' }, state.note), h('button', { onClick: () => send('copyAccepted'), disabled: accepted.length === 0 }, `Copy accepted (${accepted.length})`), h('button', { class: 'secondary', onClick: () => send('refresh') }, 'Refresh')),
      state.codes.length === 0 ? h('p', { class: 'muted' }, 'No codes: the note supports none that Clinote recognises.') : null,
      [...groups].map(([section, codes]) => [h('h2', {}, section), h('ul', { role: 'list' }, codes.map((c) => codeItem(c, decisions[c.code])))]),
    );
  });
})();
