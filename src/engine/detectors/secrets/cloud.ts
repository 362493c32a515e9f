/** Cloud platforms: AWS, Azure, Google Cloud and other hosting and infrastructure providers. */
import type { Detector } from '../../types';
import { ALNUM, BASE32, BASE64, HEX, LOWER_ALNUM, UPPER_ALNUM, URL_SAFE, keyedToken, prefixedToken, type KeyedShape, type PrefixedShape } from './shapes';

/** A base64 `user:password` pair with a non-empty password, as Docker and HTTP Basic auth store it. */
export function isBasicCredential(value: string): boolean {
  let decoded: string;
  try {
    decoded = atob(value);
  } catch {
    return false;
  }
  const colon = decoded.indexOf(':');
  return colon > 0 && colon < decoded.length - 1 && /^[\x20-\x7e]+$/.test(decoded);
}

/** Access keys AWS publishes in its own documentation. */
const AWS_DOC_KEYS = /^(AKIAIOSFODNN7EXAMPLE|AKIAI44QH8DHBEXAMPLE|ASIAIOSFODNN7EXAMPLE|wJalrXUtnFEMI\/K7MDENG\/bPxRfiCYEXAMPLEKEY|je7MtGbClwBF\/2Zp9Utk\/h3yCo8nvbEXAMPLEKEY)$/;
/** Azurite's well-known development storage key, published by Microsoft. */
const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export const cloudPrefixed: readonly PrefixedShape[] = [
  { id: 'aws-access-key-id', type: 'SECRET_AWS_ACCESS_KEY', description: 'AWS access key id', prefixes: ['AKIA', 'ASIA', 'ABIA', 'ACCA'], body: [[BASE32, 16]], reject: (v) => AWS_DOC_KEYS.test(v) },
  { id: 'aws-mws-key', type: 'SECRET_AWS_MWS_KEY', description: 'Amazon MWS auth token', prefixes: ['amzn.mws.'], body: [[HEX, 8], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 12]] },
  { id: 'gcp-api-key', type: 'SECRET_GOOGLE_API_KEY', description: 'Google API key (Cloud, Maps, Gemini)', prefixes: ['AIza'], body: [[URL_SAFE, 35]] },
  { id: 'google-oauth-client-secret', type: 'SECRET_GOOGLE_OAUTH_SECRET', description: 'Google OAuth client secret', prefixes: ['GOCSPX-'], body: [[URL_SAFE, 28]] },
  { id: 'google-oauth-access-token', type: 'SECRET_GOOGLE_OAUTH_TOKEN', description: 'Google OAuth access token', prefixes: ['ya29.'], body: [[URL_SAFE, 40, 300]], confidence: 0.9 },
  { id: 'azure-storage-account-key', type: 'SECRET_AZURE_STORAGE_KEY', description: 'Azure storage account key in a connection string', prefixes: ['AccountKey='], body: [[BASE64, 86], '=='], reject: (v) => v.endsWith(AZURITE_KEY) },
  { id: 'azure-shared-access-key', type: 'SECRET_AZURE_SHARED_ACCESS_KEY', description: 'Azure Service Bus / Event Hubs / IoT shared access key', prefixes: ['SharedAccessKey='], body: [[BASE64, 43], '='] },
  { id: 'digitalocean-pat', type: 'SECRET_DIGITALOCEAN_TOKEN', description: 'DigitalOcean personal access token', prefixes: ['dop_v1_'], body: [[HEX, 64]] },
  { id: 'digitalocean-oauth-token', type: 'SECRET_DIGITALOCEAN_TOKEN', description: 'DigitalOcean OAuth token', prefixes: ['doo_v1_'], body: [[HEX, 64]] },
  { id: 'digitalocean-refresh-token', type: 'SECRET_DIGITALOCEAN_TOKEN', description: 'DigitalOcean refresh token', prefixes: ['dor_v1_'], body: [[HEX, 64]] },
  { id: 'alibaba-access-key-id', type: 'SECRET_ALIBABA_ACCESS_KEY', description: 'Alibaba Cloud AccessKey id', prefixes: ['LTAI'], body: [[ALNUM, 12, 20]], confidence: 0.9 },
  { id: 'tencent-secret-id', type: 'SECRET_TENCENT_SECRET_ID', description: 'Tencent Cloud SecretId', prefixes: ['AKID'], body: [[ALNUM, 32]], confidence: 0.9 },
  { id: 'heroku-api-key-v2', type: 'SECRET_HEROKU_API_KEY', description: 'Heroku API key (HRKU- format)', prefixes: ['HRKU-'], body: [[URL_SAFE, 60]] },
  { id: 'cloudflare-origin-ca-key', type: 'SECRET_CLOUDFLARE_ORIGIN_CA_KEY', description: 'Cloudflare Origin CA key', prefixes: ['v1.0-'], body: [[HEX, 24], '-', [HEX, 146]] },
  { id: 'netlify-pat', type: 'SECRET_NETLIFY_TOKEN', description: 'Netlify personal access token', prefixes: ['nfp_'], body: [[ALNUM, 36]] },
  { id: 'flyio-token', type: 'SECRET_FLYIO_TOKEN', description: 'Fly.io access token', prefixes: ['fo1_', 'fm1r_', 'fm2_'], body: [[`${URL_SAFE}+/=`, 43, 700]] },
  { id: 'render-api-key', type: 'SECRET_RENDER_API_KEY', description: 'Render API key', prefixes: ['rnd_'], body: [[ALNUM, 32]] },
  { id: 'supabase-pat', type: 'SECRET_SUPABASE_TOKEN', description: 'Supabase personal access token', prefixes: ['sbp_'], body: [[HEX, 40]] },
  { id: 'supabase-secret-key', type: 'SECRET_SUPABASE_TOKEN', description: 'Supabase secret API key', prefixes: ['sb_secret_'], body: [[URL_SAFE, 31, 40]] },
  { id: 'planetscale-token', type: 'SECRET_PLANETSCALE_TOKEN', description: 'PlanetScale service token', prefixes: ['pscale_tkn_'], body: [[`${URL_SAFE}.`, 32, 64]] },
  { id: 'planetscale-password', type: 'SECRET_PLANETSCALE_PASSWORD', description: 'PlanetScale database password', prefixes: ['pscale_pw_'], body: [[`${URL_SAFE}.`, 32, 64]] },
  { id: 'planetscale-oauth-token', type: 'SECRET_PLANETSCALE_TOKEN', description: 'PlanetScale OAuth token', prefixes: ['pscale_oauth_'], body: [[`${URL_SAFE}.`, 32, 64]] },
  { id: 'hashicorp-vault-service-token', type: 'SECRET_VAULT_TOKEN', description: 'HashiCorp Vault service token', prefixes: ['hvs.'], body: [[URL_SAFE, 24, 300]] },
  { id: 'hashicorp-vault-batch-token', type: 'SECRET_VAULT_TOKEN', description: 'HashiCorp Vault batch token', prefixes: ['hvb.'], body: [[URL_SAFE, 100, 300]] },
  { id: 'terraform-cloud-token', type: 'SECRET_TERRAFORM_TOKEN', description: 'Terraform Cloud / HCP API token', prefixes: ['.atlasv1.'], body: [[`${URL_SAFE}=`, 60, 70]] },
  { id: 'doppler-token', type: 'SECRET_DOPPLER_TOKEN', description: 'Doppler token', prefixes: ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'], body: [[ALNUM, 40, 44]] },
  { id: 'pulumi-token', type: 'SECRET_PULUMI_TOKEN', description: 'Pulumi access token', prefixes: ['pul-'], body: [[HEX, 40]] },
  { id: 'yandex-api-key', type: 'SECRET_YANDEX_API_KEY', description: 'Yandex Cloud API key', prefixes: ['AQVN'], body: [[URL_SAFE, 35, 38]] },
  { id: 'yandex-aws-access-token', type: 'SECRET_YANDEX_ACCESS_KEY', description: 'Yandex Cloud static access key', prefixes: ['YCAJ', 'YCAM', 'YCAN'], body: [[URL_SAFE, 36]], confidence: 0.85 },
  { id: 'databricks-token', type: 'SECRET_DATABRICKS_TOKEN', description: 'Databricks personal access token', prefixes: ['dapi'], body: [[HEX, 32]], confidence: 0.9 },
  { id: 'age-secret-key', type: 'SECRET_AGE_KEY', description: 'age encryption secret key', prefixes: ['AGE-SECRET-KEY-1'], body: [['QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58]] },
  { id: 'openshift-token', type: 'SECRET_OPENSHIFT_TOKEN', description: 'OpenShift user token', prefixes: ['sha256~'], body: [[URL_SAFE, 43]] },
  { id: 'scalingo-token', type: 'SECRET_SCALINGO_TOKEN', description: 'Scalingo API token', prefixes: ['tk-us-'], body: [[URL_SAFE, 48]] },
  { id: 'tailscale-key', type: 'SECRET_TAILSCALE_KEY', description: 'Tailscale API/auth key', prefixes: ['tskey-api-', 'tskey-auth-', 'tskey-client-', 'tskey-scim-', 'tskey-webhook-'], body: [[ALNUM, 10, 20], '-', [ALNUM, 30, 40]] },
  { id: 'firebase-cloud-messaging-key', type: 'SECRET_FIREBASE_KEY', description: 'Firebase Cloud Messaging server key', prefixes: ['AAAA'], keywords: [':apa91b'], body: [[URL_SAFE, 7], ':APA91b', [URL_SAFE, 134]] },
];

export const cloudKeyed: readonly KeyedShape[] = [
  { id: 'aws-secret-access-key', type: 'SECRET_AWS_SECRET_KEY', description: 'AWS secret access key', names: ['aws_secret', 'aws-secret', 'awssecret', 'secretaccesskey', 'secret_access_key', 'aws secret'], body: [[BASE64, 40]], confidence: 0.9, reject: (v) => AWS_DOC_KEYS.test(v) },
  { id: 'aws-session-token', type: 'SECRET_AWS_SESSION_TOKEN', description: 'AWS session token', names: ['aws_session_token', 'sessiontoken', 'session_token'], body: [[`${BASE64}=`, 100, 1200]], confidence: 0.85 },
  { id: 'gcp-service-account-key-id', type: 'SECRET_GCP_SERVICE_ACCOUNT', description: 'Google Cloud service account key (private_key_id)', names: ['private_key_id'], body: [[HEX, 40]], confidence: 0.85 },
  { id: 'azure-devops-pat', type: 'SECRET_AZURE_DEVOPS_TOKEN', description: 'Azure DevOps personal access token', names: ['azure_devops', 'azuredevops', 'azure-devops', 'azdo', 'ado_pat', 'ado_token', 'system_accesstoken'], body: [[LOWER_ALNUM.replace('0-9', '2-7'), 52]] },
  { id: 'alibaba-secret-key', type: 'SECRET_ALIBABA_SECRET_KEY', description: 'Alibaba Cloud AccessKey secret', names: ['alibaba', 'aliyun', 'accesskeysecret', 'access_key_secret'], body: [[ALNUM, 30]] },
  { id: 'ibm-cloud-api-key', type: 'SECRET_IBM_CLOUD_API_KEY', description: 'IBM Cloud API key', names: ['ibm', 'ibmcloud'], body: [[URL_SAFE, 44]] },
  { id: 'heroku-api-key', type: 'SECRET_HEROKU_API_KEY', description: 'Heroku API key', names: ['heroku'], body: [[HEX, 8], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 12]] },
  { id: 'cloudflare-api-token', type: 'SECRET_CLOUDFLARE_TOKEN', description: 'Cloudflare API token', names: ['cloudflare', 'cf_api_token'], body: [[URL_SAFE, 40]] },
  { id: 'cloudflare-global-api-key', type: 'SECRET_CLOUDFLARE_API_KEY', description: 'Cloudflare global API key', names: ['cloudflare', 'cf_api_key', 'x-auth-key'], body: [[HEX, 37]] },
  { id: 'linode-token', type: 'SECRET_LINODE_TOKEN', description: 'Linode (Akamai) API token', names: ['linode'], body: [[HEX, 64]] },
  { id: 'vultr-api-key', type: 'SECRET_VULTR_API_KEY', description: 'Vultr API key', names: ['vultr'], body: [[UPPER_ALNUM, 36]] },
  { id: 'fastly-api-token', type: 'SECRET_FASTLY_TOKEN', description: 'Fastly API token', names: ['fastly'], body: [[URL_SAFE, 32]] },
  { id: 'netlify-token', type: 'SECRET_NETLIFY_TOKEN', description: 'Netlify access token', names: ['netlify'], body: [[URL_SAFE, 40, 46]] },
  { id: 'vercel-token', type: 'SECRET_VERCEL_TOKEN', description: 'Vercel access token', names: ['vercel'], body: [[ALNUM, 24]] },
  { id: 'scaleway-secret-key', type: 'SECRET_SCALEWAY_KEY', description: 'Scaleway secret key', names: ['scaleway', 'scw_secret'], body: [[HEX, 8], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 12]] },
  { id: 'confluent-api-secret', type: 'SECRET_CONFLUENT_SECRET', description: 'Confluent Cloud API secret', names: ['confluent'], body: [[`${ALNUM}+/`, 64]] },
  { id: 'snowflake-password', type: 'SECRET_SNOWFLAKE_CREDENTIAL', description: 'Snowflake private key passphrase or password', names: ['snowflake_password', 'snowflake_private_key_passphrase'], body: [[`${ALNUM}!#%+./:=?@^_~-`, 12, 64]], confidence: 0.9 },
  { id: 'kubernetes-client-key-data', type: 'SECRET_PRIVATE_KEY', description: 'Kubernetes kubeconfig client-key-data (base64 private key)', names: ['client-key-data'], body: ['LS0tLS1CRUdJTi', [`${BASE64}=`, 100, 8000]], confidence: 0.95 },
  { id: 'docker-config-auth', type: 'SECRET_DOCKER_AUTH', description: 'Docker/container registry auth (base64 user:password)', names: ['"auth"'], body: [[`${BASE64}`, 8, 400], ['=', 0, 2]], confidence: 0.85, minEntropy: 2.5, check: 'base64 user:password', validate: isBasicCredential },
];

export const cloudDetectors: readonly Detector[] = [...cloudPrefixed.map(prefixedToken), ...cloudKeyed.map(keyedToken)];
