/**
 * The engine's byte-level loops as a small WebAssembly module, assembled here from a few
 * opcodes (no toolchain, no binary file to ship). JavaScript pays a bounds check and a
 * tag check per typed-array access, and a keyword automaton's every step waits for the
 * previous one; WebAssembly runs four automaton walks over the four quarters of a piece
 * interleaved in one loop, which is about three times faster on real text. A second loop
 * finds, in one pass, what two whole-input regular expressions found before: the places
 * where two capitalised words meet (for names) and the runs of seven digits (for phone,
 * card and tax numbers). Where WebAssembly is missing the engine keeps its JavaScript
 * paths, which give the same results.
 */

/** UTF-16 code units copied into the module's memory per call. */
export const PIECE = 32 * 1024;

// Memory layout, in bytes.
/** Per UTF-16 code unit: the automaton class times four (a byte offset into a state's row). */
const CLASS_AT = 0;
/** Per UTF-16 code unit: the feature bits below. */
const FEATURE_AT = 0x10000;
/** Counters and carried state, one 32-bit word each (`Status`). */
const STATUS_AT = FEATURE_AT + 0x10000;
const TEXT_AT = STATUS_AT + 64;
/** Units copied after a piece: the feature loop reads up to a block of eight past its end. */
const LOOKAHEAD = 16;
/** Four hit areas, one per walk; a walk over `q` code units writes at most `q` hits of eight bytes. */
const HITS_AT = TEXT_AT + 2 * (PIECE + LOOKAHEAD) + 64;
const PAIRS_AT = HITS_AT + 8 * PIECE;
const RUNS_AT = PAIRS_AT + 4 * PIECE;
/** Offsets of the piece's line breaks (`\n` and `\r`), at most one per unit. */
const BREAKS_AT = RUNS_AT + 4 * PIECE;
/** The automaton's table: one row of `classes` 32-bit entries per state. */
const TABLE_AT = BREAKS_AT + 4 * PIECE;

/** Word indices into the status area. */
const enum Status {
  HitsEnd = 0, // four words: where each walk's hits end
  Row = 4,
  RunDigits = 8,
  RunGap = 9,
  PairsEnd = 10,
  RunsEnd = 11,
  BreaksEnd = 12,
}

/** Feature bits per code unit, for the digit runs of the feature loop (its name pairs test ranges instead). */
export const DIGIT = 1; // [0-9]
export const SEPARATOR = 2; // [ \-/().+A-Z], what may stand between the digits of a run
/** Digits in a run: see `DIGIT_RUN` in scan.ts. */
export const RUN_DIGITS = 7;
/** Separators allowed between two digits of a run. */
export const RUN_GAP = 3;

// ---- A minimal assembler -------------------------------------------------------------

const I32 = 0x7f;
const VOID = 0x40;
const op = {
  block: 0x02, loop: 0x03, if: 0x04, end: 0x0b, br: 0x0c, brIf: 0x0d, select: 0x1b,
  get: 0x20, set: 0x21, tee: 0x22, load: 0x28, load8: 0x2d, load16: 0x2f, store: 0x36,
  const: 0x41, eqz: 0x45, eq: 0x46, ltS: 0x48, ltU: 0x49, gtS: 0x4a, geS: 0x4e, geU: 0x4f,
  add: 0x6a, sub: 0x6b, mul: 0x6c, and: 0x71, or: 0x72, xor: 0x73, shl: 0x74,
} as const;

function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
}

function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (b & 0x40) === 0) || (n === -1 && (b & 0x40) !== 0)) {
      out.push(b);
      return out;
    }
    out.push(b | 0x80);
  }
}

