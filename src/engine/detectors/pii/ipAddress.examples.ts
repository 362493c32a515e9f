import type { DetectorExamples } from '../../types';

export const examples: Readonly<Record<string, DetectorExamples>> = {
  'ip-address-v4': {
    positive: [
      { text: "GET http://10.0.0.1/health from 203.1.113.7", values: ["10.0.0.1", "203.1.113.7"] },
      { text: 'Login von 85.214.132.117 um 10:42', values: ['85.214.132.117'] },
      { text: 'host=192.168.178.21 port=5432', values: ['192.168.178.21'] },
      { text: 'IPs: 8.8.8.8, 10.0.0.12.', values: ['8.8.8.8', '10.0.0.12'] },
      { text: 'Server 10.20.30.40 ist down, dev 192.168.1.20 auch', values: ['10.20.30.40', '192.168.1.20'] },
      { text: 'ping 8.8.4.4 geht, Server 10.0.0.5 nicht', values: ['8.8.4.4', '10.0.0.5'] },
      // A word naming a machine wins over a version word in front of it.
      { text: 'firmware server 10.0.0.5 and the Buildserver 10.20.30.40', values: ['10.0.0.5', '10.20.30.40'] },
      { text: 'Login von 85.214.132.117 nach dem Release', values: ['85.214.132.117'] },
      { text: 'Version 2 läuft auf 10.1.2.3', values: ['10.1.2.3'] },
    ],
    negative: [
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36",
      "Safari Version/17.4.1.0 Mobile",
      'listen on 127.0.0.1:8080 and 0.0.0.0',
      'netmask 255.255.255.0',
      'docs use 192.0.2.10 and 203.0.113.5',
      '"version": "1.2.3.4"',
      'ver 2.4.10.1 and v 3.1.4.1',
      'OID 1.3.6.1.4.1.311',
      'value 256.1.1.1',
      'multicast 239.255.255.250',
      'date 01.02.2023.10',
      // Version numbers named by a compound, a phrase or a product word after them.
      'Versionshinweise 4.2.1.0 (Build 20240918.3)',
      'Versionsnummer 4.2.1.0, Mindestversion 10.0.1.2',
      'Release-Notes 4.2.1.0 and Release notes 4.2.1.1',
      'Build 10.0.190.1',
      'tested on 10.4.2.1 firmware',
      'firmware 10.4.2.1, Firmware-Version 10.4.2.2, Softwarestand: 10.4.2.3',
      'Section 3.4.1.1 and § 3.4.1.2',
    ],
  },
  'ip-address-v6': {
    positive: [
      { text: 'client 2a02:8108:1440:5d00:a1b2:c3d4:e5f6:789a connected', values: ['2a02:8108:1440:5d00:a1b2:c3d4:e5f6:789a'] },
      { text: 'addr 2001:4860:4860::8888 ok', values: ['2001:4860:4860::8888'] },
      { text: 'link fe80::1c2d:3e4f:5a6b:7c8d%eth0', values: ['fe80::1c2d:3e4f:5a6b:7c8d'] },
    ],
    negative: ['bind ::1 and ::', 'docs 2001:db8::1', 'std::vector<int>', 'a::before { }', 'time 12:30:45', 'mac 00:1a:2b:3c:4d:5e'],
  },
};
