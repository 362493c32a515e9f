import type { DetectorExamples } from '../../types';

export const examples: Readonly<Record<string, DetectorExamples>> = {
  'internal-host': {
    positive: [
      { text: 'Die DB läuft auf db01.corp.acme.internal, Port 5432.', values: ['db01.corp.acme.internal'] },
      { text: 'curl https://wiki.intranet/display/OPS', values: ['wiki.intranet'] },
      { text: 'ssh build-07.lan', values: ['build-07.lan'] },
      { text: 'host: nas.home.arpa', values: ['nas.home.arpa'] },
      { text: 'jdbc-less: app-01.int.acme.com:8443', values: ['app-01.int.acme.com'] },
      { text: 'Ping printer.local', values: ['printer.local'] },
      { text: 'kubectl exec svc: redis.cache.svc.cluster.local:6379', values: ['redis.cache.svc.cluster.local'] },
    ],
    negative: [
      'if (this.options.internal) return;',
      'module.exports.internal = true;',
      'const x = ts.internal(y);',
      'see www.acme.com and api.acme.io',
      'window.localStorage.setItem(k, v)',
      '127.0.0.1 localhost.localdomain',
      'The corp. strategy and the local team',
    ],
  },
};
