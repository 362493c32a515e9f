import type { DetectorExamples } from '../../types';

// Kept out of the detector module so that the shipped bundle holds no secret-shaped test strings.
const TOKEN = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtZGVwbG95Iiwic2NvcGUiOiJhZG1pbiIsImlhdCI6MTczMjMwMDAwMH0.Xq3kP9vRm2LtW7yZc4HbN8dJf1Gs6Ua0EoQiTrVxYpK';

export const examples: Readonly<Record<string, DetectorExamples>> = {
  jwt: {
    positive: [
      { text: `curl -H "Authorization: Bearer ${TOKEN}" https://api.acme.io/v1/me`, values: [TOKEN] },
      { text: `{"id_token":"${TOKEN}"}`, values: [TOKEN] },
    ],
    negative: [
      // No alg in the header; alg "none"; jwt.io's documented sample; header not JSON.
      'eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiJ4In0.Xq3kP9vRm2LtW7yZc4HbN8dJf1Gs6Ua0EoQiTrVxYpK',
      'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.Xq3kP9vRm2LtW7yZc4HbN8dJf1Gs6Ua0EoQiTrVxYpK',
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
      'eyJub3Rqc29uIG9rYXk.eyJzdWIiOiJ4In0.Xq3kP9vRm2LtW7yZc4HbN8dJf1Gs6Ua0EoQiTrVxYpK',
      'Authorization: Bearer <jwt>',
    ],
  },
};