const vec = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];
const section = (id: number, body: number[]): number[] => [id, ...uleb(body.length), ...body];
const name = (s: string): number[] => [...uleb(s.length), ...Array.from(s, (c) => c.charCodeAt(0))];
const get = (i: number) => [op.get, i];
const set = (i: number) => [op.set, i];
const num = (n: number) => [op.const, ...sleb(n)];
const load = (offset = 0) => [op.load, 2, ...uleb(offset)];
const store = (offset = 0) => [op.store, 2, ...uleb(offset)];
const load8 = (offset = 0) => [op.load8, 0, ...uleb(offset)];
const load16 = [op.load16, 1, 0];
const block = (...body: number[][]) => [op.block, VOID, ...body.flat(), op.end];
const loop = (...body: number[][]) => [op.loop, VOID, ...body.flat(), op.end];
const when = (...body: number[][]) => [op.if, VOID, ...body.flat(), op.end];

/**
 * `walk4(base, q, r0, r1, r2, r3, hits)`: four automaton walks over `[base + s*q, base +
 * (s+1)*q)` (bytes), walk `s` starting in row `r<s>` and writing (row, byte address) pairs
 * to `hits + s*q*4` for every state that ends a keyword. Table entries are the next row's
 * byte address, bit-inverted (negative) when that state ends a keyword.
 */
function walk4(): number[] {
  const [base, q, hits, i] = [0, 1, 6, 7];
  const row = [2, 3, 4, 5];
  const end = [8, 9, 10, 11];
  const step = (s: number) => [
    ...get(row[s]), ...get(i), ...(s === 0 ? [] : [...get(q), ...num(s), op.mul, op.add]), ...load16, ...load8(CLASS_AT),
    op.add, ...load(), ...set(row[s]),
  ];
  const record = (s: number) => [
    ...get(row[s]), ...num(0), op.ltS,
    ...when(
      ...[get(row[s]), num(-1), [op.xor], set(row[s])],
      ...[get(end[s]), get(row[s]), store(0)],
      ...[get(end[s]), get(i), ...(s === 0 ? [] : [get(q), num(s), [op.mul], [op.add]]), store(4)],
      ...[get(end[s]), num(8), [op.add], set(end[s])],
    ),
  ];
  return [
    ...vec([[5, I32]]),
    ...[0, 1, 2, 3].flatMap((s) => [...get(hits), ...get(q), ...num(4 * s), op.mul, op.add, ...set(end[s])]),
    ...get(base), ...set(i),
    ...block(
      loop(
        [...get(i), ...get(base), ...get(q), op.add, op.geU, op.brIf, 1],
        ...[0, 1, 2, 3].map(step),
        [...get(row[0]), ...get(row[1]), op.or, ...get(row[2]), op.or, ...get(row[3]), op.or, ...num(0), op.ltS],
        when(...[0, 1, 2, 3].map(record)),
        [...get(i), ...num(2), op.add, ...set(i), op.br, 0],
      ),
    ),
    ...[0, 1, 2, 3].flatMap((s) => [...num(STATUS_AT), ...get(end[s]), ...store(4 * (Status.HitsEnd + s))]),
    ...num(STATUS_AT), ...get(row[3]), ...store(4 * Status.Row),
    op.end,
  ];
}

const V128 = 0x7b;
const simd = (code: number) => [0xfd, ...uleb(code)];
const simdOp = {
  load: 0x00, eq16: 0x2d, ltU16: 0x30, and: 0x4e, or: 0x50, anyTrue: 0x53, bitmask16: 0x84, sub16: 0x91,
} as const;

/**
 * `features(base, end, position, limit)`: over the code units from byte address `base` to
 * `end`, eight at a time (`position` is the first one's offset in the text; units up to
 * eight past `end` must be readable and hold the text's next units, or zero past its end),
 * records the start of every `[a-z\u00DF-\u024F\u1E00-\u1EFF] [A-Z\u00C0-\u024F][a-z\u00DF-\u024F\u1E00-\u1EFF]`
 * before offset `limit` at PAIRS_AT, and the offset of the RUN_DIGITS-th digit of every
 * run of digits whose neighbours are at most RUN_GAP separators apart at RUNS_AT, and the
 * offset of every line break (`\n`, `\r`) at BREAKS_AT. Eight
 * units are tested for both at once (SIMD); only a block that holds a digit is walked
 * unit by unit, and a block without one breaks any run (eight non-digits are more than
 * RUN_GAP). The open run carries over between calls in the status area.
 */
