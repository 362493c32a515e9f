/**
 * Multi-literal matcher (Aho–Corasick compiled to a DFA over ASCII) that finds every
 * keyword of every detector in one pass over the input, case-insensitively. The
 * engine then runs a detector's pattern only around its own keyword hits, which is
 * what keeps hundreds of detectors cheap (DESIGN.md §4). The pass runs in WebAssembly
 * (kernel.ts) where available, else in the JavaScript loop below; both report the same
 * hits in the same order.
 */
import { Kernel, kernelEnabled, type FeatureSink } from './kernel';


export interface KeywordHit {
  /** Index into the keyword list given to `compileKeywords`. */
  readonly keyword: number;
  /** Offset of the keyword's first character in the input. */
  readonly start: number;
}

export interface KeywordMatcher {
  readonly keywords: readonly string[];
  /** Calls `onHit` for every occurrence, overlapping ones included, in order of their end. */
  forEachHit(text: string, onHit: (keyword: number, start: number) => void): void;
  /**
   * Like `forEachHit` over `[from, to)` only, starting in automaton state `state` and
   * returning the state reached, so that a long input can be matched in slices (with a
   * deadline checked between them) exactly as if in one pass. With `features`, the
   * WebAssembly pass also collects name pairs and digit runs there (and sets its
   * `filled`); slices must then run from offset 0 to the end, in order.
   */
  scanRange(text: string, from: number, to: number, state: number, onHit: (keyword: number, start: number) => void, features?: FeatureSink): number;
}

/** Characters copied to the byte buffer at a time: small enough to stay in cache. */
const PIECE = 32 * 1024;
let scratchBuffer: Uint8Array & { write(s: string, offset: number, length: number, encoding: 'latin1'): number } | undefined;

/** One byte buffer for all matchers (scans never nest), or none where `Buffer` is missing. */
function scratch(): typeof scratchBuffer {
  if (scratchBuffer === undefined && typeof Buffer === 'function') scratchBuffer = Buffer.allocUnsafe(PIECE);
  return scratchBuffer;
}

/**
 * Whether `text` holds `keyword` (lower-case ASCII) at `at`, folding ASCII case as the
 * matcher does: for keyword-hit filters that must tell which of several keywords of one
 * length they were called for, without slicing a string.
 */
export function keywordAt(text: string, at: number, keyword: string): boolean {
  for (let j = 0; j < keyword.length; j++) {
    const c = text.charCodeAt(at + j);
    if ((c >= 65 && c <= 90 ? c | 0x20 : c) !== keyword.charCodeAt(j)) return false;
  }
  return true;
}

