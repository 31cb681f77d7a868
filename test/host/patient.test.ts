import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openNote, requireCommand, revertAndCloseAll } from './helpers';

/** MRN of the synthetic patient Morris Lockman (diabetes, hypertension) in the shipped data/fhir bundles. */
const lockmanMrn = 'cd9e9826-aea1-4682-adc0-c1d97633bf31';

interface PatientPanelState {
  link?: { kind?: string; value?: string };
  context?: { patient: { name: string }; conditions: Array<{ display: string }> };
  error?: string;
}

describe('Patient context', () => {
  afterEach(revertAndCloseAll);

  it('a note whose header names an MRN shows that patient\'s problems from the FHIR server', async function () {
    await requireCommand(this, 'clinote.refreshPatient');
    const { document } = await openNote();
    // Link through the note header (unsaved edit), as a clinician's template would.
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, document.lineAt(0).range, `MRN: ${lockmanMrn}`);
    assert.equal(await vscode.workspace.applyEdit(edit), true);

    // A refresh answers undefined when a newer one (the edit triggers its own) superseded it; ask again then.
    let state: PatientPanelState | undefined;
    for (let attempt = 0; attempt < 5 && !state; attempt++) {
      state = await vscode.commands.executeCommand<PatientPanelState | undefined>('clinote.refreshPatient');
    }
    assert.ok(state, 'clinote.refreshPatient returned no panel state in 5 attempts');
    assert.equal(state.error, undefined, `the Patient panel reports an error: ${state.error}`);
    assert.ok(state.context, 'the note is not linked to a patient');
    assert.match(state.context.patient.name, /Lockman/);
    const problems = state.context.conditions.map((condition) => condition.display).join('; ');
    assert.match(problems, /diabetes/i, 'the linked patient\'s active problems include diabetes');
  });
});