function features(): number[] {
  const [base, end, position, limit] = [0, 1, 2, 3];
  const [pairs, runs, digits, gap, mask, u, breaks, prev, valid, total, ok, i] = [4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15];
  const [lanes, cur, brk] = [16, 17, 18];
  const units = (offset: number) => [...get(base), ...simd(simdOp.load), 0, ...uleb(offset)];
  /** Eight lanes of `n`, as an immediate (cheaper in the loop than splatting a scalar). */
  const splat = (n: number) => [...simd(0x0c), ...Array.from({ length: 8 }, () => [n & 0xff, (n >> 8) & 0xff]).flat()];
  /** Lanes whose unit, read `offset` bytes on, lies in [lo, lo + count). */
  /** Lanes of the vector `v` (code) whose unit lies in [lo, lo + count). */
  const inRangeOf = (v: number[], lo: number, count: number) => [...v, ...splat(lo), ...simd(simdOp.sub16), ...splat(count), ...simd(simdOp.ltU16)];
  const inRange = (offset: number, lo: number, count: number) => inRangeOf(units(offset), lo, count);
  // Latin letters as the name pattern reads them: Latin-1, Extended-A and -B (Vietnamese
  // "ơ", "ư"), and for lower-case letters the Vietnamese tone-marked ones (U+1E00–U+1EFF).
  // Both cases lie in the wide ranges: the name code rejects a wrong-case letter later.
  const lowerOf = (v: number[]) => [...inRangeOf(v, 97, 26), ...inRangeOf(v, 0xdf, 0x24f - 0xdf + 1), ...simd(simdOp.or), ...inRangeOf(v, 0x1e00, 0x100), ...simd(simdOp.or)];
  const lower = (offset: number) => lowerOf(units(offset));
  const upper = (offset: number) => [...inRange(offset, 65, 26), ...inRange(offset, 0xc0, 0x24f - 0xc0 + 1), ...simd(simdOp.or)];
  const space = (offset: number) => [...units(offset), ...splat(32), ...simd(simdOp.eq16)];
  const statusGet = (w: number, local: number) => [...num(STATUS_AT), ...load(4 * w), ...set(local)];
  const statusSet = (w: number, local: number) => [...num(STATUS_AT), ...get(local), ...store(4 * w)];
  const saved: [number, number][] = [[Status.RunDigits, digits], [Status.RunGap, gap], [Status.PairsEnd, pairs], [Status.RunsEnd, runs], [Status.BreaksEnd, breaks]];
  const at = [...get(position), ...get(u), op.add];
  /** `total` = the units between the previous digit (`prev`, -1: before the block, after `gap` more) and lane `lane`. */
  const gapBefore = (lane: number[]) => [
    ...lane, ...get(prev), op.sub, ...num(1), op.sub,
    ...get(gap), ...num(0), ...get(prev), ...num(0), op.ltS, op.select, op.add, ...set(total),
  ];
  /** Clears `ok` when a unit after `prev` and before lane `to` is no separator. */
  const allSeparators = (to: number[]) => [
    ...get(prev), ...num(1), op.add, ...set(i),
    ...block(
      loop(
        [...get(i), ...to, op.geS, op.brIf, 1],
        [...get(base), ...get(i), ...num(1), op.shl, op.add, ...load16, ...load8(FEATURE_AT), ...num(SEPARATOR), op.and, op.eqz],
        when([...num(0), ...set(ok), op.br, 2]),
        [...get(i), ...num(1), op.add, ...set(i), op.br, 0],
      ),
    ),
  ];
  return [
    ...vec([[12, I32], [3, V128]]),
    ...saved.flatMap(([w, local]) => statusGet(w, local)),
    ...block(
      loop(
        [...get(base), ...get(end), op.geU, op.brIf, 1],
        [...units(0), ...set(cur)],
        // Name pairs: lower at +0, space at +1, upper at +2, lower at +3 units. A space before
        // a capital is rare in code, so the other two tests wait for one.
        [...space(2), ...upper(4), ...simd(simdOp.and), op.tee, lanes, ...simd(simdOp.anyTrue)],
        when(
          [...get(lanes), ...lowerOf(get(cur)), ...simd(simdOp.and), ...lower(6), ...simd(simdOp.and), op.tee, lanes, ...simd(simdOp.bitmask16), ...set(mask)],
          block(
            loop(
              [...get(mask), op.eqz, op.brIf, 1],
              [...get(mask), 0x68 /* ctz */, ...set(u)],
              [...at, ...get(limit), op.ltS],
              when([...get(pairs), ...at, ...store(0), ...get(pairs), ...num(4), op.add, ...set(pairs)]),
              [...get(mask), ...get(mask), ...num(1), op.sub, op.and, ...set(mask), op.br, 0],
            ),
          ),
        ),
        // Line breaks and digits: in prose most blocks hold neither, and one test rules out both.
        [...get(cur), ...splat(10), ...simd(simdOp.eq16), ...get(cur), ...splat(13), ...simd(simdOp.eq16), ...simd(simdOp.or), op.tee, brk],
        [...inRangeOf(get(cur), 48, 10), op.tee, lanes, ...simd(simdOp.or), ...simd(simdOp.anyTrue)],
        [op.if, VOID,
        ...get(brk), ...simd(simdOp.anyTrue),
        ...when(
          [...get(brk), ...simd(simdOp.bitmask16), ...set(mask)],
          block(
            loop(
              [...get(mask), op.eqz, op.brIf, 1],
              [...get(mask), 0x68 /* ctz */, ...set(u)],
              [...at, ...get(limit), op.ltS],
              when([...get(breaks), ...at, ...store(0), ...get(breaks), ...num(4), op.add, ...set(breaks)]),
              [...get(mask), ...get(mask), ...num(1), op.sub, op.and, ...set(mask), op.br, 0],
            ),
          ),
        ),
        // Digit runs: only the block's digits are visited (from a bit mask); the units
        // between two of them are read only when few enough to keep the run going.
        ...get(lanes), ...simd(simdOp.anyTrue),
        op.if, VOID,
          // Lanes before `limit` only: the units after it are the next piece's, read there.
          ...get(limit), ...get(position), op.sub, ...set(valid),
          ...num(8), ...get(valid), ...get(valid), ...num(8), op.gtS, op.select, ...set(valid),
          ...get(lanes), ...simd(simdOp.bitmask16), ...num(1), ...get(valid), op.shl, ...num(1), op.sub, op.and, ...set(mask),
          ...num(-1), ...set(prev),
          ...block(
            loop(
              [...get(mask), op.eqz, op.brIf, 1],
              [...get(mask), 0x68 /* ctz */, ...set(u)],
              gapBefore(get(u)),
              // The run goes on when it is open and the units since its last digit are at most RUN_GAP separators.
              [...get(digits), ...num(0), op.gtS, ...get(total), ...num(RUN_GAP + 1), op.ltS, op.and, ...set(ok)],
              [...get(ok)], when(allSeparators(get(u))),
              [...get(digits), ...num(1), op.add, ...num(1), ...get(ok), op.select, ...set(digits)],
              [...get(digits), ...num(RUN_DIGITS), op.eq],
              when([...get(runs), ...at, ...store(0), ...get(runs), ...num(4), op.add, ...set(runs)]),
              [...get(u), ...set(prev)],
              [...get(mask), ...get(mask), ...num(1), op.sub, op.and, ...set(mask), op.br, 0],
            ),
          ),
          // The units after the last digit: still a gap the run may cross, or its end.
          ...gapBefore(get(valid)),
          ...get(total), ...num(RUN_GAP + 1), op.ltS, ...set(ok),
          ...get(ok), ...when(allSeparators(get(valid))),
          ...get(ok),
          op.if, VOID, ...get(total), ...set(gap), 0x05, ...num(0), ...set(digits), ...num(100), ...set(gap), op.end,
        0x05, // else: eight units without a digit are more than RUN_GAP
          ...num(0), ...set(digits),
          ...num(100), ...set(gap),
        op.end,
        0x05,
          ...num(0), ...set(digits),
          ...num(100), ...set(gap),
        op.end],
        [...get(base), ...num(16), op.add, ...set(base), ...get(position), ...num(8), op.add, ...set(position), op.br, 0],
      ),
    ),
    ...saved.flatMap(([w, local]) => statusSet(w, local)),
    op.end,
  ];
}

