import type { DetectorExamples } from '../../types';

// Kept out of the detector module so that the shipped bundle holds no secret-shaped test strings.
export const examples: Readonly<Record<string, DetectorExamples>> = {
  'email-address': {
    positive: [
      { text: 'Kontakt: max.mustermann@firma.de, Tel. intern', values: ['max.mustermann@firma.de'] },
      { text: 'cc: "Jürgen Weiß" <j.weiss@müller-bau.de>', values: ['j.weiss@müller-bau.de'] },
      { text: 'reply to anna+invoices@shop.co.uk.', values: ['anna+invoices@shop.co.uk'] },
      { text: 'MAILTO:Ayse.Yilmaz@Beispiel-GmbH.DE', values: ['Ayse.Yilmaz@Beispiel-GmbH.DE'] },
      // A company's no-reply sender is still its address (at lower confidence).
      { text: '  MAIL_FROM: noreply@moebel-lange.de', values: ['noreply@moebel-lange.de'] },
      { text: 'From: do-not-reply@bank-bremen.de, Reply-To: kundenservice@bank-bremen.de', values: ['do-not-reply@bank-bremen.de', 'kundenservice@bank-bremen.de'] },
      // Real-looking names at real-looking domains, even with a generic word on one side.
      { text: 'user.meier@domainfactory.de und foo.bar@barmer.de', values: ['user.meier@domainfactory.de', 'foo.bar@barmer.de'] },
      { text: 'Schreib an lea@company.io oder info@mail-partner.com', values: ['lea@company.io', 'info@mail-partner.com'] },
    ],
    negative: [
      'send it to alice@example.com or bob@example.org',
      'import x from "@scope/package"',
      'git@github',
      'git clone git@github.com:org/repo.git',
      'user@localhost is fine',
      'write to someone@test',
      'a@b.invalid and c@d.example and e@f.test',
      'your.name@company.com',
      '@Component({ selector: "app" })',
      'npm i @types/node@20.1.0',
      'noreply@example.com',
      'MAILER-DAEMON@mx01.provider.net',
      // Documented stand-ins: a placeholder domain or TLD, or a stand-in on both sides.
      'Keep it simple (something@domain.tld) and confirm ownership',
      'e.g. name@domain.tld, user@domain.com or admin@mail.domain.de',
      'Beispiel: foo@bar.com, test@mail.com',
      'Reach you@yourcompany.com, max@your-domain.de or info@ihre-firma.de',
      'contact john.doe@company.co.uk',
    ],
  },
};
