/**
 * Multi-literal matcher (Aho–Corasick compiled to a DFA over ASCII) that finds every
 * keyword of every detector in one pass over the input, case-insensitively. The
 * engine then runs a detector's pattern only around its own keyword hits, which is
 * what keeps hundreds of detectors cheap (DESIGN.md §4).
 */

const ALPHABET = 128;

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
}

/** ASCII letters fold to lower case; anything outside ASCII maps to -1 (no keyword uses it). */
function foldCode(code: number): number {
  if (code >= 65 && code <= 90) return code | 0x20;
  return code < ALPHABET ? code : -1;
}

export function compileKeywords(keywords: readonly string[]): KeywordMatcher {
  for (const k of keywords) {
    if (k.length === 0) throw new Error('empty keyword');
    if (!/^[\x00-\x7f]+$/.test(k)) throw new Error(`keyword is not ASCII: ${JSON.stringify(k)}`);
    if (k !== k.toLowerCase()) throw new Error(`keyword is not lower case: ${JSON.stringify(k)}`);
  }

  // Trie with a growable transition table.
  let capacity = 64;
  let delta = new Int32Array(capacity * ALPHABET).fill(-1);
  const outputs: number[][] = [[]];
  const lengths: number[] = keywords.map((k) => k.length);
  let nodes = 1;
  for (let i = 0; i < keywords.length; i++) {
    let node = 0;
    for (let j = 0; j < keywords[i].length; j++) {
      const c = keywords[i].charCodeAt(j);
      let next = delta[node * ALPHABET + c];
      if (next === -1) {
        if (nodes === capacity) {
          const grown = new Int32Array(capacity * 2 * ALPHABET).fill(-1);
          grown.set(delta);
          delta = grown;
          capacity *= 2;
        }
        next = nodes++;
        outputs.push([]);
        delta[node * ALPHABET + c] = next;
      }
      node = next;
    }
    outputs[node].push(i);
  }

  // Breadth-first failure links, folding them into a complete DFA.
  const fail = new Int32Array(nodes);
  const queue: number[] = [];
  for (let c = 0; c < ALPHABET; c++) {
    const next = delta[c];
    if (next === -1) delta[c] = 0;
    else {
      fail[next] = 0;
      queue.push(next);
    }
  }
  for (let qi = 0; qi < queue.length; qi++) {
    const node = queue[qi];
    const inherited = outputs[fail[node]];
    if (inherited.length > 0) outputs[node] = outputs[node].concat(inherited);
    for (let c = 0; c < ALPHABET; c++) {
      const idx = node * ALPHABET + c;
      const next = delta[idx];
      const viaFail = delta[fail[node] * ALPHABET + c];
      if (next === -1) delta[idx] = viaFail;
      else {
        fail[next] = viaFail;
        queue.push(next);
      }
    }
  }

  const table = delta.subarray(0, nodes * ALPHABET);
  const hasOutput = new Uint8Array(nodes);
  for (let n = 0; n < nodes; n++) hasOutput[n] = outputs[n].length > 0 ? 1 : 0;

  return {
    keywords,
    forEachHit(text, onHit) {
      let state = 0;
      for (let i = 0; i < text.length; i++) {
        const c = foldCode(text.charCodeAt(i));
        state = c < 0 ? 0 : table[state * ALPHABET + c];
        if (hasOutput[state] === 1) {
          for (const k of outputs[state]) onHit(k, i - lengths[k] + 1);
        }
      }
    },
  };
}
