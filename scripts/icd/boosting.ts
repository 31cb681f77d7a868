/**
 * Gradient-boosted regression trees for the logistic loss, on top of a given margin (the ranker's linear
 * part), in the heap layout server/src/core/icd/ranker.ts reads. Signals are cut into quantile bins once,
 * so each level of a tree is one pass over the rows per signal.
 */

export interface BoostingOptions {
  trees: number;
  depth: number;
  learningRate: number;
  /** A leaf needs at least this much summed hessian (p(1-p)): no leaf for a handful of rows. */
  minLeafHessian: number;
  /** L2 penalty on leaf values. */
  l2: number;
  /** At most this many cut points per signal. */
  bins: number;
}

export const DEFAULT_BOOSTING: BoostingOptions = { trees: 100, depth: 4, learningRate: 0.16, minLeafHessian: 8, l2: 2, bins: 32 };

interface Binned {
  /** Per signal, ascending cut points; bin b holds values in (cuts[b-1], cuts[b]]. */
  cuts: number[][];
  /** Per signal, each row's bin. */
  bins: Uint8Array[];
}

function binSignals(rows: readonly (readonly number[])[], maxBins: number): Binned {
  const signals = rows[0]?.length ?? 0;
  const cuts: number[][] = [];
  const bins: Uint8Array[] = [];
  for (let s = 0; s < signals; s++) {
    const values = rows.map((r) => r[s]).sort((a, b) => a - b);
    const distinct: number[] = [];
    for (let q = 1; q < maxBins; q++) {
      const v = values[Math.floor((q * values.length) / maxBins)];
      if (v !== undefined && v !== distinct[distinct.length - 1]) distinct.push(v);
    }
    // The top value as a cut would send every row left.
    const cut = distinct.filter((v) => v < values[values.length - 1]);
    cuts.push(cut);
    const column = new Uint8Array(rows.length);
    rows.forEach((r, i) => {
      let b = 0;
      while (b < cut.length && r[s] > cut[b]) b++;
      column[i] = b;
    });
    bins.push(column);
  }
  return { cuts, bins };
}

/** Trees whose leaves, summed onto `baseMargin`, fit `labels` (0/1) by Newton steps on the logistic loss. */
export function fitBoostedTrees(rows: readonly (readonly number[])[], labels: readonly number[], baseMargin: readonly number[], options: BoostingOptions = DEFAULT_BOOSTING): number[][] {
  const n = rows.length;
  if (n === 0) return [];
  const { cuts, bins } = binSignals(rows, options.bins);
  const signals = cuts.length;
  const margin = Float64Array.from(baseMargin);
  const gradient = new Float64Array(n);
  const hessian = new Float64Array(n);
  const nodeOf = new Int32Array(n);
  const maxNodes = 2 ** (options.depth + 1) - 1;
  const trees: number[][] = [];
  for (let t = 0; t < options.trees; t++) {
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-margin[i]));
      gradient[i] = p - labels[i];
      hessian[i] = Math.max(1e-6, p * (1 - p));
    }
    const tree = new Array<number>(2 * maxNodes).fill(0);
    for (let node = 0; node < maxNodes; node++) tree[2 * node] = -1;
    nodeOf.fill(0);
    const open = new Set<number>([0]);
    const leafValue = (g: number, h: number): number => (-g / (h + options.l2)) * options.learningRate;
    for (let depth = 0; depth <= options.depth && open.size > 0; depth++) {
      // Per open node, per signal, per bin: summed gradient and hessian.
      const firstNode = 2 ** depth - 1;
      const width = 2 ** depth;
      const histG = new Float64Array(width * signals * (options.bins + 1));
      const histH = new Float64Array(width * signals * (options.bins + 1));
      const totalG = new Float64Array(width);
      const totalH = new Float64Array(width);
      for (let i = 0; i < n; i++) {
        const node = nodeOf[i];
        if (!open.has(node)) continue;
        const slot = node - firstNode;
        totalG[slot] += gradient[i];
        totalH[slot] += hessian[i];
        if (depth === options.depth) continue;
        const base = slot * signals * (options.bins + 1);
        for (let s = 0; s < signals; s++) {
          const k = base + s * (options.bins + 1) + bins[s][i];
          histG[k] += gradient[i];
          histH[k] += hessian[i];
        }
      }
      const splits = new Map<number, { signal: number; bin: number }>();
      for (const node of open) {
        const slot = node - firstNode;
        const g = totalG[slot];
        const h = totalH[slot];
        let bestGain = 0;
        let best: { signal: number; bin: number } | undefined;
        if (depth < options.depth) {
          const parentScore = (g * g) / (h + options.l2);
          const base = slot * signals * (options.bins + 1);
          for (let s = 0; s < signals; s++) {
            let leftG = 0;
            let leftH = 0;
            for (let b = 0; b < cuts[s].length; b++) {
              leftG += histG[base + s * (options.bins + 1) + b];
              leftH += histH[base + s * (options.bins + 1) + b];
              const rightH = h - leftH;
              if (leftH < options.minLeafHessian || rightH < options.minLeafHessian) continue;
              const rightG = g - leftG;
              const gain = (leftG * leftG) / (leftH + options.l2) + (rightG * rightG) / (rightH + options.l2) - parentScore;
              if (gain > bestGain) {
                bestGain = gain;
                best = { signal: s, bin: b };
              }
            }
          }
        }
        if (best) {
          splits.set(node, best);
          tree[2 * node] = best.signal;
          tree[2 * node + 1] = cuts[best.signal][best.bin];
        } else {
          tree[2 * node] = -1;
          tree[2 * node + 1] = leafValue(g, h);
        }
      }
      open.clear();
      for (const [node] of splits) {
        open.add(2 * node + 1);
        open.add(2 * node + 2);
      }
      for (let i = 0; i < n; i++) {
        const split = splits.get(nodeOf[i]);
        if (split) nodeOf[i] = 2 * nodeOf[i] + (bins[split.signal][i] <= split.bin ? 1 : 2);
      }
    }
    const used = trimmed(tree);
    for (let i = 0; i < n; i++) margin[i] += leafAt(used, nodeOf[i]);
    trees.push(used);
  }
  return trees;
}

function leafAt(tree: readonly number[], node: number): number {
  return tree[2 * node + 1];
}

/** Drops trailing placeholder nodes no path reaches, to keep the stored model small. */
function trimmed(tree: number[]): number[] {
  let last = 0;
  const reachable = (node: number): void => {
    last = Math.max(last, node);
    if (tree[2 * node] >= 0) {
      reachable(2 * node + 1);
      reachable(2 * node + 2);
    }
  };
  reachable(0);
  // Thresholds stay exact (a rounded cut could move a row to the other side); leaf values are rounded.
  return tree.slice(0, 2 * (last + 1)).map((v, i) => (i % 2 === 1 && tree[i - 1] < 0 ? Math.round(v * 1e5) / 1e5 : v));
}
