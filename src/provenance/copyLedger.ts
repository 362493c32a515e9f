import { createHmac, randomBytes } from 'node:crypto';
import type { SourceVerdict } from './sourceRules';

/** Where copied text came from. */
export interface CopySource {
  readonly path: string;
  /** 1-based first and last line of the copied ranges. */
  readonly startLine: number;
  readonly endLine: number;
  readonly verdict?: SourceVerdict;
}

interface Entry {
  readonly source: CopySource;
  readonly whole: string;
  readonly lines: ReadonlySet<string>;
  readonly at: number;
}

export interface LedgerOptions {
  readonly maxEntries?: number;
  /** Copies older than this are forgotten. */
  readonly ttlMs?: number;
  readonly now?: () => number;
}

/** Lines shorter than this say too little about their origin (`}`, `---`, `end`). */
const MIN_LINE = 6;

function normalise(line: string): string {
  return line.trim().replace(/\s+/g, ' ');
}

/**
 * Remembers recent copies by keyed fingerprints of the whole text and of each line, never
 * the text itself, so that a later paste can be traced to its file even after edits:
 * a paste matches a copy when a large enough share of its meaningful lines came from it.
 */
export class CopyLedger {
  private readonly entries: Entry[] = [];
  private readonly key = randomBytes(32);
  private readonly maxEntries: number;
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(options: LedgerOptions = {}) {
    this.maxEntries = options.maxEntries ?? 200;
    this.ttlMs = options.ttlMs ?? 8 * 3600_000;
    this.now = options.now ?? Date.now;
  }

  private fingerprint(text: string): string {
    return createHmac('sha256', this.key).update(text).digest('base64').slice(0, 22);
  }

  private lineSet(text: string): Set<string> {
    const out = new Set<string>();
    for (const line of text.split(/\r\n|\r|\n/)) {
      const n = normalise(line);
      if (n.length >= MIN_LINE) out.add(this.fingerprint(n));
    }
    return out;
  }

  record(text: string, source: CopySource): void {
    this.prune();
    this.entries.push({ source, whole: this.fingerprint(normalise(text)), lines: this.lineSet(text), at: this.now() });
    if (this.entries.length > this.maxEntries) this.entries.splice(0, this.entries.length - this.maxEntries);
  }

  /**
   * The most recent copy this text came from: the same text, or at least half of its
   * meaningful lines (and at least one) found in one copy.
   */
  match(text: string): CopySource | undefined {
    this.prune();
    const whole = this.fingerprint(normalise(text));
    const lines = this.lineSet(text);
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const e = this.entries[i];
      if (e.whole === whole) return e.source;
      if (lines.size === 0) continue;
      let shared = 0;
      for (const l of lines) if (e.lines.has(l)) shared++;
      if (shared > 0 && shared * 2 >= lines.size) return e.source;
    }
    return undefined;
  }

  get size(): number {
    return this.entries.length;
  }

  private prune(): void {
    const cutoff = this.now() - this.ttlMs;
    while (this.entries.length > 0 && this.entries[0].at < cutoff) this.entries.shift();
  }
}
