import type { DetectorExamples } from '../../types';

export const examples: Readonly<Record<string, DetectorExamples>> = {
  'internal-host': {
    positive: [
      { text: 'Ticket liegt unter https://jira.intern.acme.de/browse/OPS-12', values: ['jira.intern.acme.de'] },
      { text: 'Die DB läuft auf db01.corp.acme.internal, Port 5432.', values: ['db01.corp.acme.internal'] },
      { text: 'curl https://wiki.intranet/display/OPS', values: ['wiki.intranet'] },
      { text: 'ssh build-07.lan', values: ['build-07.lan'] },
      { text: 'host: nas.home.arpa', values: ['nas.home.arpa'] },
      { text: 'jdbc-less: app-01.int.acme.com:8443', values: ['app-01.int.acme.com'] },
      { text: 'Ping printer.local', values: ['printer.local'] },
      { text: 'kubectl exec svc: redis.cache.svc.cluster.local:6379', values: ['redis.cache.svc.cluster.local'] },
      // Internal-only suffixes need no host word in prose.
      { text: 'The dashboard at grafana.mon.corp.internal shows no data since 02:00.', values: ['grafana.mon.corp.internal'] },
      { text: 'P1: cannot reach jenkins.build.intranet from the VPN.', values: ['jenkins.build.intranet'] },
      { text: 'The token was issued by our auth server at auth.svc.cluster.local.', values: ['auth.svc.cluster.local'] },
      { text: 'Backups gehen nach nas.keller.lan, Kopien nach tape.rz.corp.internal.', values: ['nas.keller.lan', 'tape.rz.corp.internal'] },
      { text: 'can you check bkp01.ops.ledgerly.internal?', values: ['bkp01.ops.ledgerly.internal'] },
      // A parenthesis after a blank is prose, not a call.
      { text: 'fyi backup host bkp01.ops.ledgerly.internal (10.42.9.4) has 2 TB free', values: ['bkp01.ops.ledgerly.internal'] },
      { text: 'ssh db01.corp.acme.internal (the primary) first', values: ['db01.corp.acme.internal'] },
    ],
    negative: [
      'if (this.options.internal) return;',
      'module.exports.internal = true;',
      'const x = ts.internal(y);',
      'see www.acme.com and api.acme.io',
      'window.localStorage.setItem(k, v)',
      '127.0.0.1 localhost.localdomain',
      'The corp. strategy and the local team',
      // Code chains and package names under the same suffixes.
      'const v = options.flags.internal;',
      'return this.state.internal;',
      'import com.acme.billing.internal.Invoice;',
      'package org.acme.internal;',
      'from acme.tools.internal import helpers',
      'window.app.internal.lan = true',
      // Two labels and an ambiguous suffix stay with the stronger rules.
      'see jenkins.intranet today',
      'copy settings.dev.local to the server',
      // Calls, also spaced, when nothing else says host.
      'const y = foo.bar.internal(x);',
      'foo.bar.internal (x)',
      'return cfg.flags.internal [0]',
    ],
  },
};