const header = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
const importMemory = section(2, vec([[...name('e'), ...name('memory'), 0x02, 0x00, 0x01]]));

function assembleWalk(): Uint8Array<ArrayBuffer> {
  const w = walk4();
  return new Uint8Array([
    ...header,
    ...section(1, vec([[0x60, ...vec([[I32], [I32], [I32], [I32], [I32], [I32], [I32]]), ...vec([])]])),
    ...importMemory,
    ...section(3, vec([[0]])),
    ...section(7, vec([[...name('walk4'), 0x00, 0x00]])),
    ...section(10, vec([[...uleb(w.length), ...w]])),
  ]);
}

/** A module of its own: where WebAssembly lacks SIMD, the automaton still runs. */
function assembleFeatures(): Uint8Array<ArrayBuffer> {
  const f = features();
  return new Uint8Array([
    ...header,
    ...section(1, vec([[0x60, ...vec([[I32], [I32], [I32], [I32]]), ...vec([])]])),
    ...importMemory,
    ...section(3, vec([[0]])),
    ...section(7, vec([[...name('features'), 0x00, 0x00]])),
    ...section(10, vec([[...uleb(f.length), ...f]])),
  ]);
}

let walkModule: WebAssembly.Module | null | undefined;
let featureModule: WebAssembly.Module | null | undefined;
let enabled = true;

