import type { DetectorExamples } from '../../types';

// Kept out of the detector module so that the shipped bundle holds no secret-shaped test strings.
export const examples: Readonly<Record<string, DetectorExamples>> = {
  'github-token': {
    positive: [
      { text: 'GITHUB_TOKEN=ghp_R8dKq2LmZx7Vb4Nw9Tc1Hy6Pf3Js0Ua5EgQo', values: ['ghp_R8dKq2LmZx7Vb4Nw9Tc1Hy6Pf3Js0Ua5EgQo'] },
      { text: 'git clone https://x-access-token:ghs_a9Bc8De7Fg6Hi5Jk4Lm3No2Pq1Rs0TuVwXyZ@github.com/o/r', values: ['ghs_a9Bc8De7Fg6Hi5Jk4Lm3No2Pq1Rs0TuVwXyZ'] },
    ],
    negative: [
      'token: ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'ghp_R8dKq2LmZx7Vb4Nw9Tc1Hy6Pf3Js0Ua5Eg',
      'GITHUB_TOKEN=ghp_YOUR_TOKEN_HERE',
    ],
  },
  'github-fine-grained-token': {
    positive: [
      {
        text: 'gh auth login --with-token <<< github_pat_11ABCDEFG0aQ3xYz9KmN2p_Wq8Rt5Uv1Xy4Za7Bc0De3Fg6Hi9Jk2Lm5No8Pq1Rs4Tu7Vw0Xy3Za6Bc9De',
        values: ['github_pat_11ABCDEFG0aQ3xYz9KmN2p_Wq8Rt5Uv1Xy4Za7Bc0De3Fg6Hi9Jk2Lm5No8Pq1Rs4Tu7Vw0Xy3Za6Bc9De'],
      },
    ],
    negative: ['github_pat_xxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
};
