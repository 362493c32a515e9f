import type { DetectorExamples } from '../../types';

// Generated once from the shapes, then kept by hand; kept out of the bundle (vsce refuses secret-shaped strings).
export const examples: Readonly<Record<string, DetectorExamples>> = {
  'stripe-secret-key': {
    positive: [
      { text: 'STRIPE_SECRET_KEY_KEY="sk_live_F4SiiXaAUaMayS2VvIl65gPrNP1gVi2zDY"', values: ['sk_live_F4SiiXaAUaMayS2VvIl65gPrNP1gVi2zDY'] },
      { text: 'use sk_live_F4SiiXaAUaMayS2VvIl65gPrNP1gVi2zDY for the request', values: ['sk_live_F4SiiXaAUaMayS2VvIl65gPrNP1gVi2zDY'] },
    ],
    negative: [
      'STRIPE_SECRET_KEY_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'STRIPE_SECRET_KEY_KEY=sk_live_yGhJMP68rXeyLLlQwZcd63C',
      'STRIPE_SECRET_KEY_KEY=sk_live_L2sXpPQ1wTjHV4HDdoU3rQM9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU0LTGLCckRetqVOXCNjufOTtX4a7XFfV2UdUlpswmC1Gn05LP5mNsxKtDVMfaN7F2NXNOasS9lgN6vx3CYnToZ8q0GsKXxKpFx01EhCy05xmVxB9QglO6Vafx54wFrzf94SCiqqzzH7LAzEYSOg4ZXTS3E9riJtoReJ7S',
      'STRIPE_SECRET_KEY_KEY=sk_live_F4Si********',
      'STRIPE_SECRET_KEY_KEY=${STRIPE_SECRET_KEY}',
    ],
  },
  'stripe-test-secret-key': {
    positive: [
      { text: 'STRIPE_TEST_SECRET_KEY_KEY="sk_test_bv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGt"', values: ['sk_test_bv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGt'] },
      { text: 'use sk_test_bv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGt for the request', values: ['sk_test_bv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGt'] },
    ],
    negative: [
      'STRIPE_TEST_SECRET_KEY_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'STRIPE_TEST_SECRET_KEY_KEY=sk_test_ByNYCn2OxpacJwfq6IgYmj0',
      'STRIPE_TEST_SECRET_KEY_KEY=sk_test_Agx12ErYc7FkOWLN11iRn2QohoR72eBvg9GDw8wRnp787spoHwfFdolBzF4SiiXaAUaMayS2VvIl65gPrNP1gVi2zDYyGhJMP68rXeyLLlQwZcd63CL2sXpPQ1wTjHV4HDdoU3rQM9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU0LTGLCckRetqVOXCNjufOTtX4a7XFfV2UdUlpswmC1Gn05LP5m',
      'STRIPE_TEST_SECRET_KEY_KEY=sk_test_bv12********',
      'STRIPE_TEST_SECRET_KEY_KEY=${STRIPE_TEST_SECRET_KEY}',
    ],
  },
  'stripe-restricted-key': {
    positive: [
      { text: 'STRIPE_RESTRICTED_KEY_KEY="rk_live_NsxKtDVMfaN7F2NXNOasS9lgN6vx3CYnTo"', values: ['rk_live_NsxKtDVMfaN7F2NXNOasS9lgN6vx3CYnTo'] },
      { text: 'use rk_live_NsxKtDVMfaN7F2NXNOasS9lgN6vx3CYnTo for the request', values: ['rk_live_NsxKtDVMfaN7F2NXNOasS9lgN6vx3CYnTo'] },
    ],
    negative: [
      'STRIPE_RESTRICTED_KEY_KEY=rk_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'STRIPE_RESTRICTED_KEY_KEY=rk_live_Z8q0GsKXxKpFx01EhCy05xm',
      'STRIPE_RESTRICTED_KEY_KEY=rk_live_VxB9QglO6Vafx54wFrzf94SCiqqzzH7LAzEYSOg4ZXTS3E9riJtoReJ7Sbv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByNYCn2OxpacJwfq6IgYmj0Agx12ErYc7FkOWLN11iRn2QohoR72eBvg9GDw8wRnp787spoHwfFdolBzF4SiiXaAUaMayS2VvIl65gPrNP1gVi2zDYyGhJMP68rXeyLLlQwZcd63CL2sXpPQ1wTjHV4HDdoU3',
      'STRIPE_RESTRICTED_KEY_KEY=rk_live_NsxK********',
      'STRIPE_RESTRICTED_KEY_KEY=${STRIPE_RESTRICTED_KEY}',
    ],
  },
  'stripe-webhook-secret': {
    positive: [
      { text: 'STRIPE_WEBHOOK_SECRET_KEY="whsec_rQM9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX4"', values: ['whsec_rQM9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX4'] },
      { text: 'use whsec_rQM9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX4 for the request', values: ['whsec_rQM9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX4'] },
    ],
    negative: [
      'STRIPE_WEBHOOK_SECRET_KEY=whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'STRIPE_WEBHOOK_SECRET_KEY=whsec_P5qNcYO6NUQ2bjxupoPxiU0LTGLCckR',
      'STRIPE_WEBHOOK_SECRET_KEY=whsec_etqVOXCNjufOTtX4a7XFfV2UdUlpswmC1Gn05LP5mNsxKtDVMfaN7F2NXNOasS9lg',
      'STRIPE_WEBHOOK_SECRET_KEY=whsec_rQM9********',
      'STRIPE_WEBHOOK_SECRET_KEY=${STRIPE_WEBHOOK_SECRET}',
    ],
  },
  'braintree-access-token': {
    positive: [
      { text: 'BRAINTREE_ACCESS_TOKEN_KEY="access_token$production$i7126boxlxo8y4d0$c06c4b677b2a67864f6a9e23d9f02688"', values: ['access_token$production$i7126boxlxo8y4d0$c06c4b677b2a67864f6a9e23d9f02688'] },
      { text: 'use access_token$production$i7126boxlxo8y4d0$c06c4b677b2a67864f6a9e23d9f02688 for the request', values: ['access_token$production$i7126boxlxo8y4d0$c06c4b677b2a67864f6a9e23d9f02688'] },
    ],
    negative: [
      'BRAINTREE_ACCESS_TOKEN_KEY=access_token$production$xxxxxxxxxxxxxxxx$00000000000000000000000000000000',
      'BRAINTREE_ACCESS_TOKEN_KEY=access_token$production$2cz4s97kbuyy44e8$ca7b0ed2800fe8b952c54e1c9e1677f',
      'BRAINTREE_ACCESS_TOKEN_KEY=access_token$production$5evyudlmbgei5xws$ef5ca7cca63b5a6d0a48d6401c6248c20',
      'BRAINTREE_ACCESS_TOKEN_KEY=access_token$production$i712********',
      'BRAINTREE_ACCESS_TOKEN_KEY=${BRAINTREE_ACCESS_TOKEN}',
    ],
  },
  'square-access-token': {
    positive: [
      { text: 'SQUARE_ACCESS_TOKEN_KEY="EAAA0Agx12ErYc7FkOWLN11iRn2QohoR72eBvg9GDw8wRnp787spoHwfFdolBzF4"', values: ['EAAA0Agx12ErYc7FkOWLN11iRn2QohoR72eBvg9GDw8wRnp787spoHwfFdolBzF4'] },
      { text: 'use EAAA0Agx12ErYc7FkOWLN11iRn2QohoR72eBvg9GDw8wRnp787spoHwfFdolBzF4 for the request', values: ['EAAA0Agx12ErYc7FkOWLN11iRn2QohoR72eBvg9GDw8wRnp787spoHwfFdolBzF4'] },
    ],
    negative: [
      'SQUARE_ACCESS_TOKEN_KEY=EAAAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'SQUARE_ACCESS_TOKEN_KEY=EAAAaAUaMayS2VvIl65gPrNP1gVi2zDYyGhJMP68rXeyLLlQwZcd63CL2sXpPQ1',
      'SQUARE_ACCESS_TOKEN_KEY=EAAAjHV4HDdoU3rQM9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX4P5qNcYO6N',
      'SQUARE_ACCESS_TOKEN_KEY=EAAA0Agx********',
      'SQUARE_ACCESS_TOKEN_KEY=${SQUARE_ACCESS_TOKEN}',
    ],
  },
  'square-legacy-access-token': {
    positive: [
      { text: 'SQUARE_LEGACY_ACCESS_TOKEN_KEY="sq0atp-2bjxupoPxiU0LTGLCckRet"', values: ['sq0atp-2bjxupoPxiU0LTGLCckRet'] },
      { text: 'use sq0atp-2bjxupoPxiU0LTGLCckRet for the request', values: ['sq0atp-2bjxupoPxiU0LTGLCckRet'] },
    ],
    negative: [
      'SQUARE_LEGACY_ACCESS_TOKEN_KEY=sq0atp-xxxxxxxxxxxxxxxxxxxxxx',
      'SQUARE_LEGACY_ACCESS_TOKEN_KEY=sq0atp-CNjufOTtX4a7XFfV2UdUl',
      'SQUARE_LEGACY_ACCESS_TOKEN_KEY=sq0atp-wmC1Gn05LP5mNsxKtDVMfaN',
      'SQUARE_LEGACY_ACCESS_TOKEN_KEY=sq0atp-2bjx********',
      'SQUARE_LEGACY_ACCESS_TOKEN_KEY=${SQUARE_LEGACY_ACCESS_TOKEN}',
    ],
  },
  'square-oauth-secret': {
    positive: [
      { text: 'SQUARE_OAUTH_SECRET_KEY="sq0csp-2NXNOasS9lgN6vx3CYnToZ8q0GsKXxKpFx01EhCy05x"', values: ['sq0csp-2NXNOasS9lgN6vx3CYnToZ8q0GsKXxKpFx01EhCy05x'] },
      { text: 'use sq0csp-2NXNOasS9lgN6vx3CYnToZ8q0GsKXxKpFx01EhCy05x for the request', values: ['sq0csp-2NXNOasS9lgN6vx3CYnToZ8q0GsKXxKpFx01EhCy05x'] },
    ],
    negative: [
      'SQUARE_OAUTH_SECRET_KEY=sq0csp-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'SQUARE_OAUTH_SECRET_KEY=sq0csp-9QglO6Vafx54wFrzf94SCiqqzzH7LAzEYSOg4ZXTS3',
      'SQUARE_OAUTH_SECRET_KEY=sq0csp-riJtoReJ7Sbv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGt',
      'SQUARE_OAUTH_SECRET_KEY=sq0csp-2NXN********',
      'SQUARE_OAUTH_SECRET_KEY=${SQUARE_OAUTH_SECRET}',
    ],
  },
  'shopify-access-token': {
    positive: [
      { text: 'SHOPIFY_ACCESS_TOKEN_KEY="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"', values: ['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'] },
      { text: 'use 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 for the request', values: ['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'] },
    ],
    negative: [
      'SHOPIFY_ACCESS_TOKEN_KEY=shpat_00000000000000000000000000000000',
      'SHOPIFY_ACCESS_TOKEN_KEY=shpat_9b0fCee660A27f2F2A97Ea4F9cb595A',
      'SHOPIFY_ACCESS_TOKEN_KEY=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B',
      'SHOPIFY_ACCESS_TOKEN_KEY=shpat_a5eC********',
      'SHOPIFY_ACCESS_TOKEN_KEY=${SHOPIFY_ACCESS_TOKEN}',
    ],
  },
  'shopify-custom-app-token': {
    positive: [
      { text: 'SHOPIFY_CUSTOM_APP_TOKEN_KEY="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"', values: ['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'] },
      { text: 'use 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 for the request', values: ['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'] },
    ],
    negative: [
      'SHOPIFY_CUSTOM_APP_TOKEN_KEY=shpca_00000000000000000000000000000000',
      'SHOPIFY_CUSTOM_APP_TOKEN_KEY=shpca_1f5DEE87ad73C2ff65A0cB8cbE2B73f',
      'SHOPIFY_CUSTOM_APP_TOKEN_KEY=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1',
      'SHOPIFY_CUSTOM_APP_TOKEN_KEY=shpca_4d18********',
      'SHOPIFY_CUSTOM_APP_TOKEN_KEY=${SHOPIFY_CUSTOM_APP_TOKEN}',
    ],
  },
  'shopify-private-app-token': {
    positive: [
      { text: 'SHOPIFY_PRIVATE_APP_TOKEN_KEY="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"', values: ['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'] },
      { text: 'use 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 for the request', values: ['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'] },
    ],
    negative: [
      'SHOPIFY_PRIVATE_APP_TOKEN_KEY=shppa_00000000000000000000000000000000',
      'SHOPIFY_PRIVATE_APP_TOKEN_KEY=shppa_ceaE0AE43BfCae04FfA4C7D9CcFB7BE',
      'SHOPIFY_PRIVATE_APP_TOKEN_KEY=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e',
      'SHOPIFY_PRIVATE_APP_TOKEN_KEY=shppa_3E33********',
      'SHOPIFY_PRIVATE_APP_TOKEN_KEY=${SHOPIFY_PRIVATE_APP_TOKEN}',
    ],
  },
  'shopify-shared-secret': {
    positive: [
      { text: 'SHOPIFY_SHARED_SECRET_KEY="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"', values: ['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'] },
      { text: 'use 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 for the request', values: ['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'] },
    ],
    negative: [
      'SHOPIFY_SHARED_SECRET_KEY=shpss_00000000000000000000000000000000',
      'SHOPIFY_SHARED_SECRET_KEY=shpss_bFa56851B5a9fF1f8BDF5885b36F98A',
      'SHOPIFY_SHARED_SECRET_KEY=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9',
      'SHOPIFY_SHARED_SECRET_KEY=shpss_fD3A********',
      'SHOPIFY_SHARED_SECRET_KEY=${SHOPIFY_SHARED_SECRET}',
    ],
  },
  'plaid-access-token': {
    positive: [
      { text: 'PLAID_ACCESS_TOKEN_KEY="access-production-e1677f7c-343b-ffac-cd74-32ef5ca7cca6"', values: ['access-production-e1677f7c-343b-ffac-cd74-32ef5ca7cca6'] },
      { text: 'use access-production-e1677f7c-343b-ffac-cd74-32ef5ca7cca6 for the request', values: ['access-production-e1677f7c-343b-ffac-cd74-32ef5ca7cca6'] },
    ],
    negative: [
      'PLAID_ACCESS_TOKEN_KEY=access-production-00000000-0000-0000-0000-000000000000',
      'PLAID_ACCESS_TOKEN_KEY=access-production-3b5a6d0a-48d6-401c-6248-c20337a2678',
      'PLAID_ACCESS_TOKEN_KEY=access-production-b5019b3d-fdd7-72e4-8e42-4e981a629ba69',
      'PLAID_ACCESS_TOKEN_KEY=access-production-e167********',
      'PLAID_ACCESS_TOKEN_KEY=${PLAID_ACCESS_TOKEN}',
    ],
  },
  'flutterwave-secret-key': {
    positive: [
      { text: 'FLUTTERWAVE_SECRET_KEY_KEY="FLWSECK-6e44999544b62b143a7b8e2200af0d06-X"', values: ['FLWSECK-6e44999544b62b143a7b8e2200af0d06-X'] },
      { text: 'use FLWSECK-6e44999544b62b143a7b8e2200af0d06-X for the request', values: ['FLWSECK-6e44999544b62b143a7b8e2200af0d06-X'] },
    ],
    negative: [
      'FLUTTERWAVE_SECRET_KEY_KEY=FLWSECK-00000000000000000000000000000000-X',
      'FLUTTERWAVE_SECRET_KEY_KEY=FLWSECK-e8f6c3982d5dd72f287a07b2cde9950-X',
      'FLUTTERWAVE_SECRET_KEY_KEY=FLWSECK-17dc3e601198ac8504de76f3bf8bb14f8-X',
      'FLUTTERWAVE_SECRET_KEY_KEY=FLWSECK-6e44********',
      'FLUTTERWAVE_SECRET_KEY_KEY=${FLUTTERWAVE_SECRET_KEY}',
    ],
  },
  'duffel-api-token': {
    positive: [
      { text: 'DUFFEL_API_TOKEN_KEY="duffel_live_9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX4P5qN"', values: ['duffel_live_9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX4P5qN'] },
      { text: 'use duffel_live_9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX4P5qN for the request', values: ['duffel_live_9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX4P5qN'] },
    ],
    negative: [
      'DUFFEL_API_TOKEN_KEY=duffel_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'DUFFEL_API_TOKEN_KEY=duffel_live_Q2bjxupoPxiU0LTGLCckRetqVOXCNjufOTtX4a7XFf',
      'DUFFEL_API_TOKEN_KEY=duffel_live_dUlpswmC1Gn05LP5mNsxKtDVMfaN7F2NXNOasS9lgN6v',
      'DUFFEL_API_TOKEN_KEY=duffel_live_9Kzz********',
      'DUFFEL_API_TOKEN_KEY=${DUFFEL_API_TOKEN}',
    ],
  },
  'easypost-api-key': {
    positive: [
      { text: 'EASYPOST_API_KEY_KEY="EZAK26boxlxo8y4d0fn2gxd245ctb3472wm2a9jsvi8mps2762cz4s97kb"', values: ['EZAK26boxlxo8y4d0fn2gxd245ctb3472wm2a9jsvi8mps2762cz4s97kb'] },
      { text: 'use EZAK26boxlxo8y4d0fn2gxd245ctb3472wm2a9jsvi8mps2762cz4s97kb for the request', values: ['EZAK26boxlxo8y4d0fn2gxd245ctb3472wm2a9jsvi8mps2762cz4s97kb'] },
    ],
    negative: [
      'EASYPOST_API_KEY_KEY=EZAKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'EASYPOST_API_KEY_KEY=EZAKuyy44e8ga4cokis7onlk6c9ztf0xkrf8kp145m5evyudlmbgei5xw',
      'EASYPOST_API_KEY_KEY=EZAKskn0fb3gfa3ue0a3hobw5i2xpqf2sy7esowu4at255czoq8dvingh44',
      'EASYPOST_API_KEY_KEY=EZAK26bo********',
      'EASYPOST_API_KEY_KEY=${EASYPOST_API_KEY}',
    ],
  },
  'shippo-api-token': {
    positive: [
      { text: 'SHIPPO_API_TOKEN_KEY="shippo_live_2e48e424e981a629ba696e44999544b62b143a7b"', values: ['shippo_live_2e48e424e981a629ba696e44999544b62b143a7b'] },
      { text: 'use shippo_live_2e48e424e981a629ba696e44999544b62b143a7b for the request', values: ['shippo_live_2e48e424e981a629ba696e44999544b62b143a7b'] },
    ],
    negative: [
      'SHIPPO_API_TOKEN_KEY=shippo_live_0000000000000000000000000000000000000000',
      'SHIPPO_API_TOKEN_KEY=shippo_live_8e2200af0d06e8f6c3982d5dd72f287a07b2cde',
      'SHIPPO_API_TOKEN_KEY=shippo_live_995017dc3e601198ac8504de76f3bf8bb14f85ed9',
      'SHIPPO_API_TOKEN_KEY=shippo_live_2e48********',
      'SHIPPO_API_TOKEN_KEY=${SHIPPO_API_TOKEN}',
    ],
  },
  'razorpay-key-id': {
    positive: [
      { text: 'RAZORPAY_KEY_ID_KEY="rzp_live_Kzz8epdMw76fo7"', values: ['rzp_live_Kzz8epdMw76fo7'] },
      { text: 'use rzp_live_Kzz8epdMw76fo7 for the request', values: ['rzp_live_Kzz8epdMw76fo7'] },
    ],
    negative: [
      'RAZORPAY_KEY_ID_KEY=rzp_live_xxxxxxxxxxxxxx',
      'RAZORPAY_KEY_ID_KEY=rzp_live_KyRVDRpMeICsw',
      'RAZORPAY_KEY_ID_KEY=rzp_live_X4SmrcssTX4P5qN',
      'RAZORPAY_KEY_ID_KEY=rzp_live_Kzz8********',
      'RAZORPAY_KEY_ID_KEY=${RAZORPAY_KEY_ID}',
    ],
  },
  'adyen-api-key': {
    positive: [
      { text: 'ADYEN_KEY="AQEUQ2bjxupoPxiU0LT.RetqVOXCNjufOTtX4a7XFfV2UdUlpswmC1Gn05LP5mNsxKtDVMfaN7F2NXNOasS9lgN6vx3CYnToZ8q0GsKXxKpFx01EhCy05xmVxB9QglO6Va"', values: ['AQEUQ2bjxupoPxiU0LT.RetqVOXCNjufOTtX4a7XFfV2UdUlpswmC1Gn05LP5mNsxKtDVMfaN7F2NXNOasS9lgN6vx3CYnToZ8q0GsKXxKpFx01EhCy05xmVxB9QglO6Va'] },
    ],
    negative: [
      'ADYEN_KEY=AQExxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'ADYEN_KEY=AQEqzzH7LAzEYSOg4ZX.riJtoReJ7Sbv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByNYCn2OxpacJwfq6IgYmj0Agx12ErYc7FkOWLN11iRn2QohoR72eBv',
      'ADYEN_KEY=AQE8wRnp787spoHwfFd.4SiiXaAUaMayS2VvIl65gPrNP1gVi2zDYyGhJMP68rXeyLLlQwZcd63CL2sXpPQ1wTjHV4HDdoU3rQM9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU0LTGLCckRetqVOXCNjufOTtX4a7XFfV2UdUlpswmC1Gn05LP5mNsxKtDVMfaN7F2NXNOasS9lgN6vx3CYnToZ8q0GsKXxKpFx01EhCy05xmVxB9QglO6Vafx54wFrzf94SCiqqzzH7LAzEYSOg4ZXTS3E9riJtoRe',
      'ADYEN_KEY=AQEUQ2b********',
      'ADYEN_KEY=${ADYEN}',
    ],
  },
  'frameio-token': {
    positive: [
      { text: 'FRAMEIO_TOKEN_KEY="fio-u-bv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByNYCn2OxpacJwfq6IgYmj0Agx12Er"', values: ['fio-u-bv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByNYCn2OxpacJwfq6IgYmj0Agx12Er'] },
      { text: 'use fio-u-bv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByNYCn2OxpacJwfq6IgYmj0Agx12Er for the request', values: ['fio-u-bv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByNYCn2OxpacJwfq6IgYmj0Agx12Er'] },
    ],
    negative: [
      'FRAMEIO_TOKEN_KEY=fio-u-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'FRAMEIO_TOKEN_KEY=fio-u-WLN11iRn2QohoR72eBvg9GDw8wRnp787spoHwfFdolBzF4SiiXaAUaMayS2VvIl',
      'FRAMEIO_TOKEN_KEY=fio-u-PrNP1gVi2zDYyGhJMP68rXeyLLlQwZcd63CL2sXpPQ1wTjHV4HDdoU3rQM9Kzz8ep',
      'FRAMEIO_TOKEN_KEY=fio-u-bv12********',
      'FRAMEIO_TOKEN_KEY=${FRAMEIO_TOKEN}',
    ],
  },
  'paypal-client-secret': {
    positive: [
      { text: 'PAYPAL_KEY="w76fo7KyRVDRpMeICswX4SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU0LTGLCckRetqVOXCNjufOTtX4a7X"', values: ['w76fo7KyRVDRpMeICswX4SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU0LTGLCckRetqVOXCNjufOTtX4a7X'] },
      { text: 'paypal: w76fo7KyRVDRpMeICswX4SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU0LTGLCckRetqVOXCNjufOTtX4a7X', values: ['w76fo7KyRVDRpMeICswX4SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU0LTGLCckRetqVOXCNjufOTtX4a7X'] },
    ],
    negative: [
      'PAYPAL_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'OTHER_SETTING=\"w76fo7KyRVDRpMeICswX4SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU0LTGLCckRetqVOXCNjufOTtX4a7X\"',
      'PAYPAL_KEY=${PAYPAL}',
      'PAYPAL_KEY=\"UdUlpswmC1Gn05LP5mNsxKtDVMfaN7F2NXNOasS9lgN6vx3CYnToZ8q0GsKXxKpFx01EhCy05xmVxB9\"',
    ],
  },
  'braintree-private-key': {
    positive: [
      { text: 'BRAINTREE_KEY="e23d9f026886b57298ea35477b9ca7b0"', values: ['e23d9f026886b57298ea35477b9ca7b0'] },
      { text: 'braintree: e23d9f026886b57298ea35477b9ca7b0', values: ['e23d9f026886b57298ea35477b9ca7b0'] },
    ],
    negative: [
      'BRAINTREE_KEY=00000000000000000000000000000000',
      'OTHER_SETTING=\"e23d9f026886b57298ea35477b9ca7b0\"',
      'BRAINTREE_KEY=${BRAINTREE}',
      'BRAINTREE_KEY=\"ed2800fe8b952c54e1c9e1677f7c343\"',
    ],
  },
  'razorpay-key-secret': {
    positive: [
      { text: 'RAZORPAY_KEY="GUVCLIO1omgSWuIDyKKAxkGt"', values: ['GUVCLIO1omgSWuIDyKKAxkGt'] },
      { text: 'razorpay: GUVCLIO1omgSWuIDyKKAxkGt', values: ['GUVCLIO1omgSWuIDyKKAxkGt'] },
    ],
    negative: [
      'RAZORPAY_KEY=xxxxxxxxxxxxxxxxxxxxxxxx',
      'OTHER_SETTING=\"GUVCLIO1omgSWuIDyKKAxkGt\"',
      'RAZORPAY_KEY=${RAZORPAY}',
      'RAZORPAY_KEY=\"ByNYCn2OxpacJwfq6IgYmj0\"',
    ],
  },
  'mollie-api-key': {
    positive: [
      { text: 'MOLLIE_KEY="lets_2ErYc7FkOWLN11iRn2QohoR72eBvg9"', values: ['lets_2ErYc7FkOWLN11iRn2QohoR72eBvg9'] },
      { text: 'mollie: lets_2ErYc7FkOWLN11iRn2QohoR72eBvg9', values: ['lets_2ErYc7FkOWLN11iRn2QohoR72eBvg9'] },
    ],
    negative: [
      'MOLLIE_KEY=llll_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'OTHER_SETTING=\"lets_2ErYc7FkOWLN11iRn2QohoR72eBvg9\"',
      'MOLLIE_KEY=${MOLLIE}',
      'MOLLIE_KEY=\"llts_wRnp787spoHwfFdolBzF4SiiXaAUa\"',
    ],
  },
  'gocardless-access-token': {
    positive: [
      { text: 'GOCARDLESS_KEY="vsbeo_l65gPrNP1gVi2zDYyGhJMP68rXeyLLlQwZcd63CL"', values: ['vsbeo_l65gPrNP1gVi2zDYyGhJMP68rXeyLLlQwZcd63CL'] },
      { text: 'gocardless: vsbeo_l65gPrNP1gVi2zDYyGhJMP68rXeyLLlQwZcd63CL', values: ['vsbeo_l65gPrNP1gVi2zDYyGhJMP68rXeyLLlQwZcd63CL'] },
    ],
    negative: [
      'GOCARDLESS_KEY=xxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'OTHER_SETTING=\"vsbeo_l65gPrNP1gVi2zDYyGhJMP68rXeyLLlQwZcd63CL\"',
      'GOCARDLESS_KEY=${GOCARDLESS}',
      'GOCARDLESS_KEY=\"dvvob_V4HDdoU3rQM9Kzz8epdMw76fo7KyRVDRpMeICsw\"',
    ],
  },
  'coinbase-api-secret': {
    positive: [
      { text: 'COINBASE_KEY="SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU0LTGLCckRetqVOXCNjufOTtX4a7XFfV2U"', values: ['SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU0LTGLCckRetqVOXCNjufOTtX4a7XFfV2U'] },
      { text: 'coinbase: SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU0LTGLCckRetqVOXCNjufOTtX4a7XFfV2U', values: ['SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU0LTGLCckRetqVOXCNjufOTtX4a7XFfV2U'] },
    ],
    negative: [
      'COINBASE_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'OTHER_SETTING=\"SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU0LTGLCckRetqVOXCNjufOTtX4a7XFfV2U\"',
      'COINBASE_KEY=${COINBASE}',
      'COINBASE_KEY=\"swmC1Gn05LP5mNsxKtDVMfaN7F2NXNOasS9lgN6vx3CYnToZ8q0GsKXxKpFx01E\"',
    ],
  },
  'checkout-secret-key': {
    positive: [
      { text: 'CHECKOUT_KEY="sk_2a67864f-6a9e-23d9-f026-886b57298ea3"', values: ['sk_2a67864f-6a9e-23d9-f026-886b57298ea3'] },
      { text: 'checkout: sk_2a67864f-6a9e-23d9-f026-886b57298ea3', values: ['sk_2a67864f-6a9e-23d9-f026-886b57298ea3'] },
    ],
    negative: [
      'CHECKOUT_KEY=sk_00000000-0000-0000-0000-000000000000',
      'OTHER_SETTING=\"sk_2a67864f-6a9e-23d9-f026-886b57298ea3\"',
      'CHECKOUT_KEY=${CHECKOUT}',
      'CHECKOUT_KEY=\"sk_5477b9ca-7b0e-d280-0fe8-b952c54e1c9\"',
    ],
  },
  'paystack-secret-key': {
    positive: [
      { text: 'PAYSTACK_KEY="sk_hltw_7f7c343bffaccd7432ef5ca7cca63b5a6d0a48d6"', values: ['sk_hltw_7f7c343bffaccd7432ef5ca7cca63b5a6d0a48d6'] },
      { text: 'paystack: sk_hltw_7f7c343bffaccd7432ef5ca7cca63b5a6d0a48d6', values: ['sk_hltw_7f7c343bffaccd7432ef5ca7cca63b5a6d0a48d6'] },
    ],
    negative: [
      'PAYSTACK_KEY=sk_xxxx_0000000000000000000000000000000000000000',
      'OTHER_SETTING=\"sk_hltw_7f7c343bffaccd7432ef5ca7cca63b5a6d0a48d6\"',
      'PAYSTACK_KEY=${PAYSTACK}',
      'PAYSTACK_KEY=\"sk_rkme_6248c20337a2678b5019b3dfdd772e48e424e98\"',
    ],
  },
  'klarna-api-secret': {
    positive: [
      { text: 'KLARNA_KEY="vg9GDw8wRnp787spoHwfFdolBzF4SiiXaAUaMayS2VvIl65gPr"', values: ['vg9GDw8wRnp787spoHwfFdolBzF4SiiXaAUaMayS2VvIl65gPr'] },
      { text: 'klarna: vg9GDw8wRnp787spoHwfFdolBzF4SiiXaAUaMayS2VvIl65gPr', values: ['vg9GDw8wRnp787spoHwfFdolBzF4SiiXaAUaMayS2VvIl65gPr'] },
    ],
    negative: [
      'KLARNA_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'OTHER_SETTING=\"vg9GDw8wRnp787spoHwfFdolBzF4SiiXaAUaMayS2VvIl65gPr\"',
      'KLARNA_KEY=${KLARNA}',
      'KLARNA_KEY=\"Vi2zDYyGhJMP68rXeyLLlQwZcd63CL2sXpPQ1wT\"',
    ],
  },
  'wise-api-token': {
    positive: [
      { text: 'TRANSFERWISE_KEY="3bf8bb14-f85e-d9c7-7914-1d698249c7ef"', values: ['3bf8bb14-f85e-d9c7-7914-1d698249c7ef'] },
      { text: 'transferwise: 3bf8bb14-f85e-d9c7-7914-1d698249c7ef', values: ['3bf8bb14-f85e-d9c7-7914-1d698249c7ef'] },
    ],
    negative: [
      'TRANSFERWISE_KEY=00000000-0000-0000-0000-000000000000',
      'OTHER_SETTING=\"3bf8bb14-f85e-d9c7-7914-1d698249c7ef\"',
      'TRANSFERWISE_KEY=${TRANSFERWISE}',
      'TRANSFERWISE_KEY=\"ae4d1ca5-6f8e-3515-5f08-e84d10d9dfe\"',
    ],
  },
};
