/** A child process for the forwarding crash test: forwards until killed, printing each acknowledged batch. */
import { AuditForwarder } from '../../../src/audit/forwarder';

const [dir, cursorFile, url] = process.argv.slice(2);
const f = new AuditForwarder({ location: { dir }, cursorFile, url, batchSize: 5, timeoutMs: 2000, initialBackoffMs: 20, maxBackoffMs: 100, pollMs: 50, onSent: (n) => process.stdout.write(`sent ${n}\n`) });
f.start();
