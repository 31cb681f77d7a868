import type { OneLiner, SummaryItem, SummarySection } from './types';
import { SUMMARY_SECTIONS } from './types';

const HEADINGS: Record<SummarySection, string> = {
  problems: 'Problems', medications: 'Medications', allergies: 'Allergies', findings: 'Key findings', plan: 'Plan', followup: 'Follow-up',
};

/** Plain text for the CLI and clipboards: the one-liner, then one block per section in a fixed order. */
export function renderSummary(oneLiner: OneLiner, items: readonly SummaryItem[]): string {
  const blocks: string[] = [];
  if (oneLiner.text) blocks.push(oneLiner.text);
  for (const section of SUMMARY_SECTIONS) {
    const lines = items.filter((item) => item.section === section)
      .map((item) => `- ${item.text}${item.status && item.status !== 'continued' ? ` (${item.status})` : ''}`);
    if (lines.length > 0) blocks.push(`${HEADINGS[section]}:\n${lines.join('\n')}`);
  }
  return blocks.join('\n\n');
}
