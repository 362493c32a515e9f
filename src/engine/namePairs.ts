/**
 * The starts of the name pairs (a lower-case letter, a space, a capital and a lower-case
 * letter: where two capitalised words meet) that the engine's WebAssembly pass found in
 * the text being scanned, published for the duration of one scan so that the name
 * detector need not search the whole text again with a regular expression.
 */
let published: string | undefined;
let pairStarts: Int32Array = new Int32Array(0);
let pairCount = 0;

export function publishNamePairs(text: string, starts: Int32Array, count: number): void {
  published = text;
  pairStarts = starts;
  pairCount = count;
}

export function withdrawNamePairs(): void {
  published = undefined;
  pairStarts = new Int32Array(0);
  pairCount = 0;
}

/** The sorted starts for `text` (the first `count` entries), or undefined when none are published for it. */
export function namePairStarts(text: string): { readonly starts: Int32Array; readonly count: number } | undefined {
  return published !== undefined && published === text ? { starts: pairStarts, count: pairCount } : undefined;
}