/** Turns the WebAssembly paths off (or on again), so tests can compare them with the JavaScript ones. */
export function setKernelEnabled(on: boolean): void {
  enabled = on;
}

export function kernelEnabled(): boolean {
  return enabled;
}

function compile(assemble: () => Uint8Array<ArrayBuffer>): WebAssembly.Module | null {
  try {
    return typeof WebAssembly === 'object' && typeof Buffer === 'function' ? new WebAssembly.Module(assemble()) : null;
  } catch {
    return null;
  }
}

type Bytes = Uint8Array & { write(s: string, offset: number, length: number, encoding: 'utf16le'): number };

/** Called with a keyword automaton state (row index) and the offset of the keyword's last character. */
export type StateHit = (row: number, end: number) => void;

/**
 * One automaton's instance: its own memory holding its class table and transition table.
 * Scans never nest, so one instance serves every scan with that automaton.
 */
export class Kernel {
  private readonly walk: (base: number, q: number, r0: number, r1: number, r2: number, r3: number, hits: number) => void;
  private readonly feat: ((base: number, end: number, position: number, limit: number) => void) | undefined;
  private readonly bytes: Bytes;
  private readonly words: Int32Array;
  private readonly units: Uint16Array;
  /** The longest keyword: an automaton state depends on no more characters than this. */
  private readonly reach: number;

