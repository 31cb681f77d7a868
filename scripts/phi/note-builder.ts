// Turns templates into gold notes. A template is text with `{slot}` for a generated value (PHI or filler)
// and `{?one|two|three}` for a random choice among alternatives (which may hold slots themselves).
import type { PhiCategory, PhiSubtype } from '../../server/src/core/phi/types';
import type { GoldNote, GoldSpan } from './gold';
import type { Random } from './prng';

export interface PhiPiece {
  phi: string;
  category: PhiCategory;
  subtype: PhiSubtype;
  extendedOnly?: boolean;
}
export type Fragment = string | PhiPiece | readonly Fragment[];

export function phi(text: string, category: PhiCategory, subtype: PhiSubtype, extendedOnly = false): PhiPiece {
  return extendedOnly ? { phi: text, category, subtype, extendedOnly } : { phi: text, category, subtype };
}

export type Slot<C> = (context: C) => Fragment;
export type SlotTable<C> = Record<string, Slot<C>>;

/** Typing habits applied to the template's own words, never inside PHI, so gold offsets stay exact. */
export interface Noise {
  typoRate: number;
  doubleSpaceRate: number;
  missingSpaceRate: number;
}

const CALM: Noise = { typoRate: 0, doubleSpaceRate: 0, missingSpaceRate: 0 };

type Node = { kind: 'text'; text: string } | { kind: 'slot'; name: string } | { kind: 'choice'; options: Node[][] };

const parsedTemplates = new Map<string, Node[]>();

function parse(template: string): Node[] {
  const cached = parsedTemplates.get(template);
  if (cached) return cached;
  let at = 0;
  const sequence = (stopAtBar: boolean): Node[] => {
    const nodes: Node[] = [];
    let text = '';
    const flush = () => {
      if (text) nodes.push({ kind: 'text', text });
      text = '';
    };
    while (at < template.length) {
      const char = template[at];
      if (char === '}' || (stopAtBar && char === '|')) break;
      if (char === '{') {
        flush();
        at++;
        if (template[at] === '?') {
          at++;
          const options: Node[][] = [sequence(true)];
          while (template[at] === '|') {
            at++;
            options.push(sequence(true));
          }
          if (template[at] !== '}') throw new Error(`unclosed choice in template: ${template.slice(0, 60)}`);
          at++;
          nodes.push({ kind: 'choice', options });
        } else {
          const close = template.indexOf('}', at);
          if (close < 0) throw new Error(`unclosed slot in template: ${template.slice(0, 60)}`);
          nodes.push({ kind: 'slot', name: template.slice(at, close) });
          at = close + 1;
        }
        continue;
      }
      text += char;
      at++;
    }
    flush();
    return nodes;
  };
  const nodes = sequence(false);
  if (at !== template.length) throw new Error(`stray '}' in template: ${template.slice(0, 60)}`);
  parsedTemplates.set(template, nodes);
  return nodes;
}

/** Checks every slot a template names exists, so a typo fails at generation rather than silently. */
export function checkTemplates<C>(templates: readonly string[], slots: SlotTable<C>): void {
  const visit = (nodes: Node[]) => {
    for (const node of nodes) {
      if (node.kind === 'slot' && !(node.name in slots)) throw new Error(`unknown slot {${node.name}}`);
      if (node.kind === 'choice') node.options.forEach(visit);
    }
  };
  templates.forEach((template) => visit(parse(template)));
}

export class NoteAssembler<C> {
  private text = '';
  private readonly spans: GoldSpan[] = [];

  constructor(
    private readonly rng: Random,
    private readonly slots: SlotTable<C>,
    private readonly context: C,
    private readonly noise: Noise = CALM,
  ) {}

  get length(): number {
    return this.text.length;
  }

  render(template: string): this {
    this.renderNodes(parse(template));
    return this;
  }

  append(fragment: Fragment): this {
    if (typeof fragment === 'string') {
      this.text += this.roughen(fragment);
    } else if ('phi' in fragment) {
      const start = this.text.length;
      this.text += fragment.phi;
      const span: GoldSpan = { start, end: this.text.length, category: fragment.category, subtype: fragment.subtype };
      if (fragment.extendedOnly) span.extendedOnly = true;
      this.spans.push(span);
    } else {
      for (const part of fragment as readonly Fragment[]) this.append(part);
    }
    return this;
  }

  /** Upper-casing keeps offsets only if no character changes length (e.g. German ß would). */
  build(id: string, style: string, caps: boolean): GoldNote {
    const text = caps ? this.text.toUpperCase() : this.text;
    if (text.length !== this.text.length) throw new Error(`upper-casing changed the length of note ${id}`);
    return { id, style, caps, text, spans: this.spans.map((span) => ({ ...span })) };
  }

  private renderNodes(nodes: readonly Node[]): void {
    for (const node of nodes) {
      if (node.kind === 'text') this.append(node.text);
      else if (node.kind === 'choice') this.renderNodes(this.rng.pick(node.options));
      else {
        const slot = this.slots[node.name];
        if (!slot) throw new Error(`unknown slot {${node.name}}`);
        this.append(slot(this.context));
      }
    }
  }

  private roughen(text: string): string {
    const { rng, noise } = this;
    if (noise.typoRate === 0 && noise.doubleSpaceRate === 0 && noise.missingSpaceRate === 0) return text;
    let out = text.replace(/([.,;:]) (?=\S)/g, (match, mark: string) => {
      if (rng.chance(noise.doubleSpaceRate)) return `${mark}  `;
      if (mark !== '.' && rng.chance(noise.missingSpaceRate)) return mark;
      return match;
    });
    out = out.replace(/\b[a-z]{6,}\b/g, (word) => {
      if (!rng.chance(noise.typoRate)) return word;
      const at = rng.int(1, word.length - 3);
      return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
    });
    return out;
  }
}
