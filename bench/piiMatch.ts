/**
 * The matching rule of the labelled-corpus scorers (bench/pii-eval.ts, bench/pii-holdout.ts):
 * per document and type, labels and findings are paired one to one by overlap, the largest
 * overlaps first. All SECRET_* types are scored as one.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export const typeKey = (t: string): string => (t.startsWith('SECRET_') ? 'SECRET_*' : t);

export const overlap = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

export interface Pairing<L, F> {
  matched: [L, F][];
  /** Labels no finding overlaps, or whose findings went to other labels. */
  missed: L[];
  /** Findings left over: a fragment where they overlap a label, else a false alarm. */
  extra: F[];
}

export function pairByOverlap<L extends Span, F extends Span>(labels: readonly L[], finds: readonly F[]): Pairing<L, F> {
  const pairs: { li: number; fi: number; ov: number }[] = [];
  labels.forEach((l, li) => finds.forEach((f, fi) => {
    const ov = overlap(l, f);
    if (ov > 0) pairs.push({ li, fi, ov });
  }));
  pairs.sort((a, b) => b.ov - a.ov);
  const labelTaken = new Array<boolean>(labels.length).fill(false);
  const findTaken = new Array<boolean>(finds.length).fill(false);
  const matched: [L, F][] = [];
  for (const p of pairs) {
    if (labelTaken[p.li] || findTaken[p.fi]) continue;
    labelTaken[p.li] = findTaken[p.fi] = true;
    matched.push([labels[p.li], finds[p.fi]]);
  }
  return { matched, missed: labels.filter((_, i) => !labelTaken[i]), extra: finds.filter((_, i) => !findTaken[i]) };
}
