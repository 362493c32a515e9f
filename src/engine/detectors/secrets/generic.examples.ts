import type { DetectorExamples } from '../../types';

// Kept out of the detector module so that the shipped bundle holds no secret-shaped test strings.
export const examples: Readonly<Record<string, DetectorExamples>> = {
  'generic-secret': {
    positive: [
      { text: "  auth: {\n    jwtSecret: 'hXS33apzEw57eROKFdElwE/2qC8AnfiM',\n  },", values: ["hXS33apzEw57eROKFdElwE/2qC8AnfiM"] },
      { text: 'JWT_SECRET=q8Vz3LmXw7Tn2Hb9Rc4Yd1Gs6Ja0EkPf', values: ['q8Vz3LmXw7Tn2Hb9Rc4Yd1Gs6Ja0EkPf'] },
      { text: '  client_secret: "Hq7-Vz2LmXw9Tn4Rb8Yc3Gd6"', values: ['Hq7-Vz2LmXw9Tn4Rb8Yc3Gd6'] },
      { text: "const apiKey = 'Zk4Lq8Vm2Xw7Tn3Hb9Rc';", values: ['Zk4Lq8Vm2Xw7Tn3Hb9Rc'] },
      { text: 'billing_api_key: "9f2c4e7a1b3d5f6e8a0c2b4d6f8e1a3c"', values: ['9f2c4e7a1b3d5f6e8a0c2b4d6f8e1a3c'] },
      { text: 'shared_secret = "kJ8#pQ2$wL5!zX9&"', values: ['kJ8#pQ2$wL5!zX9&'] },
      // .env and YAML take unquoted values with symbols; a comment may follow.
      { text: 'NODE_ENV=production\nJWT_SECRET=f9Kq2!mZx7@Lp4Rt#Vw8\nSUPPORT_EMAIL=support@example.com', values: ['f9Kq2!mZx7@Lp4Rt#Vw8'] },
      { text: 'export SESSION_SECRET=Qx7#mP2!vL9@wR4%tZ # rotated in May', values: ['Qx7#mP2!vL9@wR4%tZ'] },
      { text: 'auth:\n  client_secret: Hq7*Vz2&LmXw9^Tn4Rb8\n', values: ['Hq7*Vz2&LmXw9^Tn4Rb8'] },
    ],
    negative: [
      "tokenName: 'MyServiceTokenNameForTheBillingApi2'",
      "jwtSecret: 'xxxxxxxxxxxxxxxxxxxxxxxx'",
      'session_token = "3f2b8c1e-9a4d-4e6f-8b2a-1c3d5e7f9a0b"',
      'commit_token: 9fceb02d0ae598e95dc970b74767f19372d61af8',
      'token = "d41d8cd98f00b204e9800998ecf8427e"',
      'api_key_hash: "9f2c4e7a1b3d5f6e8a0c2b4d6f8e1a3c"',
      'secret_sha256 = "9f2c4e7a1b3d5f6e8a0c2b4d6f8e1a3c9f2c4e7a1b3d5f6e8a0c2b4d6f8e1a3c"',
      'secret: "${{ secrets.DEPLOY_KEY_2024 }}"',
      'secret_sha = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"',
      '"integrity": "sha512-Q2Vz3LmXw7Tn2Hb9Rc4Yd1Gs6Ja0EkPfq8Vz3LmXw7Tn2Hb9Rc4Yd1Gs6Ja0EkPf=="',
      'token_version = "1.22.3-beta.4"',
      'secret: SECRET_KEY_FROM_ENVIRONMENT',
      'api_key = "YOUR_API_KEY_HERE_1234"',
      'token = scanner.getTokenValue1()',
      'token_expires_at = "2024-11-23T10:15:30Z"',
      'next_token = "AQICAHh8Vz3LmXw7Tn2Hb9Rc4Yd1Gs6Ja0Ek"',
      'SECRET_NAME=my-service-secret-name-v2',
      // Unquoted symbols mid-line are code, and addresses or URLs are no secrets.
      'const s = { secret: f9Kq2!mZx7@Lp4Rt#Vw8 };',
      'if (token = f9Kq2!mZx7@Lp4Rt#Vw8) x();',
      'SECRET_OWNER=john.doe42@acme-corp.com',
      'TOKEN_ENDPOINT_FALLBACK=https://auth.acme.io/oauth2/v1?x=1',
      '  apiKey: options.apiKey2||defaultApiKey2',
      'SESSION_SECRET=${SESSION_SECRET_FROM_VAULT}!x',
    ],
  },
};
