(function () {
  const { h, render, send, onMessage } = window.clinote;
  const SECTION_TITLES = { problems: 'Problems / assessment', medications: 'Medications', allergies: 'Allergies', findings: 'Key findings', plan: 'Plan', followup: 'Follow-up' };
  let streamed = '';

  /** Shows `text` with the claims the note does not support underlined. */
  function withUnsupported(text, unsupported) {
    if (!unsupported || unsupported.length === 0) return [text];
    const parts = [];
    let cursor = 0;
    for (const claim of [...unsupported].sort((a, b) => a.start - b.start)) {
      if (claim.start < cursor) continue;
      parts.push(text.slice(cursor, claim.start));
      parts.push(h('span', { class: 'unsupported', title: `Not supported by the note (${claim.kind})` }, text.slice(claim.start, claim.end)));
      cursor = claim.end;
    }
    parts.push(text.slice(cursor));
    return parts;
  }

  function item(entry) {
    const source = entry.sources && entry.sources[0];
    const label = [entry.status ? `[${entry.status}] ` : '', ...withUnsupported(entry.text, entry.unsupported)];
    return h(
      'li',
      { class: 'item' },
      source
        ? h('button', { class: 'link', title: 'Show the source in the note', onClick: () => send('reveal', { start: source.start, end: source.end }) }, label)
        : h('span', {}, label),
    );
  }

  function toolbar(state) {
    return h(
      'div',
      { class: 'toolbar' },
      h('button', { onClick: () => send('summarize', { engine: 'embedded' }) }, 'Summarize'),
      state.llmEnabled ? h('button', { class: 'secondary', onClick: () => send('summarize', { engine: 'llm' }) }, 'Summarize with LLM') : null,
      state.summary ? h('button', { class: 'secondary', onClick: () => send('insert') }, 'Insert at cursor') : null,
      state.summary ? h('button', { class: 'secondary', onClick: () => send('copy') }, 'Copy') : null,
    );
  }

  onMessage((state) => {
    if (state.type === 'delta') {
      streamed += state.delta;
      const stream = document.getElementById('stream');
      if (stream) stream.textContent = streamed;
      return;
    }
    if (state.type !== 'state') return;
    if (state.running) {
      streamed = '';
      return render(toolbar(state), h('progress', { 'aria-label': 'Summarising' }), h('p', { class: 'muted' }, state.running), h('div', { id: 'stream', class: 'stream' }));
    }
    if (!state.summary) {
      return render(toolbar(state), state.error ? h('p', { class: 'error' }, state.error) : h('p', { class: 'muted' }, 'Run “Clinote: Summarize Note” or press Summarize.'));
    }
    const summary = state.summary;
    const bySection = new Map();
    for (const entry of summary.items) {
      if (!bySection.has(entry.section)) bySection.set(entry.section, []);
      bySection.get(entry.section).push(entry);
    }
    render(
      toolbar(state),
      h('div', { class: 'toolbar' }, h('span', { class: 'badge', id: 'engine-badge', title: 'Engine used' }, summary.engine === 'llm' ? `LLM · ${state.model || ''}` : 'Embedded (offline)'), h('span', { class: 'muted' }, state.note || '')),
      state.error ? h('p', { class: 'error' }, state.error) : null,
      state.patient
        ? [
            h('h2', {}, 'Patient'),
            h('div', { id: 'summary-patient', class: 'code' }, state.patient.name),
            state.patient.demographics ? h('div', { class: 'muted' }, state.patient.demographics) : null,
            state.patient.activeProblems.length ? h('div', { class: 'muted' }, 'Active problems: ' + state.patient.activeProblems.join('; ')) : null,
          ]
        : null,
      h('h2', {}, 'Summary'),
      h('ul', { role: 'list', id: 'one-liner' }, item({ ...summary.oneLiner, section: 'oneLiner' })),
      [...bySection].map(([section, entries]) => [h('h2', {}, SECTION_TITLES[section] || section), h('ul', { role: 'list' }, entries.map(item))]),
    );
  });
})();
