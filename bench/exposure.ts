// AI exposure report speed: files per second over a large real tree (the installed
// node_modules of this project: third-party code, not our own files), scanned the way
// the "AI exposure report" command does it. Run: npx tsx bench/exposure.ts [DIR] [MAX_FILES]
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defaultRegistry } from '../src/engine';
import { scanFileExposure } from '../src/exposure/scanFile';
import { BUILTIN_POLICY } from '../src/policy/defaults';

function listFiles(dir: string, limit: number, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (out.length >= limit) break;
    const p = join(dir, entry.name);
    if (entry.isDirectory()) listFiles(p, limit, out);
    else if (entry.isFile()) out.push(p);
  }
  return out;
}

async function main(): Promise<void> {
  const root = process.argv[2] ?? join(__dirname, '..', 'node_modules');
  const max = Number(process.argv[3] ?? 20000);
  const files = listFiles(root, max);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let scanned = 0;
  let skipped = 0;
  let withFindings = 0;
  for (const f of files) {
    const r = await scanFileExposure(f, relative(root, f), BUILTIN_POLICY, defaultRegistry);
    if (r === 'skipped') skipped++;
    else {
      scanned++;
      if (r) withFindings++;
    }
  }
  const secs = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  console.log(`${files.length} files (${scanned} scanned, ${skipped} skipped, ${withFindings} with findings) in ${secs.toFixed(1)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU`);
  console.log(`${(files.length / secs).toFixed(0)} files/s wall, ${(files.length / ((cpu.user + cpu.system) / 1e6)).toFixed(0)} files/s CPU`);
}

void main();
