/** Source hosting and CI: GitHub, GitLab, Bitbucket/Atlassian, Sourcegraph and build services. */
import type { Detector } from '../../types';
import { ALNUM, HEX, URL_SAFE, keyedToken, prefixedToken, type KeyedShape, type PrefixedShape } from './shapes';
import { checksumConfidence } from './tokenChecksum';

const github = (id: string, prefix: string, what: string): PrefixedShape => ({
  id,
  type: 'SECRET_GITHUB_TOKEN',
  description: `GitHub ${what} (${prefix})`,
  prefixes: [prefix],
  body: [[ALNUM, 36]],
  check: 'CRC32 token checksum',
  validate: checksumConfidence,
});

export const vcsPrefixed: readonly PrefixedShape[] = [
  github('github-pat', 'ghp_', 'personal access token'),
  github('github-oauth-token', 'gho_', 'OAuth access token'),
  github('github-user-to-server-token', 'ghu_', 'user-to-server token'),
  github('github-server-to-server-token', 'ghs_', 'server-to-server (app installation) token'),
  github('github-refresh-token', 'ghr_', 'refresh token'),
  { id: 'github-fine-grained-token', type: 'SECRET_GITHUB_TOKEN', description: 'GitHub fine-grained personal access token', prefixes: ['github_pat_'], body: [[ALNUM, 22], '_', [ALNUM, 59]], confidence: 0.97 },
  { id: 'gitlab-pat', type: 'SECRET_GITLAB_TOKEN', description: 'GitLab personal/project/group access token', prefixes: ['glpat-'], body: [[URL_SAFE, 20, 64]] },
  { id: 'gitlab-pipeline-trigger-token', type: 'SECRET_GITLAB_TOKEN', description: 'GitLab pipeline trigger token', prefixes: ['glptt-'], body: [[HEX, 40]] },
  { id: 'gitlab-runner-token', type: 'SECRET_GITLAB_TOKEN', description: 'GitLab runner authentication token', prefixes: ['glrt-'], body: [[URL_SAFE, 20, 64]] },
  { id: 'gitlab-runner-registration-token', type: 'SECRET_GITLAB_TOKEN', description: 'GitLab runner registration token', prefixes: ['GR1348941'], body: [[URL_SAFE, 20]] },
  { id: 'gitlab-deploy-token', type: 'SECRET_GITLAB_TOKEN', description: 'GitLab deploy token', prefixes: ['gldt-'], body: [[URL_SAFE, 20, 64]] },
  { id: 'gitlab-feed-token', type: 'SECRET_GITLAB_TOKEN', description: 'GitLab feed token', prefixes: ['glft-'], body: [[URL_SAFE, 20, 64]] },
  { id: 'gitlab-oauth-app-secret', type: 'SECRET_GITLAB_TOKEN', description: 'GitLab OAuth application secret', prefixes: ['gloas-'], body: [[URL_SAFE, 64]] },
  { id: 'gitlab-incoming-mail-token', type: 'SECRET_GITLAB_TOKEN', description: 'GitLab incoming e-mail token', prefixes: ['glimt-'], body: [[URL_SAFE, 25]] },
  { id: 'gitlab-agent-token', type: 'SECRET_GITLAB_TOKEN', description: 'GitLab agent for Kubernetes token', prefixes: ['glagent-'], body: [[URL_SAFE, 50]] },
  { id: 'gitlab-scim-token', type: 'SECRET_GITLAB_TOKEN', description: 'GitLab SCIM OAuth token', prefixes: ['glsoat-'], body: [[URL_SAFE, 20]] },
  { id: 'gitlab-feature-flag-token', type: 'SECRET_GITLAB_TOKEN', description: 'GitLab feature flags client token', prefixes: ['glffct-'], body: [[URL_SAFE, 20]] },
  { id: 'gitlab-ci-job-token', type: 'SECRET_GITLAB_TOKEN', description: 'GitLab CI/CD job token', prefixes: ['glcbt-'], body: [[ALNUM, 1, 5], '_', [URL_SAFE, 20]] },
  { id: 'bitbucket-app-password', type: 'SECRET_BITBUCKET_TOKEN', description: 'Bitbucket app password', prefixes: ['ATBB'], body: [[ALNUM, 32]] },
  { id: 'atlassian-api-token', type: 'SECRET_ATLASSIAN_TOKEN', description: 'Atlassian (Jira, Confluence) API token', prefixes: ['ATATT3'], body: [[`${URL_SAFE}=`, 180, 190]] },
  { id: 'atlassian-connect-token', type: 'SECRET_ATLASSIAN_TOKEN', description: 'Atlassian access token (ATCTT3)', prefixes: ['ATCTT3'], body: [[`${URL_SAFE}=`, 180, 190]] },
  { id: 'sourcegraph-token', type: 'SECRET_SOURCEGRAPH_TOKEN', description: 'Sourcegraph access token', prefixes: ['sgp_'], body: [[ALNUM.replace('A-Z', ''), 1, 16], '_', [HEX, 40]] },
  { id: 'circleci-pat', type: 'SECRET_CIRCLECI_TOKEN', description: 'CircleCI personal API token', prefixes: ['CCIPAT_'], body: [[ALNUM, 22], '_', [HEX, 40]] },
  { id: 'circleci-project-token', type: 'SECRET_CIRCLECI_TOKEN', description: 'CircleCI project API token', prefixes: ['CCIPRJ_'], body: [[ALNUM, 22], '_', [HEX, 40]] },
  { id: 'buildkite-token', type: 'SECRET_BUILDKITE_TOKEN', description: 'Buildkite API access token', prefixes: ['bkua_'], body: [[HEX, 40]] },
  { id: 'postman-api-key', type: 'SECRET_POSTMAN_API_KEY', description: 'Postman API key', prefixes: ['PMAK-'], body: [[HEX, 24], '-', [HEX, 34]] },
  { id: 'sonarqube-token', type: 'SECRET_SONARQUBE_TOKEN', description: 'SonarQube / SonarCloud token', prefixes: ['sqp_', 'sqa_', 'squ_'], body: [[HEX, 40]] },
  { id: 'harness-pat', type: 'SECRET_HARNESS_TOKEN', description: 'Harness personal access token', prefixes: ['pat.'], body: [[URL_SAFE, 22], '.', [HEX, 24], '.', [ALNUM, 20]] },
  { id: 'octopus-deploy-api-key', type: 'SECRET_OCTOPUS_API_KEY', description: 'Octopus Deploy API key', prefixes: ['API-'], keywords: ['api-'], body: [['A-Z0-9', 26, 32]], confidence: 0.75, minEntropy: 3.5 },
];