  private constructor(walk: WebAssembly.Module, feat: WebAssembly.Module | null, classOf: Uint8Array, rows: Int32Array, reach: number) {
    const bytesNeeded = TABLE_AT + rows.length * 4;
    const memory = new WebAssembly.Memory({ initial: Math.ceil(bytesNeeded / 65536) });
    const imports = { e: { memory } };
    this.walk = new WebAssembly.Instance(walk, imports).exports.walk4 as Kernel['walk'];
    this.feat = feat === null ? undefined : (new WebAssembly.Instance(feat, imports).exports.features as Kernel['feat']);
    this.bytes = Buffer.from(memory.buffer) as unknown as Bytes;
    this.words = new Int32Array(memory.buffer);
    this.units = new Uint16Array(memory.buffer);
    this.reach = reach;
    // The memory starts zeroed: only the classes and features that are not zero are written
    // (keywords are ASCII, and no code unit above U+007F has a feature), which keeps
    // creating a kernel cheap before its JavaScript is optimised.
    for (let c = 0; c < 128; c++) this.bytes[CLASS_AT + c] = classOf[c] * 4;
    for (let c = 0; c < FEATURE_LIMIT; c++) this.bytes[FEATURE_AT + c] = featureOf(c);
    // Entries become byte addresses of rows, keeping the sign that marks a keyword's end.
    const table = this.words;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      table[TABLE_AT / 4 + i] = r < 0 ? ~(TABLE_AT + ~r * 4) : TABLE_AT + r * 4;
    }
  }

  /**
   * A kernel for an automaton given as a class per code unit (non-zero below 128 only:
   * keywords are ASCII) and rows of `classes` entries each holding the next row's offset
   * (`state * classes`), bit-inverted when that state ends a keyword; undefined where
   * WebAssembly is unavailable.
   */
  static create(classOf: Uint8Array, rows: Int32Array, classes: number, reach: number): Kernel | undefined {
    if (!enabled || classes * 4 > 255) return undefined;
    if (walkModule === undefined) walkModule = compile(assembleWalk);
    if (walkModule === null) return undefined;
    if (featureModule === undefined) featureModule = compile(assembleFeatures);
    try {
      return new Kernel(walkModule, featureModule, classOf, rows, reach);
    } catch {
      return undefined;
    }
  }

  /**
   * Copies `[at, at + n)` of the text into memory, with the LOOKAHEAD units after it (zero
   * past the text's end) that the feature loop reads beyond a piece.
   */
  private load(text: string, at: number, n: number): void {
    const copied = Math.min(text.length, at + n + LOOKAHEAD) - at;
    this.bytes.write(text.slice(at, at + copied), TEXT_AT, 2 * copied, 'utf16le');
    if (copied < n + LOOKAHEAD) this.bytes.fill(0, TEXT_AT + 2 * copied, TEXT_AT + 2 * (n + LOOKAHEAD));
  }

  /**
   * Runs the automaton over `[from, to)` from row `row` (a state times `classes`) and
   * calls `onHit` in order of position for each keyword-ending state; returns the row reached.
   * With `sink`, also runs the feature loop over the same pieces; slices must then follow
   * each other from offset 0 to the end of the text.
   */
  run(text: string, from: number, to: number, row: number, onHit: StateHit, sink?: FeatureSink): number {
    const words = this.words;
    const units = this.units;
    const classAt = this.bytes;
    let r = row;
    for (let at = from; at < to; at += PIECE) {
      const n = Math.min(to, at + PIECE) - at;
      this.load(text, at, n);
      const q = n >> 2;
      let done = 0;
      if (q > this.reach) {
        // Walks 1–3 first read the `reach` units before their quarter, without reporting.
        const starts = [TABLE_AT + r * 4, 0, 0, 0];
        for (let s = 1; s < 4; s++) {
          let x = TABLE_AT;
          for (let u = s * q - this.reach; u < s * q; u++) {
            x = words[(x + classAt[CLASS_AT + units[TEXT_AT / 2 + u]]) >> 2];
            if (x < 0) x = ~x;
          }
          starts[s] = x;
        }
        this.walk(TEXT_AT, 2 * q, starts[0], starts[1], starts[2], starts[3], HITS_AT);
        for (let s = 0; s < 4; s++) {
          const stop = words[STATUS_AT / 4 + Status.HitsEnd + s] >> 2;
          for (let k = (HITS_AT + s * q * 8) >> 2; k < stop; k += 2) {
            onHit((words[k] - TABLE_AT) >> 2, at + ((words[k + 1] - TEXT_AT) >> 1));
          }
        }
        r = (words[STATUS_AT / 4 + Status.Row] - TABLE_AT) >> 2;
        done = 4 * q;
      }
      for (let u = done; u < n; u++) {
        const x = words[TABLE_AT / 4 + r + (classAt[CLASS_AT + units[TEXT_AT / 2 + u]] >> 2)];
        if (x < 0) {
          r = (~x - TABLE_AT) >> 2;
          onHit(r, at + u);
        } else r = (x - TABLE_AT) >> 2;
      }
      if (sink && this.feat) this.features(text, at, n, sink);
    }
    return r;
  }

  /** Runs the feature loop over the piece in memory (`[at, at + n)` of the text). */
  private features(text: string, at: number, n: number, sink: FeatureSink): void {
    const words = this.words;
    const status = STATUS_AT / 4;
    if (at === 0) {
      words[status + Status.RunDigits] = 0;
      words[status + Status.RunGap] = 100;
    }
    words[status + Status.PairsEnd] = PAIRS_AT;
    words[status + Status.RunsEnd] = RUNS_AT;
    words[status + Status.BreaksEnd] = BREAKS_AT;
    this.feat!(TEXT_AT, TEXT_AT + 2 * n, at, at + n);
    sink.pairs.append(words, PAIRS_AT / 4, words[status + Status.PairsEnd] / 4);
    sink.breaks.append(words, BREAKS_AT / 4, words[status + Status.BreaksEnd] / 4);
    const stop = words[status + Status.RunsEnd] / 4;
    for (let k = RUNS_AT / 4; k < stop; k++) {
      const [first, after] = digitRunAround(text, words[k]);
      sink.runs.push(first);
      sink.runs.push(after);
    }
    sink.filled = true;
  }
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * The run holding `seventh`, the RUN_DIGITS-th digit from the run's start: its first digit
 * and the offset after its last. Back from `seventh` lie exactly the run's other digits,
 * with at most RUN_GAP separators between neighbours; forward it goes on while they do.
 */
