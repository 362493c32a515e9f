/** Payments and commerce: Stripe, PayPal/Braintree, Square, Shopify, Adyen, Plaid … */
import type { Detector } from '../../types';
import { ALNUM, HEX, LOWER_ALNUM, URL_SAFE, keyedToken, prefixedToken, type KeyedShape, type PrefixedShape } from './shapes';

export const paymentsPrefixed: readonly PrefixedShape[] = [
  { id: 'stripe-secret-key', type: 'SECRET_STRIPE_KEY', description: 'Stripe live secret key', prefixes: ['sk_live_'], body: [[ALNUM, 24, 247]], confidence: 0.97 },
  { id: 'stripe-test-secret-key', type: 'SECRET_STRIPE_KEY', description: 'Stripe test-mode secret key', prefixes: ['sk_test_'], body: [[ALNUM, 24, 247]], confidence: 0.8 },
  { id: 'stripe-restricted-key', type: 'SECRET_STRIPE_KEY', description: 'Stripe restricted key', prefixes: ['rk_live_', 'rk_test_'], body: [[ALNUM, 24, 247]], confidence: 0.9 },
  { id: 'stripe-webhook-secret', type: 'SECRET_STRIPE_WEBHOOK_SECRET', description: 'Stripe webhook signing secret', prefixes: ['whsec_'], body: [[ALNUM, 32, 64]] },
  { id: 'braintree-access-token', type: 'SECRET_BRAINTREE_TOKEN', description: 'PayPal Braintree access token', prefixes: ['access_token$production$', 'access_token$sandbox$'], body: [[LOWER_ALNUM, 16], '$', [HEX, 32]] },
  { id: 'square-access-token', type: 'SECRET_SQUARE_TOKEN', description: 'Square access token', prefixes: ['EAAA'], body: [[URL_SAFE, 60]], confidence: 0.85 },
  { id: 'square-legacy-access-token', type: 'SECRET_SQUARE_TOKEN', description: 'Square legacy access token', prefixes: ['sq0atp-'], body: [[URL_SAFE, 22]] },
  { id: 'square-oauth-secret', type: 'SECRET_SQUARE_TOKEN', description: 'Square OAuth application secret', prefixes: ['sq0csp-'], body: [[URL_SAFE, 43]] },
  { id: 'shopify-access-token', type: 'SECRET_SHOPIFY_TOKEN', description: 'Shopify Admin API access token', prefixes: ['shpat_'], body: [['a-fA-F0-9', 32]] },
  { id: 'shopify-custom-app-token', type: 'SECRET_SHOPIFY_TOKEN', description: 'Shopify custom app access token', prefixes: ['shpca_'], body: [['a-fA-F0-9', 32]] },
  { id: 'shopify-private-app-token', type: 'SECRET_SHOPIFY_TOKEN', description: 'Shopify private app password', prefixes: ['shppa_'], body: [['a-fA-F0-9', 32]] },
  { id: 'shopify-shared-secret', type: 'SECRET_SHOPIFY_TOKEN', description: 'Shopify app shared secret', prefixes: ['shpss_'], body: [['a-fA-F0-9', 32]] },
  { id: 'plaid-access-token', type: 'SECRET_PLAID_TOKEN', description: 'Plaid access token', prefixes: ['access-production-', 'access-development-', 'access-sandbox-'], body: [[HEX, 8], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 12]], confidence: 0.9 },
  { id: 'flutterwave-secret-key', type: 'SECRET_FLUTTERWAVE_KEY', description: 'Flutterwave secret key', prefixes: ['FLWSECK-', 'FLWSECK_TEST-'], body: [[HEX, 32], '-X'] },
  { id: 'duffel-api-token', type: 'SECRET_DUFFEL_TOKEN', description: 'Duffel API token', prefixes: ['duffel_live_', 'duffel_test_'], body: [[`${URL_SAFE}=`, 43]] },
  { id: 'easypost-api-key', type: 'SECRET_EASYPOST_KEY', description: 'EasyPost API key', prefixes: ['EZAK', 'EZTK'], body: [[LOWER_ALNUM, 54]] },
  { id: 'shippo-api-token', type: 'SECRET_SHIPPO_TOKEN', description: 'Shippo API token', prefixes: ['shippo_live_', 'shippo_test_'], body: [[HEX, 40]] },
  { id: 'razorpay-key-id', type: 'SECRET_RAZORPAY_KEY', description: 'Razorpay live key id', prefixes: ['rzp_live_'], body: [[ALNUM, 14]], confidence: 0.8 },
  { id: 'adyen-api-key', type: 'SECRET_ADYEN_API_KEY', description: 'Adyen API key', prefixes: ['AQE'], keywords: ['adyen'], body: [[`${ALNUM}+/=_-`, 16], '.', [`${ALNUM}+/=_-`, 100, 300]], confidence: 0.85 },
  { id: 'frameio-token', type: 'SECRET_FRAMEIO_TOKEN', description: 'Frame.io API token', prefixes: ['fio-u-'], body: [[`${URL_SAFE}=`, 64]] },
];

export const paymentsKeyed: readonly KeyedShape[] = [
  { id: 'paypal-client-secret', type: 'SECRET_PAYPAL_SECRET', description: 'PayPal REST client secret', names: ['paypal'], body: [[URL_SAFE, 80]] },
  { id: 'braintree-private-key', type: 'SECRET_BRAINTREE_TOKEN', description: 'Braintree private key', names: ['braintree'], body: [[HEX, 32]] },
  { id: 'razorpay-key-secret', type: 'SECRET_RAZORPAY_KEY', description: 'Razorpay key secret', names: ['razorpay'], body: [[ALNUM, 24]] },
  { id: 'mollie-api-key', type: 'SECRET_MOLLIE_API_KEY', description: 'Mollie API key', names: ['mollie'], body: [['livetes', 4], '_', [ALNUM, 30]] },
  { id: 'gocardless-access-token', type: 'SECRET_GOCARDLESS_TOKEN', description: 'GoCardless access token', names: ['gocardless'], body: [['livesandbox', 4, 7], '_', [`${URL_SAFE}=`, 40]] },
  { id: 'coinbase-api-secret', type: 'SECRET_COINBASE_SECRET', description: 'Coinbase API secret', names: ['coinbase'], body: [[URL_SAFE, 64]] },
  { id: 'checkout-secret-key', type: 'SECRET_CHECKOUT_KEY', description: 'Checkout.com secret key', names: ['checkout'], body: ['sk_', ['a-z', 0, 5], ['_', 0, 1], [HEX, 8], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 12]] },
  { id: 'paystack-secret-key', type: 'SECRET_PAYSTACK_KEY', description: 'Paystack secret key', names: ['paystack'], body: ['sk_', ['a-z', 4], '_', [HEX, 40]] },
  { id: 'klarna-api-secret', type: 'SECRET_KLARNA_SECRET', description: 'Klarna API credential', names: ['klarna'], body: [[URL_SAFE, 40, 64]] },
  { id: 'wise-api-token', type: 'SECRET_WISE_TOKEN', description: 'Wise (TransferWise) API token', names: ['transferwise', 'wise_api', 'wise_token'], body: [[HEX, 8], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 12]] },
];

export const paymentsDetectors: readonly Detector[] = [...paymentsPrefixed.map(prefixedToken), ...paymentsKeyed.map(keyedToken)];
