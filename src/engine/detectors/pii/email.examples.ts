import type { DetectorExamples } from '../../types';

// Kept out of the detector module so that the shipped bundle holds no secret-shaped test strings.
export const examples: Readonly<Record<string, DetectorExamples>> = {
  'email-address': {
    positive: [
      { text: 'Kontakt: max.mustermann@firma.de, Tel. intern', values: ['max.mustermann@firma.de'] },
      { text: 'cc: "Jürgen Weiß" <j.weiss@müller-bau.de>', values: ['j.weiss@müller-bau.de'] },
      { text: 'reply to anna+invoices@shop.co.uk.', values: ['anna+invoices@shop.co.uk'] },
    ],
    negative: [
      'send it to alice@example.com or bob@example.org',
      'import x from "@scope/package"',
      'git@github',
      'user@localhost is fine',
      'write to someone@test',
      'your.name@company.com',
    ],
  },
};
