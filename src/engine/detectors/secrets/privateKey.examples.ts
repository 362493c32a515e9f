import type { DetectorExamples } from '../../types';

// Kept out of the detector module so that the shipped bundle holds no secret-shaped test strings.
export const examples: Readonly<Record<string, DetectorExamples>> = {
  'private-key': {
    positive: [
      {
        text:
          'key = """\n-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM2Bq1VbyH1X0ZvF1hN3Q9QvZbJ2d8\nl0fXc5Qm1eRkP7yXc2d1a9b8c7d6e5f4g3h2i1j0k9l8m7n6o5p4q3r2s1t0u9v8\n-----END RSA PRIVATE KEY-----\n"""',
        values: [
          '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM2Bq1VbyH1X0ZvF1hN3Q9QvZbJ2d8\nl0fXc5Qm1eRkP7yXc2d1a9b8c7d6e5f4g3h2i1j0k9l8m7n6o5p4q3r2s1t0u9v8\n-----END RSA PRIVATE KEY-----',
        ],
      },
      {
        text: '-----BEGIN OPENSSH PRIVATE KEY-----\r\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\r\n-----END OPENSSH PRIVATE KEY-----',
        values: ['-----BEGIN OPENSSH PRIVATE KEY-----\r\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\r\n-----END OPENSSH PRIVATE KEY-----'],
      },
    ],
    negative: [
      '-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----',
      '-----BEGIN PRIVATE KEY-----\n<your key here>\n-----END PRIVATE KEY-----',
      '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA3Tz2mr7SZiAMfQyuvBjM2Bq1\n-----END PUBLIC KEY-----',
    ],
  },
};
