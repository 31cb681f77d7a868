import type { PhiCategory, PhiSubtype } from './types';

/** A possible finding from one detection pass, in normalised-text offsets, before overlaps are resolved. */
export interface Candidate {
  start: number;
  end: number;
  category: PhiCategory;
  subtype: PhiSubtype;
  confidence: number;
  reason: string;
}

export function candidate(
  start: number,
  end: number,
  category: PhiCategory,
  subtype: PhiSubtype,
  confidence: number,
  reason: string,
): Candidate {
  return { start, end, category, subtype, confidence, reason };
}

/**
 * Keeps the strongest candidate where candidates overlap: higher confidence wins, then the longer span.
 * A weaker candidate of the same category that overlaps the winner widens it, so "March 3" inside
 * "March 3, 2019" or a surname beside a titled name never leaves part of the identifier uncovered.
 */
export function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const byStart = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const resolved: Candidate[] = [];
  let cluster: Candidate[] = [];
  let clusterEnd = -1;
  for (const next of byStart) {
    if (next.start >= clusterEnd && cluster.length) {
      resolved.push(...resolveCluster(cluster));
      cluster = [];
    }
    cluster.push(next);
    clusterEnd = Math.max(clusterEnd, next.end);
  }
  if (cluster.length) resolved.push(...resolveCluster(cluster));
  return resolved;
}

function resolveCluster(cluster: Candidate[]): Candidate[] {
  if (cluster.length === 1) return cluster;
  const ranked = [...cluster].sort(
    (a, b) => b.confidence - a.confidence || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const next of ranked) {
    const clashes = kept.filter((k) => k.start < next.end && next.start < k.end);
    if (clashes.length === 0) {
      kept.push({ ...next });
      continue;
    }
    if (clashes.length === 1 && clashes[0].category === next.category) {
      const winner = clashes[0];
      const start = Math.min(winner.start, next.start);
      const end = Math.max(winner.end, next.end);
      const blocked = kept.some((k) => k !== winner && k.start < end && start < k.end);
      if (!blocked) {
        winner.start = start;
        winner.end = end;
      }
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}