export const vcsKeyed: readonly KeyedShape[] = [
  { id: 'bitbucket-client-secret', type: 'SECRET_BITBUCKET_TOKEN', description: 'Bitbucket OAuth consumer secret', names: ['bitbucket'], body: [[URL_SAFE, 32, 64]] },
  { id: 'atlassian-api-token-legacy', type: 'SECRET_ATLASSIAN_TOKEN', description: 'Atlassian API token (legacy 24-character)', names: ['atlassian', 'confluence', 'jira_api_token', 'jira_token'], body: [[ALNUM, 24]] },
  { id: 'travis-ci-token', type: 'SECRET_TRAVIS_TOKEN', description: 'Travis CI access token', names: ['travis'], body: [[URL_SAFE, 22]] },
  { id: 'codecov-token', type: 'SECRET_CODECOV_TOKEN', description: 'Codecov upload token', names: ['codecov'], body: [[HEX, 8], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 12]] },
  { id: 'snyk-token', type: 'SECRET_SNYK_TOKEN', description: 'Snyk API token', names: ['snyk'], body: [[HEX, 8], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 12]] },
  { id: 'gitter-token', type: 'SECRET_GITTER_TOKEN', description: 'Gitter access token', names: ['gitter'], body: [[URL_SAFE, 40]] },
  { id: 'drone-ci-token', type: 'SECRET_DRONE_TOKEN', description: 'Drone CI access token', names: ['drone_token', 'drone-token'], body: [[ALNUM, 32]] },
  { id: 'jenkins-api-token', type: 'SECRET_JENKINS_TOKEN', description: 'Jenkins API token', names: ['jenkins'], body: [['a-f0-9', 34]] },
];

export const vcsDetectors: readonly Detector[] = [...vcsPrefixed.map(prefixedToken), ...vcsKeyed.map(keyedToken)];
