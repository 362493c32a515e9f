import type { EntityType, Finding } from './types';

/**
 * Replaces each finding by a typed placeholder (`<EMAIL_ADDRESS_1>`). The same value
 * gets the same number each time it occurs, so a redacted prompt keeps its meaning
 * ("send <EMAIL_ADDRESS_1> the invoice, cc <EMAIL_ADDRESS_1>").
 */
export function redactText(text: string, findings: readonly Finding[]): string {
  const numbers = new Map<EntityType, Map<string, number>>();
  const label = (type: EntityType, value: string): string => {
    let perType = numbers.get(type);
    if (!perType) numbers.set(type, (perType = new Map()));
    let n = perType.get(value);
    if (n === undefined) perType.set(value, (n = perType.size + 1));
    return `<${type}_${n}>`;
  };
  const ordered = [...findings].sort((a, b) => a.start - b.start);
  let out = '';
  let cursor = 0;
  for (const f of ordered) {
    if (f.start < cursor) continue; // overlaps are resolved by the scanner; never emit text twice
    out += text.slice(cursor, f.start) + label(f.type, text.slice(f.start, f.end));
    cursor = f.end;
  }
  return out + text.slice(cursor);
}