export function compileKeywords(keywords: readonly string[]): KeywordMatcher {
  for (const k of keywords) {
    if (k.length === 0) throw new Error('empty keyword');
    if (!/^[\x00-\x7f]+$/.test(k)) throw new Error(`keyword is not ASCII: ${JSON.stringify(k)}`);
    if (k !== k.toLowerCase()) throw new Error(`keyword is not lower case: ${JSON.stringify(k)}`);
  }

  // Characters that occur in no keyword always lead back to the root, so they share
  // class 0; the others get dense class numbers. Upper-case ASCII letters share their
  // lower-case class (the case folding). This keeps the table small enough for cache.
  // Indexed by any UTF-16 code unit (64 KB), so the hot loop needs no range check.
  const classOf = new Uint8Array(0x10000);
  let classes = 1;
  for (const k of keywords) {
    for (let j = 0; j < k.length; j++) {
      const c = k.charCodeAt(j);
      if (classOf[c] === 0) classOf[c] = classes++;
    }
  }
  for (let c = 65; c <= 90; c++) classOf[c] = classOf[c | 0x20];

  // Trie: children per state as (class, state) pairs, and each state's own keywords.
  const children: number[][] = [[]];
  const outputs: number[][] = [[]];
  const lengths: number[] = keywords.map((k) => k.length);
  for (let i = 0; i < keywords.length; i++) {
    let node = 0;
    for (let j = 0; j < keywords[i].length; j++) {
      const c = classOf[keywords[i].charCodeAt(j)];
      const kids = children[node];
      let next = -1;
      for (let x = 0; x < kids.length; x += 2) if (kids[x] === c) next = kids[x + 1];
      if (next === -1) {
        next = children.length;
        children.push([]);
        outputs.push([]);
        kids.push(c, next);
      }
      node = next;
    }
    outputs[node].push(i);
  }

  // The complete automaton, built breadth-first: a state's row starts as a copy of its
  // failure state's row (shallower, so already final) and only its own children are
  // written. Each entry holds the next state's row offset (`state * classes`), negated
  // (`~row`) when that state completes a keyword: one load and one sign test per
  // character. Copying whole rows natively keeps this cheap on the first run, when the
  // JavaScript here is not optimised yet and an entry-by-entry loop cost 25 ms at startup.
  const nodes = children.length;
  const table = new Int32Array(nodes * classes);
  const fail = new Int32Array(nodes);
  const completes = new Uint8Array(nodes);
  const encode = (state: number) => (completes[state] ? ~(state * classes) : state * classes);
  const decode = (entry: number) => (entry < 0 ? ~entry : entry) / classes;
  const queue: number[] = [];
  const root = children[0];
  for (let x = 0; x < root.length; x += 2) {
    const child = root[x + 1];
    completes[child] = outputs[child].length > 0 ? 1 : 0;
    table[root[x]] = encode(child);
    queue.push(child);
  }
  for (let qi = 0; qi < queue.length; qi++) {
    const node = queue[qi];
    const row = node * classes;
    const failRow = fail[node] * classes;
    table.copyWithin(row, failRow, failRow + classes);
    const inherited = outputs[fail[node]];
    if (inherited.length > 0) outputs[node] = outputs[node].concat(inherited);
    const kids = children[node];
    for (let x = 0; x < kids.length; x += 2) {
      const child = kids[x + 1];
      // The child's failure state is where the failure state's final row leads on the same class.
      fail[child] = decode(table[failRow + kids[x]]);
      completes[child] = outputs[child].length > 0 || completes[fail[child]] ? 1 : 0;
      table[row + kids[x]] = encode(child);
      queue.push(child);
    }
  }

  const report = (text: string, row: number, i: number, onHit: (keyword: number, start: number) => void) => {
    const found = outputs[row / width];
    for (let j = 0; j < found.length; j++) {
      const start = i - lengths[found[j]] + 1;
      // The byte copy keeps only the low byte of characters above U+00FF: a keyword seen
      // through one of those is not in the text.
      let real = true;
      for (let k = start; k <= i && real; k++) real = text.charCodeAt(k) <= 0xff;
      if (real) onHit(found[j], start);
    }
  };
  const width = classes;

  const reach = keywords.reduce((m, k) => Math.max(m, k.length), 0);
  let kernel: Kernel | null | undefined;
  /** Code units reach the kernel's table unchanged, so no hit needs the Latin-1 check of `report`. */
  const kernelHit = (onHit: (keyword: number, start: number) => void) => (row: number, i: number) => {
    const found = outputs[row / width];
    for (let j = 0; j < found.length; j++) onHit(found[j], i - lengths[found[j]] + 1);
  };

  const scanRange = (
    text: string,
    from: number,
    to: number,
    state: number,
    onHit: (keyword: number, start: number) => void,
    features?: FeatureSink,
  ): number => {
    // Locals, not closure slots: the hit callback could otherwise force reloads per character.
    const next = table;
    const fold = classOf;
    const w = width;
    let row = (state | 0) * w;
    if (kernelEnabled()) {
      if (kernel === undefined) kernel = Kernel.create(classOf, table, classes, reach) ?? null;
      if (kernel !== null) return kernel.run(text, from, to, row, kernelHit(onHit), features) / w;
    }
    const bytes = scratch();
    if (bytes === undefined) {
      for (let i = from; i < to; i++) {
        row = next[row + fold[text.charCodeAt(i)]];
        if (row < 0) {
          row = ~row;
          const found = outputs[row / w];
          for (let j = 0; j < found.length; j++) onHit(found[j], i - lengths[found[j]] + 1);
        }
      }
      return row / w;
    }
    // Reading a byte array is much faster than `charCodeAt` per character: the text is
    // copied piece by piece into one reused buffer (natively, as Latin-1) and walked there.
    for (let at = from; at < to; at += PIECE) {
      const n = Math.min(to, at + PIECE) - at;
      bytes.write(text.slice(at, at + n), 0, n, 'latin1');
      for (let i = 0; i < n; i++) {
        row = next[row + fold[bytes[i]]];
        if (row < 0) {
          row = ~row;
          report(text, row, at + i, onHit);
        }
      }
    }
    return row / w;
  };
  return {
    keywords,
    forEachHit: (text, onHit) => void scanRange(text, 0, text.length, 0, onHit),
    scanRange,
  };
}
