(function () {
  const { h, render, send, onMessage } = window.clinote;

  function list(title, items, renderItem, empty) {
    return [h('h2', {}, title), items && items.length ? h('ul', { role: 'list' }, items.map(renderItem)) : h('p', { class: 'muted' }, empty || 'None recorded.')];
  }

  function codeOf(item) {
    const icd = (item.codes || []).find((c) => c.system && /icd-?10/i.test(c.system));
    return icd || (item.codes || [])[0];
  }

  onMessage((state) => {
    if (state.type !== 'state') return;
    const toolbar = h(
      'div',
      { class: 'toolbar' },
      h('button', { onClick: () => send('link') }, state.context ? 'Link another patient…' : 'Link note to patient…'),
      state.link ? h('button', { class: 'secondary', onClick: () => send('refresh') }, 'Refresh') : null,
    );
    if (!state.note) return render(h('p', { class: 'muted' }, 'Open a clinical note to see its patient.'));
    if (!state.link) return render(toolbar, h('p', { class: 'muted' }, 'This note is not linked to a patient. Add a line “Patient: <FHIR id>” or “MRN: <value>”, or link it here.'));
    if (state.loading) return render(toolbar, h('progress', { 'aria-label': 'Loading the patient chart' }));
    if (!state.context) return render(toolbar, h('p', { class: 'error' }, state.error || 'The patient chart could not be loaded.'));
    const c = state.context;
    const p = c.patient;
    render(
      toolbar,
      h('h2', {}, 'Patient'),
      h('div', { id: 'patient-name', class: 'code' }, p.name),
      h('div', { class: 'muted' }, [p.gender, p.birthDate ? 'born ' + p.birthDate : '', p.mrn ? 'MRN ' + p.mrn : ''].filter(Boolean).join(' · ')),
      state.error ? h('p', { class: 'warning' }, state.error) : null,
      (c.warnings || []).map((w) => h('p', { class: 'warning' }, w)),
      list('Active problems', c.conditions, (condition) => {
        const code = codeOf(condition);
        return h(
          'li',
          { class: 'item problem' },
          h('button', { class: 'link', title: 'Insert at the cursor', onClick: () => send('insert', { text: condition.display }) }, condition.display),
          code && code.code ? [' ', h('button', { class: 'link code', title: 'Insert the code at the cursor', onClick: () => send('insert', { text: code.code }) }, code.code)] : null,
          condition.onset ? h('span', { class: 'trait' }, 'since ' + condition.onset.slice(0, 10)) : null,
        );
      }),
      list('Active medications', c.medications, (m) => h('li', { class: 'item' }, m.display, m.dosage ? h('div', { class: 'muted' }, m.dosage) : null)),
      list('Allergies', c.allergies, (a) => h('li', { class: 'item' }, a.substance, a.reactions && a.reactions.length ? h('span', { class: 'trait' }, a.reactions.join(', ')) : null, a.criticality ? h('span', { class: 'trait' }, a.criticality) : null), 'No known allergies recorded.'),
      list('Recent vitals and labs', c.observations, (o) => h('li', { class: 'item' }, o.display, ': ', o.value || '—', o.effective ? h('span', { class: 'trait' }, o.effective.slice(0, 10)) : null)),
      list('Recent encounters', c.encounters, (e) => h('li', { class: 'item' }, e.type || 'Encounter', e.reasons && e.reasons.length ? h('span', { class: 'trait' }, e.reasons.join(', ')) : null, e.start ? h('span', { class: 'trait' }, String(e.start).slice(0, 10)) : null)),
      list('Recent documents', c.documents, (d) => h('li', { class: 'item' }, d.description || d.type || 'Document', d.date ? h('span', { class: 'trait' }, String(d.date).slice(0, 10)) : null)),
      h('p', { class: 'muted' }, 'From ' + c.baseUrl + ' at ' + c.fetchedAt),
    );
  });
})();