export function digitRunAround(text: string, seventh: number): [number, number] {
  let first = seventh;
  for (let seen = 1, i = seventh - 1; seen < RUN_DIGITS; i--) {
    if (isDigit(text.charCodeAt(i))) {
      first = i;
      seen++;
    }
  }
  let last = seventh;
  for (let i = seventh + 1; i < text.length && i - last <= RUN_GAP + 1; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) last = i;
    else if ((featureOf(c) & SEPARATOR) === 0) break;
  }
  return [first, last + 1];
}

/**
 * Where the feature loop leaves its results for one scan: the starts of all name pairs,
 * the digit runs as (first digit, after last digit) pairs and the offsets of all line
 * breaks (`\n` and `\r`), in text order. Filled only
 * when the whole text has been scanned from offset 0 by a kernel.
 */
export interface FeatureSink {
  readonly pairs: GrowableInts;
  readonly runs: GrowableInts;
  readonly breaks: GrowableInts;
  filled: boolean;
}

/** Code units from here on have no feature bits. */
const FEATURE_LIMIT = 0x80;

/** The feature bits of one code unit, as the regular expressions they replace define them. */
export function featureOf(c: number): number {
  let f = 0;
  if (c >= 48 && c <= 57) f |= DIGIT;
  if (c === 32 || c === 45 || c === 47 || c === 40 || c === 41 || c === 46 || c === 43 || (c >= 65 && c <= 90)) f |= SEPARATOR;
  return f;
}

/** An append-only list of 32-bit integers that reuses its storage between scans. */
export class GrowableInts {
  data = new Int32Array(1024);
  length = 0;
  clear(): void {
    this.length = 0;
  }
  push(v: number): void {
    if (this.length === this.data.length) this.grow(this.length + 1);
    this.data[this.length++] = v;
  }
  append(from: Int32Array, start: number, end: number): void {
    const n = end - start;
    if (n <= 0) return;
    if (this.length + n > this.data.length) this.grow(this.length + n);
    this.data.set(from.subarray(start, end), this.length);
    this.length += n;
  }
  private grow(min: number): void {
    let size = this.data.length * 2;
    while (size < min) size *= 2;
    const next = new Int32Array(size);
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }
}
