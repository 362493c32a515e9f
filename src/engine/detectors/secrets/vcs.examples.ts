import type { DetectorExamples } from '../../types';

// Generated once from the shapes, then kept by hand; kept out of the bundle (vsce refuses secret-shaped strings).
export const examples: Readonly<Record<string, DetectorExamples>> = {
  'github-pat': {
    positive: [
      { text: 'GITHUB_PAT_KEY="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"', values: ['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'] },
      { text: 'use 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 for the request', values: ['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'] },
    ],
    negative: [
      'GITHUB_PAT_KEY=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'GITHUB_PAT_KEY=ghp_V4HDdoU3rQM9Kzz8epdMw76fo7KyRVDRpMe',
      'GITHUB_PAT_KEY=ghp_ICswX4SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU',
      'GITHUB_PAT_KEY=ghp_P68r********',
      'GITHUB_PAT_KEY=${GITHUB_PAT}',
    ],
  },
  'github-oauth-token': {
    positive: [
      { text: 'GITHUB_OAUTH_TOKEN_KEY="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"', values: ['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'] },
      { text: 'use 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 for the request', values: ['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'] },
    ],
    negative: [
      'GITHUB_OAUTH_TOKEN_KEY=gho_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'GITHUB_OAUTH_TOKEN_KEY=gho_V2UdUlpswmC1Gn05LP5mNsxKtDVMfaN7F2N',
      'GITHUB_OAUTH_TOKEN_KEY=gho_XNOasS9lgN6vx3CYnToZ8q0GsKXxKpFx01EhC',
      'GITHUB_OAUTH_TOKEN_KEY=gho_0LTG********',
      'GITHUB_OAUTH_TOKEN_KEY=${GITHUB_OAUTH_TOKEN}',
    ],
  },
  'github-user-to-server-token': {
    positive: [
      { text: 'GITHUB_USER_TO_SERVER_TOKEN_KEY="ghu_y05xmVxB9QglO6Vafx54wFrzf94SCi4YYIug"', values: ['ghu_y05xmVxB9QglO6Vafx54wFrzf94SCi4YYIug'] },
      { text: 'use ghu_y05xmVxB9QglO6Vafx54wFrzf94SCi4YYIug for the request', values: ['ghu_y05xmVxB9QglO6Vafx54wFrzf94SCi4YYIug'] },
    ],
    negative: [
      'GITHUB_USER_TO_SERVER_TOKEN_KEY=ghu_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'GITHUB_USER_TO_SERVER_TOKEN_KEY=ghu_qqzzH7LAzEYSOg4ZXTS3E9riJtoReJ7Sbv1',
      'GITHUB_USER_TO_SERVER_TOKEN_KEY=ghu_2V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByNYCn',
      'GITHUB_USER_TO_SERVER_TOKEN_KEY=ghu_y05x********',
      'GITHUB_USER_TO_SERVER_TOKEN_KEY=${GITHUB_USER_TO_SERVER_TOKEN}',
    ],
  },
  'github-server-to-server-token': {
    positive: [
      { text: 'GITHUB_SERVER_TO_SERVER_TOKEN_KEY="ghs_2OxpacJwfq6IgYmj0Agx12ErYc7FkO2ej9oH"', values: ['ghs_2OxpacJwfq6IgYmj0Agx12ErYc7FkO2ej9oH'] },
      { text: 'use ghs_2OxpacJwfq6IgYmj0Agx12ErYc7FkO2ej9oH for the request', values: ['ghs_2OxpacJwfq6IgYmj0Agx12ErYc7FkO2ej9oH'] },
    ],
    negative: [
      'GITHUB_SERVER_TO_SERVER_TOKEN_KEY=ghs_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'GITHUB_SERVER_TO_SERVER_TOKEN_KEY=ghs_WLN11iRn2QohoR72eBvg9GDw8wRnp787spo',
      'GITHUB_SERVER_TO_SERVER_TOKEN_KEY=ghs_HwfFdolBzF4SiiXaAUaMayS2VvIl65gPrNP1g',
      'GITHUB_SERVER_TO_SERVER_TOKEN_KEY=ghs_2Oxp********',
      'GITHUB_SERVER_TO_SERVER_TOKEN_KEY=${GITHUB_SERVER_TO_SERVER_TOKEN}',
    ],
  },
  'github-refresh-token': {
    positive: [
      { text: 'GITHUB_REFRESH_TOKEN_KEY="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"', values: ['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'] },
      { text: 'use 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 for the request', values: ['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'] },
    ],
    negative: [
      'GITHUB_REFRESH_TOKEN_KEY=ghr_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'GITHUB_REFRESH_TOKEN_KEY=ghr_2sXpPQ1wTjHV4HDdoU3rQM9Kzz8epdMw76f',
      'GITHUB_REFRESH_TOKEN_KEY=ghr_o7KyRVDRpMeICswX4SmrcssTX4P5qNcYO6NUQ',
      'GITHUB_REFRESH_TOKEN_KEY=ghr_Vi2z********',
      'GITHUB_REFRESH_TOKEN_KEY=${GITHUB_REFRESH_TOKEN}',
    ],
  },
  'github-fine-grained-token': {
    positive: [
      { text: 'GITHUB_FINE_GRAINED_TOKEN_KEY="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"', values: ['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'] },
      { text: 'use 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 for the request', values: ['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'] },
    ],
    negative: [
      'GITHUB_FINE_GRAINED_TOKEN_KEY=github_pat_xxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'GITHUB_FINE_GRAINED_TOKEN_KEY=github_pat_S9lgN6vx3CYnToZ8q0GsKX_xKpFx01EhCy05xmVxB9QglO6Vafx54wFrzf94SCiqqzzH7LAzEYSOg4ZXT',
      'GITHUB_FINE_GRAINED_TOKEN_KEY=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F',
      'GITHUB_FINE_GRAINED_TOKEN_KEY=github_pat_2bjx********',
      'GITHUB_FINE_GRAINED_TOKEN_KEY=${GITHUB_FINE_GRAINED_TOKEN}',
    ],
  },
  'gitlab-pat': {
    positive: [
      { text: 'GITLAB_PAT_KEY="glpat-WLN11iRn2QohoR72eBvg9GDw8wRnp7"', values: ['glpat-WLN11iRn2QohoR72eBvg9GDw8wRnp7'] },
      { text: 'use glpat-WLN11iRn2QohoR72eBvg9GDw8wRnp7 for the request', values: ['glpat-WLN11iRn2QohoR72eBvg9GDw8wRnp7'] },
    ],
    negative: [
      'GITLAB_PAT_KEY=glpat-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'GITLAB_PAT_KEY=glpat-oHwfFdolBzF4SiiXaAU',
      'GITLAB_PAT_KEY=glpat-ayS2VvIl65gPrNP1gVi2zDYyGhJMP68rXeyLLlQwZcd63CL2sXpPQ1wTjHV4HDdoU',
      'GITLAB_PAT_KEY=glpat-WLN1********',
      'GITLAB_PAT_KEY=${GITLAB_PAT}',
    ],
  },
  'gitlab-pipeline-trigger-token': {
    positive: [
      { text: 'GITLAB_PIPELINE_TRIGGER_TOKEN_KEY="glptt-85ed9c779141d698249c7efae4d1ca56f8e35155"', values: ['glptt-85ed9c779141d698249c7efae4d1ca56f8e35155'] },
      { text: 'use glptt-85ed9c779141d698249c7efae4d1ca56f8e35155 for the request', values: ['glptt-85ed9c779141d698249c7efae4d1ca56f8e35155'] },
    ],
    negative: [
      'GITLAB_PIPELINE_TRIGGER_TOKEN_KEY=glptt-0000000000000000000000000000000000000000',
      'GITLAB_PIPELINE_TRIGGER_TOKEN_KEY=glptt-f08e84d10d9dfe8036644d62f7debca13e155fd',
      'GITLAB_PIPELINE_TRIGGER_TOKEN_KEY=glptt-0ad352de5f8090b2f8f1f34564a7b478cd83d56c5',
      'GITLAB_PIPELINE_TRIGGER_TOKEN_KEY=glptt-85ed********',
      'GITLAB_PIPELINE_TRIGGER_TOKEN_KEY=${GITLAB_PIPELINE_TRIGGER_TOKEN}',
    ],
  },
  'gitlab-runner-token': {
    positive: [
      { text: 'GITLAB_RUNNER_TOKEN_KEY="glrt-MfaN7F2NXNOasS9lgN6vx3CYnToZ8q"', values: ['glrt-MfaN7F2NXNOasS9lgN6vx3CYnToZ8q'] },
      { text: 'use glrt-MfaN7F2NXNOasS9lgN6vx3CYnToZ8q for the request', values: ['glrt-MfaN7F2NXNOasS9lgN6vx3CYnToZ8q'] },
    ],
    negative: [
      'GITLAB_RUNNER_TOKEN_KEY=glrt-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'GITLAB_RUNNER_TOKEN_KEY=glrt-XxKpFx01EhCy05xmVxB',
      'GITLAB_RUNNER_TOKEN_KEY=glrt-glO6Vafx54wFrzf94SCiqqzzH7LAzEYSOg4ZXTS3E9riJtoReJ7Sbv12V1HkpjGUV',
      'GITLAB_RUNNER_TOKEN_KEY=glrt-MfaN********',
      'GITLAB_RUNNER_TOKEN_KEY=${GITLAB_RUNNER_TOKEN}',
    ],
  },
  'gitlab-runner-registration-token': {
    positive: [
      { text: 'GITLAB_RUNNER_REGISTRATION_TOKEN_KEY="GR1348941IO1omgSWuIDyKKAxkGtB"', values: ['GR1348941IO1omgSWuIDyKKAxkGtB'] },
      { text: 'use GR1348941IO1omgSWuIDyKKAxkGtB for the request', values: ['GR1348941IO1omgSWuIDyKKAxkGtB'] },
    ],
    negative: [
      'GITLAB_RUNNER_REGISTRATION_TOKEN_KEY=GR1348941xxxxxxxxxxxxxxxxxxxx',
      'GITLAB_RUNNER_REGISTRATION_TOKEN_KEY=GR1348941n2OxpacJwfq6IgYmj0A',
      'GITLAB_RUNNER_REGISTRATION_TOKEN_KEY=GR134894112ErYc7FkOWLN11iRn2Qo',
      'GITLAB_RUNNER_REGISTRATION_TOKEN_KEY=GR1348941IO1o********',
      'GITLAB_RUNNER_REGISTRATION_TOKEN_KEY=${GITLAB_RUNNER_REGISTRATION_TOKEN}',
    ],
  },
  'gitlab-deploy-token': {
    positive: [
      { text: 'GITLAB_DEPLOY_TOKEN_KEY="gldt-R72eBvg9GDw8wRnp787spoHwfFdolB"', values: ['gldt-R72eBvg9GDw8wRnp787spoHwfFdolB'] },
      { text: 'use gldt-R72eBvg9GDw8wRnp787spoHwfFdolB for the request', values: ['gldt-R72eBvg9GDw8wRnp787spoHwfFdolB'] },
    ],
    negative: [
      'GITLAB_DEPLOY_TOKEN_KEY=gldt-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'GITLAB_DEPLOY_TOKEN_KEY=gldt-iiXaAUaMayS2VvIl65g',
      'GITLAB_DEPLOY_TOKEN_KEY=gldt-NP1gVi2zDYyGhJMP68rXeyLLlQwZcd63CL2sXpPQ1wTjHV4HDdoU3rQM9Kzz8epdM',
      'GITLAB_DEPLOY_TOKEN_KEY=gldt-R72e********',
      'GITLAB_DEPLOY_TOKEN_KEY=${GITLAB_DEPLOY_TOKEN}',
    ],
  },
  'gitlab-feed-token': {
    positive: [
      { text: 'GITLAB_FEED_TOKEN_KEY="glft-6fo7KyRVDRpMeICswX4SmrcssTX4P5"', values: ['glft-6fo7KyRVDRpMeICswX4SmrcssTX4P5'] },
      { text: 'use glft-6fo7KyRVDRpMeICswX4SmrcssTX4P5 for the request', values: ['glft-6fo7KyRVDRpMeICswX4SmrcssTX4P5'] },
    ],
    negative: [
      'GITLAB_FEED_TOKEN_KEY=glft-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'GITLAB_FEED_TOKEN_KEY=glft-O6NUQ2bjxupoPxiU0LT',
      'GITLAB_FEED_TOKEN_KEY=glft-CckRetqVOXCNjufOTtX4a7XFfV2UdUlpswmC1Gn05LP5mNsxKtDVMfaN7F2NXNOas',
      'GITLAB_FEED_TOKEN_KEY=glft-6fo7********',
      'GITLAB_FEED_TOKEN_KEY=${GITLAB_FEED_TOKEN}',
    ],
  },
  'gitlab-oauth-app-secret': {
    positive: [
      { text: 'GITLAB_OAUTH_APP_SECRET_KEY="gloas-lgN6vx3CYnToZ8q0GsKXxKpFx01EhCy05xmVxB9QglO6Vafx54wFrzf94SCiqqzz"', values: ['gloas-lgN6vx3CYnToZ8q0GsKXxKpFx01EhCy05xmVxB9QglO6Vafx54wFrzf94SCiqqzz'] },
      { text: 'use gloas-lgN6vx3CYnToZ8q0GsKXxKpFx01EhCy05xmVxB9QglO6Vafx54wFrzf94SCiqqzz for the request', values: ['gloas-lgN6vx3CYnToZ8q0GsKXxKpFx01EhCy05xmVxB9QglO6Vafx54wFrzf94SCiqqzz'] },
    ],
    negative: [
      'GITLAB_OAUTH_APP_SECRET_KEY=gloas-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'GITLAB_OAUTH_APP_SECRET_KEY=gloas-zEYSOg4ZXTS3E9riJtoReJ7Sbv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByNYC',
      'GITLAB_OAUTH_APP_SECRET_KEY=gloas-OxpacJwfq6IgYmj0Agx12ErYc7FkOWLN11iRn2QohoR72eBvg9GDw8wRnp787spoH',
      'GITLAB_OAUTH_APP_SECRET_KEY=gloas-lgN6********',
      'GITLAB_OAUTH_APP_SECRET_KEY=${GITLAB_OAUTH_APP_SECRET}',
    ],
  },
  'gitlab-incoming-mail-token': {
    positive: [
      { text: 'GITLAB_INCOMING_MAIL_TOKEN_KEY="glimt-FdolBzF4SiiXaAUaMayS2VvIl"', values: ['glimt-FdolBzF4SiiXaAUaMayS2VvIl'] },
      { text: 'use glimt-FdolBzF4SiiXaAUaMayS2VvIl for the request', values: ['glimt-FdolBzF4SiiXaAUaMayS2VvIl'] },
    ],
    negative: [
      'GITLAB_INCOMING_MAIL_TOKEN_KEY=glimt-xxxxxxxxxxxxxxxxxxxxxxxxx',
      'GITLAB_INCOMING_MAIL_TOKEN_KEY=glimt-rNP1gVi2zDYyGhJMP68rXeyL',
      'GITLAB_INCOMING_MAIL_TOKEN_KEY=glimt-QwZcd63CL2sXpPQ1wTjHV4HDdo',
      'GITLAB_INCOMING_MAIL_TOKEN_KEY=glimt-Fdol********',
      'GITLAB_INCOMING_MAIL_TOKEN_KEY=${GITLAB_INCOMING_MAIL_TOKEN}',
    ],
  },
  'gitlab-agent-token': {
    positive: [
      { text: 'GITLAB_AGENT_TOKEN_KEY="glagent-rQM9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX4P5qNcYO6"', values: ['glagent-rQM9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX4P5qNcYO6'] },
      { text: 'use glagent-rQM9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX4P5qNcYO6 for the request', values: ['glagent-rQM9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX4P5qNcYO6'] },
    ],
    negative: [
      'GITLAB_AGENT_TOKEN_KEY=glagent-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'GITLAB_AGENT_TOKEN_KEY=glagent-bjxupoPxiU0LTGLCckRetqVOXCNjufOTtX4a7XFfV2UdUlpsw',
      'GITLAB_AGENT_TOKEN_KEY=glagent-1Gn05LP5mNsxKtDVMfaN7F2NXNOasS9lgN6vx3CYnToZ8q0GsKX',
      'GITLAB_AGENT_TOKEN_KEY=glagent-rQM9********',
      'GITLAB_AGENT_TOKEN_KEY=${GITLAB_AGENT_TOKEN}',
    ],
  },
  'gitlab-scim-token': {
    positive: [
      { text: 'GITLAB_SCIM_TOKEN_KEY="glsoat-pFx01EhCy05xmVxB9Qgl"', values: ['glsoat-pFx01EhCy05xmVxB9Qgl'] },
      { text: 'use glsoat-pFx01EhCy05xmVxB9Qgl for the request', values: ['glsoat-pFx01EhCy05xmVxB9Qgl'] },
    ],
    negative: [
      'GITLAB_SCIM_TOKEN_KEY=glsoat-xxxxxxxxxxxxxxxxxxxx',
      'GITLAB_SCIM_TOKEN_KEY=glsoat-fx54wFrzf94SCiqqzzH',
      'GITLAB_SCIM_TOKEN_KEY=glsoat-AzEYSOg4ZXTS3E9riJtoR',
      'GITLAB_SCIM_TOKEN_KEY=glsoat-pFx0********',
      'GITLAB_SCIM_TOKEN_KEY=${GITLAB_SCIM_TOKEN}',
    ],
  },
  'gitlab-feature-flag-token': {
    positive: [
      { text: 'GITLAB_FEATURE_FLAG_TOKEN_KEY="glffct-7Sbv12V1HkpjGUVCLIO1"', values: ['glffct-7Sbv12V1HkpjGUVCLIO1'] },
      { text: 'use glffct-7Sbv12V1HkpjGUVCLIO1 for the request', values: ['glffct-7Sbv12V1HkpjGUVCLIO1'] },
    ],
    negative: [
      'GITLAB_FEATURE_FLAG_TOKEN_KEY=glffct-xxxxxxxxxxxxxxxxxxxx',
      'GITLAB_FEATURE_FLAG_TOKEN_KEY=glffct-WuIDyKKAxkGtByNYCn2',
      'GITLAB_FEATURE_FLAG_TOKEN_KEY=glffct-pacJwfq6IgYmj0Agx12Er',
      'GITLAB_FEATURE_FLAG_TOKEN_KEY=glffct-7Sbv********',
      'GITLAB_FEATURE_FLAG_TOKEN_KEY=${GITLAB_FEATURE_FLAG_TOKEN}',
    ],
  },
  'gitlab-ci-job-token': {
    positive: [
      { text: 'GITLAB_CI_JOB_TOKEN_KEY="glcbt-Yc7_OWLN11iRn2QohoR72eBv"', values: ['glcbt-Yc7_OWLN11iRn2QohoR72eBv'] },
      { text: 'use glcbt-Yc7_OWLN11iRn2QohoR72eBv for the request', values: ['glcbt-Yc7_OWLN11iRn2QohoR72eBv'] },
    ],
    negative: [
      'GITLAB_CI_JOB_TOKEN_KEY=glcbt-xxx_xxxxxxxxxxxxxxxxxxxx',
      'GITLAB_CI_JOB_TOKEN_KEY=glcbt-GDw_Rnp787spoHwfFdolBzF',
      'GITLAB_CI_JOB_TOKEN_KEY=glcbt-4Si_aAUaMayS2VvIl65gPrNP1',
      'GITLAB_CI_JOB_TOKEN_KEY=glcbt-Yc7_********',
      'GITLAB_CI_JOB_TOKEN_KEY=${GITLAB_CI_JOB_TOKEN}',
    ],
  },
  'bitbucket-app-password': {
    positive: [
      { text: 'BITBUCKET_APP_PASSWORD_KEY="ATBBgVi2zDYyGhJMP68rXeyLLlQwZcd63CL2"', values: ['ATBBgVi2zDYyGhJMP68rXeyLLlQwZcd63CL2'] },
      { text: 'use ATBBgVi2zDYyGhJMP68rXeyLLlQwZcd63CL2 for the request', values: ['ATBBgVi2zDYyGhJMP68rXeyLLlQwZcd63CL2'] },
    ],
    negative: [
      'BITBUCKET_APP_PASSWORD_KEY=ATBBxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'BITBUCKET_APP_PASSWORD_KEY=ATBBsXpPQ1wTjHV4HDdoU3rQM9Kzz8epdMw',
      'BITBUCKET_APP_PASSWORD_KEY=ATBB76fo7KyRVDRpMeICswX4SmrcssTX4P5qN',
      'BITBUCKET_APP_PASSWORD_KEY=ATBBgVi2********',
      'BITBUCKET_APP_PASSWORD_KEY=${BITBUCKET_APP_PASSWORD}',
    ],
  },
  'atlassian-api-token': {
    positive: [
      { text: 'ATLASSIAN_API_TOKEN_KEY="ATATT36NUQ2bjxupoPxiU0LTGLCckRetqVOXCNjufOTtX4a7XFfV2UdUlpswmC1Gn05LP5mNsxKtDVMfaN7F2NXNOasS9lgN6vx3CYnToZ8q0GsKXxKpFx01EhCy05xmVxB9QglO6Vafx54wFrzf94SCiqqzzH7LAzEYSOg4ZXTS3E9riJtoReJ7Sbv12V1"', values: ['ATATT36NUQ2bjxupoPxiU0LTGLCckRetqVOXCNjufOTtX4a7XFfV2UdUlpswmC1Gn05LP5mNsxKtDVMfaN7F2NXNOasS9lgN6vx3CYnToZ8q0GsKXxKpFx01EhCy05xmVxB9QglO6Vafx54wFrzf94SCiqqzzH7LAzEYSOg4ZXTS3E9riJtoReJ7Sbv12V1'] },
      { text: 'use ATATT36NUQ2bjxupoPxiU0LTGLCckRetqVOXCNjufOTtX4a7XFfV2UdUlpswmC1Gn05LP5mNsxKtDVMfaN7F2NXNOasS9lgN6vx3CYnToZ8q0GsKXxKpFx01EhCy05xmVxB9QglO6Vafx54wFrzf94SCiqqzzH7LAzEYSOg4ZXTS3E9riJtoReJ7Sbv12V1 for the request', values: ['ATATT36NUQ2bjxupoPxiU0LTGLCckRetqVOXCNjufOTtX4a7XFfV2UdUlpswmC1Gn05LP5mNsxKtDVMfaN7F2NXNOasS9lgN6vx3CYnToZ8q0GsKXxKpFx01EhCy05xmVxB9QglO6Vafx54wFrzf94SCiqqzzH7LAzEYSOg4ZXTS3E9riJtoReJ7Sbv12V1'] },
    ],
    negative: [
      'ATLASSIAN_API_TOKEN_KEY=ATATT3xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'ATLASSIAN_API_TOKEN_KEY=ATATT3VCLIO1omgSWuIDyKKAxkGtByNYCn2OxpacJwfq6IgYmj0Agx12ErYc7FkOWLN11iRn2QohoR72eBvg9GDw8wRnp787spoHwfFdolBzF4SiiXaAUaMayS2VvIl65gPrNP1gVi2zDYyGhJMP68rXeyLLlQwZcd63CL2sXpPQ1wTjHV4HDdoU3',
      'ATLASSIAN_API_TOKEN_KEY=ATATT39Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU0LTGLCckRetqVOXCNjufOTtX4a7XFfV2UdUlpswmC1Gn05LP5mNsxKtDVMfaN7F2NXNOasS9lgN6vx3CYnToZ8q0GsKXxKpFx01EhCy05xmVxB9QglO6Vafx54wFrzf94S',
      'ATLASSIAN_API_TOKEN_KEY=ATATT36NUQ********',
      'ATLASSIAN_API_TOKEN_KEY=${ATLASSIAN_API_TOKEN}',
    ],
  },
  'atlassian-connect-token': {
    positive: [
      { text: 'ATLASSIAN_CONNECT_TOKEN_KEY="ATCTT3qzzH7LAzEYSOg4ZXTS3E9riJtoReJ7Sbv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByNYCn2OxpacJwfq6IgYmj0Agx12ErYc7FkOWLN11iRn2QohoR72eBvg9GDw8wRnp787spoHwfFdolBzF4SiiXaAUaMayS2VvIl65gPrNP1gVi2zDYyGhJMP"', values: ['ATCTT3qzzH7LAzEYSOg4ZXTS3E9riJtoReJ7Sbv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByNYCn2OxpacJwfq6IgYmj0Agx12ErYc7FkOWLN11iRn2QohoR72eBvg9GDw8wRnp787spoHwfFdolBzF4SiiXaAUaMayS2VvIl65gPrNP1gVi2zDYyGhJMP'] },
      { text: 'use ATCTT3qzzH7LAzEYSOg4ZXTS3E9riJtoReJ7Sbv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByNYCn2OxpacJwfq6IgYmj0Agx12ErYc7FkOWLN11iRn2QohoR72eBvg9GDw8wRnp787spoHwfFdolBzF4SiiXaAUaMayS2VvIl65gPrNP1gVi2zDYyGhJMP for the request', values: ['ATCTT3qzzH7LAzEYSOg4ZXTS3E9riJtoReJ7Sbv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByNYCn2OxpacJwfq6IgYmj0Agx12ErYc7FkOWLN11iRn2QohoR72eBvg9GDw8wRnp787spoHwfFdolBzF4SiiXaAUaMayS2VvIl65gPrNP1gVi2zDYyGhJMP'] },
    ],
    negative: [
      'ATLASSIAN_CONNECT_TOKEN_KEY=ATCTT3xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'ATLASSIAN_CONNECT_TOKEN_KEY=ATCTT3LLlQwZcd63CL2sXpPQ1wTjHV4HDdoU3rQM9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU0LTGLCckRetqVOXCNjufOTtX4a7XFfV2UdUlpswmC1Gn05LP5mNsxKtDVMfaN7F2NXNOasS9lgN6vx3CYnTo',
      'ATLASSIAN_CONNECT_TOKEN_KEY=ATCTT30GsKXxKpFx01EhCy05xmVxB9QglO6Vafx54wFrzf94SCiqqzzH7LAzEYSOg4ZXTS3E9riJtoReJ7Sbv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByNYCn2OxpacJwfq6IgYmj0Agx12ErYc7FkOWLN11iRn2QohoR72eBvg9GDw8wRnp787spoHwfFdolBz',
      'ATLASSIAN_CONNECT_TOKEN_KEY=ATCTT3qzzH********',
      'ATLASSIAN_CONNECT_TOKEN_KEY=${ATLASSIAN_CONNECT_TOKEN}',
    ],
  },
  'sourcegraph-token': {
    positive: [
      { text: 'SOURCEGRAPH_TOKEN_KEY="sgp_d6kutnpa_f0d06e8f6c3982d5dd72f287a07b2cde995017dc"', values: ['sgp_d6kutnpa_f0d06e8f6c3982d5dd72f287a07b2cde995017dc'] },
      { text: 'use sgp_d6kutnpa_f0d06e8f6c3982d5dd72f287a07b2cde995017dc for the request', values: ['sgp_d6kutnpa_f0d06e8f6c3982d5dd72f287a07b2cde995017dc'] },
    ],
    negative: [
      'SOURCEGRAPH_TOKEN_KEY=sgp_xxxxxxxx_0000000000000000000000000000000000000000',
      'SOURCEGRAPH_TOKEN_KEY=sgp_vj2pqr76_ac8504de76f3bf8bb14f85ed9c779141d698249',
      'SOURCEGRAPH_TOKEN_KEY=sgp_f3kmckyg_1ca56f8e35155f08e84d10d9dfe8036644d62f7de',
      'SOURCEGRAPH_TOKEN_KEY=sgp_d6ku********',
      'SOURCEGRAPH_TOKEN_KEY=${SOURCEGRAPH_TOKEN}',
    ],
  },
  'circleci-pat': {
    positive: [
      { text: 'CIRCLECI_PAT_KEY="CCIPAT_GLCckRetqVOXCNjufOTtX4_090b2f8f1f34564a7b478cd83d56c5afd20d9b8d"', values: ['CCIPAT_GLCckRetqVOXCNjufOTtX4_090b2f8f1f34564a7b478cd83d56c5afd20d9b8d'] },
      { text: 'use CCIPAT_GLCckRetqVOXCNjufOTtX4_090b2f8f1f34564a7b478cd83d56c5afd20d9b8d for the request', values: ['CCIPAT_GLCckRetqVOXCNjufOTtX4_090b2f8f1f34564a7b478cd83d56c5afd20d9b8d'] },
    ],
    negative: [
      'CIRCLECI_PAT_KEY=CCIPAT_xxxxxxxxxxxxxxxxxxxxxx_0000000000000000000000000000000000000000',
      'CIRCLECI_PAT_KEY=CCIPAT_XNOasS9lgN6vx3CYnToZ8q_7b5c06c4b677b2a67864f6a9e23d9f026886b57',
      'CIRCLECI_PAT_KEY=CCIPAT_f94SCiqqzzH7LAzEYSOg4Z_0fe8b952c54e1c9e1677f7c343bffaccd7432ef5c',
      'CIRCLECI_PAT_KEY=CCIPAT_GLCc********',
      'CIRCLECI_PAT_KEY=${CIRCLECI_PAT}',
    ],
  },
  'circleci-project-token': {
    positive: [
      { text: 'CIRCLECI_PROJECT_TOKEN_KEY="CCIPRJ_DyKKAxkGtByNYCn2OxpacJ_6248c20337a2678b5019b3dfdd772e48e424e981"', values: ['CCIPRJ_DyKKAxkGtByNYCn2OxpacJ_6248c20337a2678b5019b3dfdd772e48e424e981'] },
      { text: 'use CCIPRJ_DyKKAxkGtByNYCn2OxpacJ_6248c20337a2678b5019b3dfdd772e48e424e981 for the request', values: ['CCIPRJ_DyKKAxkGtByNYCn2OxpacJ_6248c20337a2678b5019b3dfdd772e48e424e981'] },
    ],
    negative: [
      'CIRCLECI_PROJECT_TOKEN_KEY=CCIPRJ_xxxxxxxxxxxxxxxxxxxxxx_0000000000000000000000000000000000000000',
      'CIRCLECI_PROJECT_TOKEN_KEY=CCIPRJ_Bvg9GDw8wRnp787spoHwfF_143a7b8e2200af0d06e8f6c3982d5dd72f287a0',
      'CIRCLECI_PROJECT_TOKEN_KEY=CCIPRJ_yGhJMP68rXeyLLlQwZcd63_ac8504de76f3bf8bb14f85ed9c779141d698249c7',
      'CIRCLECI_PROJECT_TOKEN_KEY=CCIPRJ_DyKK********',
      'CIRCLECI_PROJECT_TOKEN_KEY=${CIRCLECI_PROJECT_TOKEN}',
    ],
  },
  'buildkite-token': {
    positive: [
      { text: 'BUILDKITE_TOKEN_KEY="bkua_efae4d1ca56f8e35155f08e84d10d9dfe8036644"', values: ['bkua_efae4d1ca56f8e35155f08e84d10d9dfe8036644'] },
      { text: 'use bkua_efae4d1ca56f8e35155f08e84d10d9dfe8036644 for the request', values: ['bkua_efae4d1ca56f8e35155f08e84d10d9dfe8036644'] },
    ],
    negative: [
      'BUILDKITE_TOKEN_KEY=bkua_0000000000000000000000000000000000000000',
      'BUILDKITE_TOKEN_KEY=bkua_d62f7debca13e155fd0ad352de5f8090b2f8f1f',
      'BUILDKITE_TOKEN_KEY=bkua_34564a7b478cd83d56c5afd20d9b8d0dd05e932d9',
      'BUILDKITE_TOKEN_KEY=bkua_efae********',
      'BUILDKITE_TOKEN_KEY=${BUILDKITE_TOKEN}',
    ],
  },
  'postman-api-key': {
    positive: [
      { text: 'POSTMAN_API_KEY_KEY="PMAK-668a04f40947b5c06c4b677b-2a67864f6a9e23d9f026886b57298ea354"', values: ['PMAK-668a04f40947b5c06c4b677b-2a67864f6a9e23d9f026886b57298ea354'] },
      { text: 'use PMAK-668a04f40947b5c06c4b677b-2a67864f6a9e23d9f026886b57298ea354 for the request', values: ['PMAK-668a04f40947b5c06c4b677b-2a67864f6a9e23d9f026886b57298ea354'] },
    ],
    negative: [
      'POSTMAN_API_KEY_KEY=PMAK-000000000000000000000000-0000000000000000000000000000000000',
      'POSTMAN_API_KEY_KEY=PMAK-77b9ca7b0ed2800fe8b952c5-4e1c9e1677f7c343bffaccd7432ef5ca7',
      'POSTMAN_API_KEY_KEY=PMAK-cca63b5a6d0a48d6401c6248-c20337a2678b5019b3dfdd772e48e424e98',
      'POSTMAN_API_KEY_KEY=PMAK-668a********',
      'POSTMAN_API_KEY_KEY=${POSTMAN_API_KEY}',
    ],
  },
  'sonarqube-token': {
    positive: [
      { text: 'SONARQUBE_TOKEN_KEY="sqp_1a629ba696e44999544b62b143a7b8e2200af0d0"', values: ['sqp_1a629ba696e44999544b62b143a7b8e2200af0d0'] },
      { text: 'use sqp_1a629ba696e44999544b62b143a7b8e2200af0d0 for the request', values: ['sqp_1a629ba696e44999544b62b143a7b8e2200af0d0'] },
    ],
    negative: [
      'SONARQUBE_TOKEN_KEY=sqp_0000000000000000000000000000000000000000',
      'SONARQUBE_TOKEN_KEY=sqp_6e8f6c3982d5dd72f287a07b2cde995017dc3e6',
      'SONARQUBE_TOKEN_KEY=sqp_01198ac8504de76f3bf8bb14f85ed9c779141d698',
      'SONARQUBE_TOKEN_KEY=sqp_1a62********',
      'SONARQUBE_TOKEN_KEY=${SONARQUBE_TOKEN}',
    ],
  },
  'harness-pat': {
    positive: [
      { text: 'HARNESS_PAT_KEY="pat.7KyRVDRpMeICswX4Smrcss.f08e84d10d9dfe8036644d62.U0LTGLCckRetqVOXCNju"', values: ['pat.7KyRVDRpMeICswX4Smrcss.f08e84d10d9dfe8036644d62.U0LTGLCckRetqVOXCNju'] },
      { text: 'use pat.7KyRVDRpMeICswX4Smrcss.f08e84d10d9dfe8036644d62.U0LTGLCckRetqVOXCNju for the request', values: ['pat.7KyRVDRpMeICswX4Smrcss.f08e84d10d9dfe8036644d62.U0LTGLCckRetqVOXCNju'] },
    ],
    negative: [
      'HARNESS_PAT_KEY=pat.xxxxxxxxxxxxxxxxxxxxxx.000000000000000000000000.xxxxxxxxxxxxxxxxxxxx',
      'HARNESS_PAT_KEY=pat.X4a7XFfV2UdUlpswmC1Gn0.8cd83d56c5afd20d9b8d0dd0.sS9lgN6vx3CYnToZ8q0',
      'HARNESS_PAT_KEY=pat.KXxKpFx01EhCy05xmVxB9Q.23d9f026886b57298ea35477.H7LAzEYSOg4ZXTS3E9riJ',
      'HARNESS_PAT_KEY=pat.7KyR********',
      'HARNESS_PAT_KEY=${HARNESS_PAT}',
    ],
  },
  'octopus-deploy-api-key': {
    positive: [
      { text: 'OCTOPUS_DEPLOY_API_KEY_KEY="API-0XKRF8KP145M5EVYUDLMBGEI5XWSK"', values: ['API-0XKRF8KP145M5EVYUDLMBGEI5XWSK'] },
    ],
    negative: [
      'OCTOPUS_DEPLOY_API_KEY_KEY=API-XXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
      'OCTOPUS_DEPLOY_API_KEY_KEY=API-N0FB3GFA3UE0A3HOBW5I2XPQF',
      'OCTOPUS_DEPLOY_API_KEY_KEY=API-2SY7ESOWU4AT255CZOQ8DVINGH44TKX5J',
      'OCTOPUS_DEPLOY_API_KEY_KEY=API-0XKR********',
      'OCTOPUS_DEPLOY_API_KEY_KEY=${OCTOPUS_DEPLOY_API_KEY}',
    ],
  },
  'bitbucket-client-secret': {
    positive: [
      { text: 'BITBUCKET_KEY="oR72eBvg9GDw8wRnp787spoHwfFdolBzF4SiiXaAUa"', values: ['oR72eBvg9GDw8wRnp787spoHwfFdolBzF4SiiXaAUa'] },
      { text: 'bitbucket: oR72eBvg9GDw8wRnp787spoHwfFdolBzF4SiiXaAUa', values: ['oR72eBvg9GDw8wRnp787spoHwfFdolBzF4SiiXaAUa'] },
    ],
    negative: [
      'BITBUCKET_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'OTHER_SETTING=\"oR72eBvg9GDw8wRnp787spoHwfFdolBzF4SiiXaAUa\"',
      'BITBUCKET_KEY=${BITBUCKET}',
      'BITBUCKET_KEY=\"2VvIl65gPrNP1gVi2zDYyGhJMP68rXe\"',
    ],
  },
  'atlassian-api-token-legacy': {
    positive: [
      { text: 'ATLASSIAN_KEY="yLLlQwZcd63CL2sXpPQ1wTjH"', values: ['yLLlQwZcd63CL2sXpPQ1wTjH'] },
      { text: 'atlassian: yLLlQwZcd63CL2sXpPQ1wTjH', values: ['yLLlQwZcd63CL2sXpPQ1wTjH'] },
    ],
    negative: [
      'ATLASSIAN_KEY=xxxxxxxxxxxxxxxxxxxxxxxx',
      'OTHER_SETTING=\"yLLlQwZcd63CL2sXpPQ1wTjH\"',
      'ATLASSIAN_KEY=${ATLASSIAN}',
      'ATLASSIAN_KEY=\"V4HDdoU3rQM9Kzz8epdMw76\"',
    ],
  },
  'travis-ci-token': {
    positive: [
      { text: 'TRAVIS_KEY="7KyRVDRpMeICswX4Smrcss"', values: ['7KyRVDRpMeICswX4Smrcss'] },
      { text: 'travis: 7KyRVDRpMeICswX4Smrcss', values: ['7KyRVDRpMeICswX4Smrcss'] },
    ],
    negative: [
      'TRAVIS_KEY=xxxxxxxxxxxxxxxxxxxxxx',
      'OTHER_SETTING=\"7KyRVDRpMeICswX4Smrcss\"',
      'TRAVIS_KEY=${TRAVIS}',
      'TRAVIS_KEY=\"5qNcYO6NUQ2bjxupoPxiU\"',
    ],
  },
  'codecov-token': {
    positive: [
      { text: 'CODECOV_KEY="7debca13-e155-fd0a-d352-de5f8090b2f8"', values: ['7debca13-e155-fd0a-d352-de5f8090b2f8'] },
      { text: 'codecov: 7debca13-e155-fd0a-d352-de5f8090b2f8', values: ['7debca13-e155-fd0a-d352-de5f8090b2f8'] },
    ],
    negative: [
      'CODECOV_KEY=00000000-0000-0000-0000-000000000000',
      'OTHER_SETTING=\"7debca13-e155-fd0a-d352-de5f8090b2f8\"',
      'CODECOV_KEY=${CODECOV}',
      'CODECOV_KEY=\"f1f34564-a7b4-78cd-83d5-6c5afd20d9b\"',
    ],
  },
  'snyk-token': {
    positive: [
      { text: 'SNYK_KEY="8d0dd05e-932d-9668-a04f-40947b5c06c4"', values: ['8d0dd05e-932d-9668-a04f-40947b5c06c4'] },
      { text: 'snyk: 8d0dd05e-932d-9668-a04f-40947b5c06c4', values: ['8d0dd05e-932d-9668-a04f-40947b5c06c4'] },
    ],
    negative: [
      'SNYK_KEY=00000000-0000-0000-0000-000000000000',
      'OTHER_SETTING=\"8d0dd05e-932d-9668-a04f-40947b5c06c4\"',
      'SNYK_KEY=${SNYK}',
      'SNYK_KEY=\"b677b2a6-7864-f6a9-e23d-9f026886b57\"',
    ],
  },
  'gitter-token': {
    positive: [
      { text: 'GITTER_KEY="4SCiqqzzH7LAzEYSOg4ZXTS3E9riJtoReJ7Sbv12"', values: ['4SCiqqzzH7LAzEYSOg4ZXTS3E9riJtoReJ7Sbv12'] },
      { text: 'gitter: 4SCiqqzzH7LAzEYSOg4ZXTS3E9riJtoReJ7Sbv12', values: ['4SCiqqzzH7LAzEYSOg4ZXTS3E9riJtoReJ7Sbv12'] },
    ],
    negative: [
      'GITTER_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'OTHER_SETTING=\"4SCiqqzzH7LAzEYSOg4ZXTS3E9riJtoReJ7Sbv12\"',
      'GITTER_KEY=${GITTER}',
      'GITTER_KEY=\"pjGUVCLIO1omgSWuIDyKKAxkGtByNYCn2OxpacJ\"',
    ],
  },
  'drone-ci-token': {
    positive: [
      { text: 'DRONE_TOKEN_KEY="wfq6IgYmj0Agx12ErYc7FkOWLN11iRn2"', values: ['wfq6IgYmj0Agx12ErYc7FkOWLN11iRn2'] },
      { text: 'drone_token: wfq6IgYmj0Agx12ErYc7FkOWLN11iRn2', values: ['wfq6IgYmj0Agx12ErYc7FkOWLN11iRn2'] },
    ],
    negative: [
      'DRONE_TOKEN_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'OTHER_SETTING=\"wfq6IgYmj0Agx12ErYc7FkOWLN11iRn2\"',
      'DRONE_TOKEN_KEY=${DRONE_TOKEN}',
      'DRONE_TOKEN_KEY=\"QohoR72eBvg9GDw8wRnp787spoHwfFd\"',
    ],
  },
  'jenkins-api-token': {
    positive: [
      { text: 'JENKINS_KEY="43a7b8e2200af0d06e8f6c3982d5dd72f2"', values: ['43a7b8e2200af0d06e8f6c3982d5dd72f2'] },
      { text: 'jenkins: 43a7b8e2200af0d06e8f6c3982d5dd72f2', values: ['43a7b8e2200af0d06e8f6c3982d5dd72f2'] },
    ],
    negative: [
      'JENKINS_KEY=0000000000000000000000000000000000',
      'OTHER_SETTING=\"43a7b8e2200af0d06e8f6c3982d5dd72f2\"',
      'JENKINS_KEY=${JENKINS}',
      'JENKINS_KEY=\"87a07b2cde995017dc3e601198ac8504d\"',
    ],
  },
};
