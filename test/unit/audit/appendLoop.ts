/**
 * A child process for the crash tests: appends events as fast as it can and prints each
 * event id once its append is acknowledged (on disk), until it is killed or reaches `count`.
 */
import { AuditLogWriter } from '../../../src/audit/writer';
import { createAuditEvent } from '../../../src/audit/record';

const [dir, maxBytes, countArg, tag] = process.argv.slice(2);
const count = Number(countArg);
const writer = new AuditLogWriter({ location: { dir }, maxFileBytes: Number(maxBytes), onError: (e) => process.stderr.write(`append failed: ${e.message}\n`) });
const key = Buffer.alloc(32, 7);

async function loop(): Promise<void> {
  let n = 0;
  // A few appends in flight at once, as when several pastes are decided together.
  const inflight = new Set<Promise<void>>();
  while (count <= 0 || n < count) {
    const i = n++;
    const body = createAuditEvent(
      { text: 'x', findings: [], action: 'warn', choice: 'anyway', reason: `${tag} ${i}`, target: { surface: 'chat.panel' }, policy: { source: 'test', hash: 'h' }, user: tag, machine: 'm', workspace: 'w', producer: 'cli', version: '0' },
      { key },
    );
    const p = writer.append(body).then((r) => {
      if (r.ok) process.stdout.write(`${r.event.eventId}\n`);
      inflight.delete(p);
    });
    inflight.add(p);
    if (inflight.size >= 4) await Promise.race(inflight);
  }
  await Promise.all(inflight);
}
void loop();
