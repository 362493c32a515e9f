import { createLocator, maskValue, type ScanResult } from '../../engine';

/** The contract of DESIGN.md §2: `{"findings":[{type,start,end,confidence,detector,…}]}`. */
export function reportJson(text: string, result: ScanResult): string {
  const locate = createLocator(text);
  const findings = result.findings.map((f) => {
    const { line, column } = locate(f.start);
    return {
      type: f.type,
      start: f.start,
      end: f.end,
      confidence: Number(f.confidence.toFixed(3)),
      detector: f.detector,
      category: f.category,
      line,
      column,
      preview: maskValue(f.type, text.slice(f.start, f.end)),
      explanation: f.explanation,
    };
  });
  return JSON.stringify({ findings, complete: result.complete }) + '\n';
}
