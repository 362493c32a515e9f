import { createLocator, maskValue, type ScanResult } from '../../engine';

/** One line per finding, `file:line:column  TYPE  preview  (explanation)`, like a compiler. */
export function reportText(name: string, text: string, result: ScanResult): string {
  const locate = createLocator(text);
  const lines = result.findings.map((f) => {
    const { line, column } = locate(f.start);
    const preview = maskValue(f.type, text.slice(f.start, f.end));
    return `${name}:${line}:${column}  ${f.type}  ${preview}  (${f.explanation}, confidence ${f.confidence.toFixed(2)})`;
  });
  if (!result.complete) lines.push(`${name}: scan incomplete: time budget exhausted`);
  lines.push(`${result.findings.length} finding${result.findings.length === 1 ? '' : 's'}`);
  return lines.join('\n') + '\n';
}
