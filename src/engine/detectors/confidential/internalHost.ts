/**
 * Host names that only resolve inside an organisation: `*.internal`, `*.intranet`,
 * `*.corp`, `*.local`, `*.lan`, `*.home.arpa`, `*.localdomain`, and names with such a
 * label inside (`db01.corp.acme.com`, the German `jira.intern.acme.de`). Private-range IP
 * addresses (`http://10.1.2.3/`) are left to the IP_ADDRESS detector: one span, one type,
 * and the policy can still treat them as it likes.
 *
 * Code is full of `obj.internal`-like chains, so a name needs host evidence: it sits in a
 * URL or after `@`, is followed by a port or path, follows a word such as `host` or
 * `ssh`, or has three or more labels with a digit or hyphen (`db01`, `app-02`). Under a
 * suffix that exists only inside networks (`.internal`, `.intranet`, `.corp`, `.lan`,
 * `.cluster.local` …) three lower-case labels in prose are enough (`The dashboard at
 * grafana.mon.corp.internal`): 10 MB of npm code hold no such chain, while `.local`
 * alone also ends `settings.local` and `.env.local`. Package names (`com.acme.internal`)
 * and member chains (`this.options.internal`) still need more.
 */
import type { Candidate, Detector } from '../../types';

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const HOST = new RegExp(
  `(?<![\\w.$-])((?:${LABEL}\\.)+(?:internal|intranet|corp|local|lan|home\\.arpa|localdomain|intra)|(?:${LABEL}\\.)*${LABEL}\\.(?:corp|intranet|internal|intra|intern|int)\\.(?:${LABEL}\\.)*[a-z]{2,24})(?![\\w-]|\\.[a-z0-9])`,
  'g',
);
/** Suffixes that no public name has and code rarely chains to. */
const INTERNAL_ONLY = /\.(?:internal|intranet|corp|lan|intra|home\.arpa|localdomain|cluster\.local)$/;
/** First labels of member chains and of Java, Kotlin and Python package names, not of hosts. */
const CODE_ROOT = /^(?:this|self|cls|super|window|document|globalthis|global|module|exports|process|require|obj|object|options|opts|config|cfg|props|state|ctx|context|args|kwargs|params|data|utils?|lib|com|org|net|io|java|javax|android|androidx|kotlin|scala|jdk|sun)$/;
/** Words after which a dotted name is code: an import, a package, an expression. */
const CODE_BEFORE = /(?:\b(?:import|package|using|namespace|require|return|typeof|instanceof|new|await|yield|delete|void|throw|case)|[=!&|?+*<>{[~^%])\s*$/;
const HOST_WORD = /(?:host(?:name)?|server|ssh|scp|rsync|ping|connect(?:ing)? to|proxy|endpoint|dns|fqdn|nslookup|dig|curl|wget|telnet|rechner|zugriff auf)\s*[:=]?\s*["'`]?(?:[\w.-]+@)?$/i;

function* findInternalHosts(text: string, start: number, end: number): Iterable<Candidate> {
  const slice = text.slice(start, end);
  HOST.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HOST.exec(slice)) !== null) {
    const host = m[1];
    if (host === 'localhost.localdomain' || host.endsWith('.in-addr.arpa')) continue;
    const s = start + m.index;
    const e = s + host.length;
    const before = text.slice(Math.max(0, s - 40), s);
    const after = text.slice(e, Math.min(text.length, e + 8));
    // Right after the name, `(`, `[` or `=` make it a call, an index or an assignment target. A
    // parenthesis after a blank is mostly prose (`backup host bkp01.ops.acme.internal
    // (10.42.9.4)`): it rules out only names that have no host evidence of their own.
    if (/^[(\[]|^\s*=(?!\s*["'`])/.test(after)) continue;
    const spacedParen = /^\s+[(\[]/.test(after);
    const labels = host.split('.');
    let note: string | undefined;
    if (/:\/\/(?:[^\s/@]*@)?$/.test(before)) note = 'in a URL';
    else if (/@$/.test(before)) note = 'after @';
    else if (/^:\d{1,5}(?!\d)|^\/[\w-]/.test(after)) note = 'with a port or path';
    else if (HOST_WORD.test(before)) note = 'after a host keyword';
    else if (labels.length >= 3 && labels.some((l) => /\d|-/.test(l))) note = 'multi-label host name';
    else if (spacedParen) continue;
    else if (labels.length >= 3 && INTERNAL_ONLY.test(host) && !CODE_ROOT.test(labels[0]) && !CODE_BEFORE.test(before) && !/^(?:;|\.[A-Za-z_$]|\s+import\b)/.test(after)) {
      note = 'under an internal-only domain';
    }
    if (!note) continue;
    yield { start: s, end: e, note };
  }
}

export const internalHostName: Detector = {
  id: 'internal-host',
  type: 'INTERNAL_HOST',
  description: 'internal host name',
  keywords: ['.internal', '.intranet', '.corp', '.local', '.lan', '.home.arpa', '.localdomain', '.intra', '.int.', '.intern.'],
  find: findInternalHosts,
  confidence: 0.85,
  maxLength: 260,
};
