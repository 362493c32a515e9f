import type { DetectorExamples } from '../../types';

// Kept out of the detector module so that the shipped bundle holds no secret-shaped test strings.
const RSA_BODY = 'MIIEowIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM2Bq1VbyH1X0ZvF1hN3Q9QvZbJ2d8\nl0fXc5Qm1eRkP7yXc2d1a9b8c7d6e5f4g3h2i1j0k9l8m7n6o5p4q3r2s1t0u9v8';
const RSA = `-----BEGIN RSA PRIVATE KEY-----\n${RSA_BODY}\n-----END RSA PRIVATE KEY-----`;
const EC_BODY = ['MHcCAQEEIHnrwWdJ7o/Orrv6+dQcc0RBl02Bhw11q8ya0feT7oJhoAoGCCqGSM49', 'AwEHoUQDQgAEuT49s3Ebj3dl8TLIcMqJj4Zx6UZmsIWMYFQBrSMaF6WTs5H3CFRC'];
/** A key in a YAML block scalar (`key: |`): every line indented by four spaces. */
const EC_YAML = ['-----BEGIN EC PRIVATE KEY-----', ...EC_BODY, '-----END EC PRIVATE KEY-----'].join('\n    ');
const PGP = '-----BEGIN PGP PRIVATE KEY BLOCK-----\nVersion: GnuPG v2\n\nlQOYBGU1w0ABCAC7kq2Zx9Vb4Nw8Tc1Hy6Pf3Js0Ua5EgQoR8dKq2LmZx7Vb4Nw9Tc1H\n=Xq3k\n-----END PGP PRIVATE KEY BLOCK-----';

export const examples: Readonly<Record<string, DetectorExamples>> = {
  'private-key': {
    positive: [
      { text: `key = """\n${RSA}\n"""`, values: [RSA] },
      {
        text: '-----BEGIN OPENSSH PRIVATE KEY-----\r\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\r\n-----END OPENSSH PRIVATE KEY-----',
        values: ['-----BEGIN OPENSSH PRIVATE KEY-----\r\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\r\n-----END OPENSSH PRIVATE KEY-----'],
      },
      { text: `gpg export:\n${PGP}\n`, values: [PGP] },
      {
        text: '"private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7kq2Zx9Vb4Nw8\\n-----END PRIVATE KEY-----\\n"',
        values: ['-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7kq2Zx9Vb4Nw8\\n-----END PRIVATE KEY-----'],
      },
      { text: `tls:\n  key: |\n    ${EC_YAML}\ndatabase:\n  url: x`, values: [EC_YAML] },
    ],
    negative: [
      '-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----',
      '-----BEGIN PRIVATE KEY-----\n<your key here>\n-----END PRIVATE KEY-----',
      '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA3Tz2mr7SZiAMfQyuvBjM2Bq1\n-----END PUBLIC KEY-----',
      '-----BEGIN PRIVATE KEY-----\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n-----END PRIVATE KEY-----',
      '-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5oWmEXAMPLEKEY9XoAoGCCqGSM49\n-----END EC PRIVATE KEY-----',
      // Indented placeholders are still placeholders.
      'tls:\n  key: |\n    -----BEGIN EC PRIVATE KEY-----\n    <paste the key here>\n    -----END EC PRIVATE KEY-----',
      'tls:\n  key: |\n    -----BEGIN EC PRIVATE KEY-----\n    ...\n    -----END EC PRIVATE KEY-----',
    ],
  },
  'private-key-truncated': {
    positive: [
      { text: `here is the start of it:\n-----BEGIN RSA PRIVATE KEY-----\n${RSA_BODY}\n`, values: [`-----BEGIN RSA PRIVATE KEY-----\n${RSA_BODY}\n`] },
      { text: `  key: |\n    -----BEGIN EC PRIVATE KEY-----\n    ${EC_BODY[0]}\n`, values: [`-----BEGIN EC PRIVATE KEY-----\n    ${EC_BODY[0]}\n`] },
      {
        text: '-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI3Tz2mr7SZiACAggA',
        values: ['-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI3Tz2mr7SZiACAggA'],
      },
    ],
    negative: [
      '-----BEGIN RSA PRIVATE KEY-----\n(paste your key here)',
      '-----BEGIN PRIVATE KEY-----\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n',
      '-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ\n',
      'if (line.startsWith("-----BEGIN RSA PRIVATE KEY-----")) parse(line);',
      '  key: |\n    -----BEGIN EC PRIVATE KEY-----\n    xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n',
    ],
  },
  'putty-private-key': {
    positive: [
      {
        text: 'PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAIBb3kq2Zx9Vb4Nw8Tc1Hy6Pf3Js0Ua5EgQoR8dKq2L\nmZx7\nPrivate-Lines: 1\nAAAAIHq3kP9vRm2LtW7yZc4HbN8dJf1Gs6Ua0EoQiTrVxYpK2Jd9QmX7pLr4TzW8\nPrivate-MAC: 0b9f',
        values: ['PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAIBb3kq2Zx9Vb4Nw8Tc1Hy6Pf3Js0Ua5EgQoR8dKq2L\nmZx7\nPrivate-Lines: 1\nAAAAIHq3kP9vRm2LtW7yZc4HbN8dJf1Gs6Ua0EoQiTrVxYpK2Jd9QmX7pLr4TzW8'],
      },
    ],
    negative: ['PuTTY-User-Key-File-3: ssh-ed25519\nPrivate-Lines: 1\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'Save it as PuTTY-User-Key-File-3 format.'],
  },
};
