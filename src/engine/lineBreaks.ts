/**
 * The offsets of every line break (`\n` and `\r`) in the text being scanned, found once per scan and shared by
 * the detectors that reason about whole lines (chat speakers, lines under a sign-off).
 * On a two-byte string every JavaScript walk to a line's end costs a pass over its
 * characters, so two detectors each walking all lines of a 10 MB input paid for two
 * passes; the engine's WebAssembly pass collects them while it reads the text anyway
 * (`publishLineBreaks`), and without it they are found here once and kept for the scan.
 */
let published: string | undefined;
let breaks: Int32Array = new Int32Array(0);
let count = 0;

export interface Offsets {
  readonly values: Int32Array;
  readonly count: number;
}

export function publishLineBreaks(text: string, values: Int32Array, n: number): void {
  published = text;
  breaks = values;
  count = n;
}

/** Forgets the text: called at the end of every scan, so no input outlives it here. */
export function withdrawLineBreaks(): void {
  published = undefined;
  breaks = new Int32Array(0);
  count = 0;
}

/**
 * Every `\n` and `\r` of `text`, in order (a `\r\n` is two, with an empty line between):
 * the published ones, else found now and kept until `withdrawLineBreaks`.
 */
export function lineBreaksOf(text: string): Offsets {
  if (published !== text) {
    const found = findLineBreaks(text);
    publishLineBreaks(text, found.values, found.count);
  }
  return { values: breaks, count };
}

/** Every `\n` and `\r` of `text`, in order. */
export function findLineBreaks(text: string): Offsets {
  let values = new Int32Array(Math.max(16, text.length >> 6));
  let n = 0;
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  while (lf >= 0 || cr >= 0) {
    if (n === values.length) {
      const grown = new Int32Array(values.length * 2);
      grown.set(values);
      values = grown;
    }
    if (cr < 0 || (lf >= 0 && lf < cr)) {
      values[n++] = lf;
      lf = text.indexOf('\n', lf + 1);
    } else {
      values[n++] = cr;
      cr = text.indexOf('\r', cr + 1);
    }
  }
  return { values, count: n };
}

/** The index of the first value at or after `min` among the (sorted) values `[from, n)`. */
export function firstAtOrAfter(values: Int32Array, n: number, min: number, from = 0): number {
  let lo = from;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] < min) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
