import type { DetectorExamples } from '../../types';

// Generated once from the shapes, then kept by hand; kept out of the bundle (vsce refuses secret-shaped strings).
export const examples: Readonly<Record<string, DetectorExamples>> = {
  'slack-bot-token': {
    positive: [
      { text: 'SLACK_BOT_TOKEN_KEY="xoxb-28735139104-63872291889-epdMw76fo7KyRVDRpMeICswX"', values: ['xoxb-28735139104-63872291889-epdMw76fo7KyRVDRpMeICswX'] },
      { text: 'use xoxb-28735139104-63872291889-epdMw76fo7KyRVDRpMeICswX for the request', values: ['xoxb-28735139104-63872291889-epdMw76fo7KyRVDRpMeICswX'] },
    ],
    negative: [
      'SLACK_BOT_TOKEN_KEY=xoxb-00000000000-00000000000-xxxxxxxxxxxxxxxxxxxxxxxx',
      'SLACK_BOT_TOKEN_KEY=xoxb-92664773392-96243292328-bjxupoPxiU0LTGLCckRetqV',
      'SLACK_BOT_TOKEN_KEY=xoxb-23025752373-94930538343-lpswmC1Gn05LP5mNsxKtDVMfa',
      'SLACK_BOT_TOKEN_KEY=xoxb-2873********',
      'SLACK_BOT_TOKEN_KEY=${SLACK_BOT_TOKEN}',
    ],
  },
  'slack-user-token': {
    positive: [
      { text: 'SLACK_USER_TOKEN_KEY="xoxp-29082322472-95529778036-36496817138-c4b677b2a67864f6a9e23d9f026886b5"', values: ['xoxp-29082322472-95529778036-36496817138-c4b677b2a67864f6a9e23d9f026886b5'] },
      { text: 'use xoxp-29082322472-95529778036-36496817138-c4b677b2a67864f6a9e23d9f026886b5 for the request', values: ['xoxp-29082322472-95529778036-36496817138-c4b677b2a67864f6a9e23d9f026886b5'] },
    ],
    negative: [
      'SLACK_USER_TOKEN_KEY=xoxp-00000000000-00000000000-00000000000-00000000000000000000000000000000',
      'SLACK_USER_TOKEN_KEY=xoxp-85993056688-19108032259-43328097517-4e1c9e1677f7c343bffaccd7432ef5c',
      'SLACK_USER_TOKEN_KEY=xoxp-08110851708-24068276441-75691536580-2678b5019b3dfdd772e48e424e981a629',
      'SLACK_USER_TOKEN_KEY=xoxp-2908********',
      'SLACK_USER_TOKEN_KEY=${SLACK_USER_TOKEN}',
    ],
  },
  'slack-app-token': {
    positive: [
      { text: 'SLACK_APP_TOKEN_KEY="xapp-0-B292KXY888-766175046608-b8e2200af0d06e8f6c3982d5dd72f287a07b2cde995017dc3e601198ac8504de"', values: ['xapp-0-B292KXY888-766175046608-b8e2200af0d06e8f6c3982d5dd72f287a07b2cde995017dc3e601198ac8504de'] },
      { text: 'use xapp-0-B292KXY888-766175046608-b8e2200af0d06e8f6c3982d5dd72f287a07b2cde995017dc3e601198ac8504de for the request', values: ['xapp-0-B292KXY888-766175046608-b8e2200af0d06e8f6c3982d5dd72f287a07b2cde995017dc3e601198ac8504de'] },
    ],
    negative: [
      'SLACK_APP_TOKEN_KEY=xapp-0-XXXXXXXXXX-000000000000-0000000000000000000000000000000000000000000000000000000000000000',
      'SLACK_APP_TOKEN_KEY=xapp-8-2LUEM6ECRX-387229188946-1d698249c7efae4d1ca56f8e35155f08e84d10d9dfe8036644d62f7debca13e',
      'SLACK_APP_TOKEN_KEY=xapp-4-0YMINBIU0S-237394930538-f1f34564a7b478cd83d56c5afd20d9b8d0dd05e932d9668a04f40947b5c06c4b6',
      'SLACK_APP_TOKEN_KEY=xapp-0-B2********',
      'SLACK_APP_TOKEN_KEY=${SLACK_APP_TOKEN}',
    ],
  },
  'slack-config-token': {
    positive: [
      { text: 'SLACK_CONFIG_TOKEN_KEY="xoxe.xoxp-8-5CTB3472WM2A9JSVI8MPS2762CZ4S97KBUYY44E8GA4COKIS7ONLK6C9ZTF0XKRF8KP145M5EVYUDLMBGEI5XWSKN0FB3GFA3UE0A3HOBW5I2XPQF2SY7ESOWU4AT255CZOQ8DVINGH44TKX5JXTXK85RA1S9DB292KX"', values: ['xoxe.xoxp-8-5CTB3472WM2A9JSVI8MPS2762CZ4S97KBUYY44E8GA4COKIS7ONLK6C9ZTF0XKRF8KP145M5EVYUDLMBGEI5XWSKN0FB3GFA3UE0A3HOBW5I2XPQF2SY7ESOWU4AT255CZOQ8DVINGH44TKX5JXTXK85RA1S9DB292KX'] },
      { text: 'use xoxe.xoxp-8-5CTB3472WM2A9JSVI8MPS2762CZ4S97KBUYY44E8GA4COKIS7ONLK6C9ZTF0XKRF8KP145M5EVYUDLMBGEI5XWSKN0FB3GFA3UE0A3HOBW5I2XPQF2SY7ESOWU4AT255CZOQ8DVINGH44TKX5JXTXK85RA1S9DB292KX for the request', values: ['xoxe.xoxp-8-5CTB3472WM2A9JSVI8MPS2762CZ4S97KBUYY44E8GA4COKIS7ONLK6C9ZTF0XKRF8KP145M5EVYUDLMBGEI5XWSKN0FB3GFA3UE0A3HOBW5I2XPQF2SY7ESOWU4AT255CZOQ8DVINGH44TKX5JXTXK85RA1S9DB292KX'] },
    ],
    negative: [
      'SLACK_CONFIG_TOKEN_KEY=xoxe.xoxp-0-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
      'SLACK_CONFIG_TOKEN_KEY=xoxe.xoxp-6-888ZYXE2SDQXVB4D6KUTNPALPHP3K5M1EV77SIZHI4SMT53BO3DTFGJ79ZNR3GGVJ2PQR76BG5ZNYIJ42LUEM6ECRXL6ZJH9F349RXQH287SX8F3KMCKYGREBZ2N6KWYQZ0LN6J7YHQOI8HLJ5PU21YXI2UM4GLDGB',
      'SLACK_CONFIG_TOKEN_KEY=xoxe.xoxp-4-UKR0YMINBIU0SIL0N6P8NDSM5LRLVY02WB5DW47GI7WH02F0BMHSPH8C5HNIIPZK9VSI7126BOXLXO8Y4D0FN2GXD245CTB3472WM2A9JSVI8MPS2762CZ4S97KBUYY44E8GA4COKIS7ONLK6C9ZTF0XKRF8KP145M5EVYU',
      'SLACK_CONFIG_TOKEN_KEY=xoxe.xoxp-8-5C********',
      'SLACK_CONFIG_TOKEN_KEY=${SLACK_CONFIG_TOKEN}',
    ],
  },
  'slack-config-refresh-token': {
    positive: [
      { text: 'SLACK_CONFIG_REFRESH_TOKEN_KEY="xoxe-1-LMBGEI5XWSKN0FB3GFA3UE0A3HOBW5I2XPQF2SY7ESOWU4AT255CZOQ8DVINGH44TKX5JXTXK85RA1S9DB292KXY888ZYXE2SDQXVB4D6KUTNPALPHP3K5M1EV77SIZHI4SMT53BO3DTFGJ79Z"', values: ['xoxe-1-LMBGEI5XWSKN0FB3GFA3UE0A3HOBW5I2XPQF2SY7ESOWU4AT255CZOQ8DVINGH44TKX5JXTXK85RA1S9DB292KXY888ZYXE2SDQXVB4D6KUTNPALPHP3K5M1EV77SIZHI4SMT53BO3DTFGJ79Z'] },
      { text: 'use xoxe-1-LMBGEI5XWSKN0FB3GFA3UE0A3HOBW5I2XPQF2SY7ESOWU4AT255CZOQ8DVINGH44TKX5JXTXK85RA1S9DB292KXY888ZYXE2SDQXVB4D6KUTNPALPHP3K5M1EV77SIZHI4SMT53BO3DTFGJ79Z for the request', values: ['xoxe-1-LMBGEI5XWSKN0FB3GFA3UE0A3HOBW5I2XPQF2SY7ESOWU4AT255CZOQ8DVINGH44TKX5JXTXK85RA1S9DB292KXY888ZYXE2SDQXVB4D6KUTNPALPHP3K5M1EV77SIZHI4SMT53BO3DTFGJ79Z'] },
    ],
    negative: [
      'SLACK_CONFIG_REFRESH_TOKEN_KEY=xoxe-0-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
      'SLACK_CONFIG_REFRESH_TOKEN_KEY=xoxe-3-R3GGVJ2PQR76BG5ZNYIJ42LUEM6ECRXL6ZJH9F349RXQH287SX8F3KMCKYGREBZ2N6KWYQZ0LN6J7YHQOI8HLJ5PU21YXI2UM4GLDGBQUKR0YMINBIU0SIL0N6P8NDSM5LRLVY02WB5DW47GI',
      'SLACK_CONFIG_REFRESH_TOKEN_KEY=xoxe-9-WH02F0BMHSPH8C5HNIIPZK9VSI7126BOXLXO8Y4D0FN2GXD245CTB3472WM2A9JSVI8MPS2762CZ4S97KBUYY44E8GA4COKIS7ONLK6C9ZTF0XKRF8KP145M5EVYUDLMBGEI5XWSKN0FB3GFA3U',
      'SLACK_CONFIG_REFRESH_TOKEN_KEY=xoxe-1-LM********',
      'SLACK_CONFIG_REFRESH_TOKEN_KEY=${SLACK_CONFIG_REFRESH_TOKEN}',
    ],
  },
  'slack-legacy-token': {
    positive: [
      { text: 'SLACK_LEGACY_TOKEN_KEY="xoxo-17082406827-acJwfq6IgYmj0Agx12Er"', values: ['xoxo-17082406827-acJwfq6IgYmj0Agx12Er'] },
      { text: 'use xoxo-17082406827-acJwfq6IgYmj0Agx12Er for the request', values: ['xoxo-17082406827-acJwfq6IgYmj0Agx12Er'] },
    ],
    negative: [
      'SLACK_LEGACY_TOKEN_KEY=xoxo-00000000000-xxxxxxxxxxxxxxxxxxxx',
      'SLACK_LEGACY_TOKEN_KEY=xoxo-49052312885-n2QohoR72',
      'SLACK_LEGACY_TOKEN_KEY=xoxo-40759007972-p787spoHwfFdolBzF4SiiXaAUaMayS2VvIl65gPrNP1gVi2zDYyGhJMP68rXeyLLlQwZcd63CL2sXpPQ1wTjHV4HDdoU3rQM9Kzz8',
      'SLACK_LEGACY_TOKEN_KEY=xoxo-1708********',
      'SLACK_LEGACY_TOKEN_KEY=${SLACK_LEGACY_TOKEN}',
    ],
  },
  'slack-webhook-url': {
    positive: [
      { text: 'SLACK_WEBHOOK_URL_KEY="hooks.slack.com/services/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"', values: ['hooks.slack.com/services/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'] },
      { text: 'use hooks.slack.com/services/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 for the request', values: ['hooks.slack.com/services/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'] },
    ],
    negative: [
      'SLACK_WEBHOOK_URL_KEY=hooks.slack.com/services/TXXXXXXXXXX/BXXXXXXXXXX/xxxxxxxxxxxxxxxxxxxxxxxx',
      'SLACK_WEBHOOK_URL_KEY=hooks.slack.com/services/TJ5PU21YXI2/BUM4GLDGBQU/RetqVOXCNjufOTtX4a7XFfV',
      'SLACK_WEBHOOK_URL_KEY=hooks.slack.com/services/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6',
      'SLACK_WEBHOOK_URL_KEY=hooks.slack.com/services/TRXQ********',
      'SLACK_WEBHOOK_URL_KEY=${SLACK_WEBHOOK_URL}',
    ],
  },
  'slack-workflow-webhook-url': {
    positive: [
      { text: 'SLACK_WORKFLOW_WEBHOOK_URL_KEY="hooks.slack.com/workflows/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"', values: ['hooks.slack.com/workflows/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'] },
      { text: 'use hooks.slack.com/workflows/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 for the request', values: ['hooks.slack.com/workflows/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'] },
    ],
    negative: [
      'SLACK_WORKFLOW_WEBHOOK_URL_KEY=hooks.slack.com/workflows/TXXXXXXXXXX/AXXXXXXXXXX/000000000000000000/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'SLACK_WORKFLOW_WEBHOOK_URL_KEY=hooks.slack.com/workflows/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',
      'SLACK_WORKFLOW_WEBHOOK_URL_KEY=hooks.slack.com/workflows/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',
      'SLACK_WORKFLOW_WEBHOOK_URL_KEY=hooks.slack.com/workflows/T126********',
      'SLACK_WORKFLOW_WEBHOOK_URL_KEY=${SLACK_WORKFLOW_WEBHOOK_URL}',
    ],
  },
  'discord-webhook-url': {
    positive: [
      { text: 'DISCORD_WEBHOOK_URL_KEY="discord.com/api/webhooks/342483837159952722/Vi2zDYyGhJMP68rXeyLLlQwZcd63CL2sXpPQ1wTjHV4HDdoU3rQM9Kzz8epdMw76"', values: ['discord.com/api/webhooks/342483837159952722/Vi2zDYyGhJMP68rXeyLLlQwZcd63CL2sXpPQ1wTjHV4HDdoU3rQM9Kzz8epdMw76'] },
      { text: 'use discord.com/api/webhooks/342483837159952722/Vi2zDYyGhJMP68rXeyLLlQwZcd63CL2sXpPQ1wTjHV4HDdoU3rQM9Kzz8epdMw76 for the request', values: ['discord.com/api/webhooks/342483837159952722/Vi2zDYyGhJMP68rXeyLLlQwZcd63CL2sXpPQ1wTjHV4HDdoU3rQM9Kzz8epdMw76'] },
    ],
    negative: [
      'DISCORD_WEBHOOK_URL_KEY=discord.com/api/webhooks/000000000000000000/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'DISCORD_WEBHOOK_URL_KEY=discord.com/api/webhooks/918230261410773926/ssTX4P5qNcYO6NUQ2bjxupoPxiU0LTGLCckRetqVOXCNjufOTtX4a7XFfV2',
      'DISCORD_WEBHOOK_URL_KEY=discord.com/api/webhooks/343567760816891296/xKtDVMfaN7F2NXNOasS9lgN6vx3CYnToZ8q0GsKXxKpFx01EhCy05xmVxB9QglO6Vafx5',
      'DISCORD_WEBHOOK_URL_KEY=discord.com/api/webhooks/3424********',
      'DISCORD_WEBHOOK_URL_KEY=${DISCORD_WEBHOOK_URL}',
    ],
  },
  'telegram-bot-token': {
    positive: [
      { text: 'TELEGRAM_BOT_TOKEN_KEY="970785993:AAqqzzH7LAzEYSOg4ZXTS3E9riJtoReJ7Sb"', values: ['970785993:AAqqzzH7LAzEYSOg4ZXTS3E9riJtoReJ7Sb'] },
    ],
    negative: [
      'TELEGRAM_BOT_TOKEN_KEY=000000000:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'TELEGRAM_BOT_TOKEN_KEY=838156513:AALIO1omgSWuIDyKKAxkGtByNYCn2Oxpac',
      'TELEGRAM_BOT_TOKEN_KEY=175691536:AAAgx12ErYc7FkOWLN11iRn2QohoR72eBvg9',
      'TELEGRAM_BOT_TOKEN_KEY=9707********',
      'TELEGRAM_BOT_TOKEN_KEY=${TELEGRAM_BOT_TOKEN}',
    ],
  },
  'teams-webhook-url': {
    positive: [
      { text: 'TEAMS_WEBHOOK_URL_KEY=".webhook.office.com/webhookb2/a696e44999544b62b143a7b8e2200af0d06e@f6c3982d5dd72f287a07b2cde995017dc3e6/IncomingWebhook/01198ac8504de76f3bf8bb14f85ed9c7/9141d698249c7efae4d1ca56f8e35155f08e"', values: ['.webhook.office.com/webhookb2/a696e44999544b62b143a7b8e2200af0d06e@f6c3982d5dd72f287a07b2cde995017dc3e6/IncomingWebhook/01198ac8504de76f3bf8bb14f85ed9c7/9141d698249c7efae4d1ca56f8e35155f08e'] },
      { text: 'use .webhook.office.com/webhookb2/a696e44999544b62b143a7b8e2200af0d06e@f6c3982d5dd72f287a07b2cde995017dc3e6/IncomingWebhook/01198ac8504de76f3bf8bb14f85ed9c7/9141d698249c7efae4d1ca56f8e35155f08e for the request', values: ['.webhook.office.com/webhookb2/a696e44999544b62b143a7b8e2200af0d06e@f6c3982d5dd72f287a07b2cde995017dc3e6/IncomingWebhook/01198ac8504de76f3bf8bb14f85ed9c7/9141d698249c7efae4d1ca56f8e35155f08e'] },
    ],
    negative: [
      'TEAMS_WEBHOOK_URL_KEY=.webhook.office.com/webhookb2/000000000000000000000000000000000000@000000000000000000000000000000000000/IncomingWebhook/00000000000000000000000000000000/000000000000000000000000000000000000',
      'TEAMS_WEBHOOK_URL_KEY=.webhook.office.com/webhookb2/0d9dfe8036644d62f7debca13e155fd0ad35@de5f8090b2f8f1f34564a7b478cd83d56c5a/IncomingWebhook/fd20d9b8d0dd05e932d9668a04f40947/5c06c4b677b2a67864f6a9e23d9f026886b',
      'TEAMS_WEBHOOK_URL_KEY=.webhook.office.com/webhookb2/7298ea35477b9ca7b0ed2800fe8b952c54e1@9e1677f7c343bffaccd7432ef5ca7cca63b5/IncomingWebhook/a6d0a48d6401c6248c20337a2678b501/b3dfdd772e48e424e981a629ba696e4499954',
      'TEAMS_WEBHOOK_URL_KEY=.webhook.office.com/webhookb2/a696********',
      'TEAMS_WEBHOOK_URL_KEY=${TEAMS_WEBHOOK_URL}',
    ],
  },
  'sendgrid-api-key': {
    positive: [
      { text: 'SENDGRID_API_KEY_KEY="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"', values: ['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'] },
      { text: 'use 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 for the request', values: ['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'] },
    ],
    negative: [
      'SENDGRID_API_KEY_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'SENDGRID_API_KEY_KEY=SG.wTjHV4HDdoU3rQM9Kzz8ep.w76fo7KyRVDRpMeICswX4SmrcssTX4P5qNcYO6NUQ2',
      'SENDGRID_API_KEY_KEY=SG.xupoPxiU0LTGLCckRetqVO.NjufOTtX4a7XFfV2UdUlpswmC1Gn05LP5mNsxKtDVMfa',
      'SENDGRID_API_KEY_KEY=SG.wfFd********',
      'SENDGRID_API_KEY_KEY=${SENDGRID_API_KEY}',
    ],
  },
  'mailgun-api-key': {
    positive: [
      { text: 'MAILGUN_API_KEY_KEY="key-d9b8d0dd05e932d9668a04f40947b5c0"', values: ['key-d9b8d0dd05e932d9668a04f40947b5c0'] },
      { text: 'use key-d9b8d0dd05e932d9668a04f40947b5c0 for the request', values: ['key-d9b8d0dd05e932d9668a04f40947b5c0'] },
    ],
    negative: [
      'MAILGUN_API_KEY_KEY=key-00000000000000000000000000000000',
      'MAILGUN_API_KEY_KEY=key-6c4b677b2a67864f6a9e23d9f026886',
      'MAILGUN_API_KEY_KEY=key-b57298ea35477b9ca7b0ed2800fe8b952',
      'MAILGUN_API_KEY_KEY=key-d9b8********',
      'MAILGUN_API_KEY_KEY=${MAILGUN_API_KEY}',
    ],
  },
  'mailchimp-api-key': {
    positive: [
      { text: 'MAILCHIMP_API_KEY_KEY="c54e1c9e1677f7c343bffaccd7432ef5-us1"', values: ['c54e1c9e1677f7c343bffaccd7432ef5-us1'] },
    ],
    negative: [
      'MAILCHIMP_API_KEY_KEY=00000000000000000000000000000000-us0',
      'MAILCHIMP_API_KEY_KEY=a7cca63b5a6d0a48d6401c6248c2033-us8',
      'MAILCHIMP_API_KEY_KEY=a2678b5019b3dfdd772e48e424e981a62-us9',
      'MAILCHIMP_API_KEY_KEY=c54e********',
      'MAILCHIMP_API_KEY_KEY=${MAILCHIMP_API_KEY}',
    ],
  },
  'brevo-api-key': {
    positive: [
      { text: 'BREVO_API_KEY_KEY="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"', values: ['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'] },
      { text: 'use 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 for the request', values: ['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'] },
    ],
    negative: [
      'BREVO_API_KEY_KEY=xkeysib-0000000000000000000000000000000000000000000000000000000000000000-xxxxxxxxxxxxxxxx',
      'BREVO_API_KEY_KEY=xkeysib-c8504de76f3bf8bb14f85ed9c779141d698249c7efae4d1ca56f8e35155f08e8-qNcYO6NUQ2bjxup',
      'BREVO_API_KEY_KEY=xkeysib-4d62f7debca13e155fd0ad352de5f8090b2f8f1f34564a7b478cd83d56c5afd2-aN7F2NXNOasS9lgN6',
      'BREVO_API_KEY_KEY=xkeysib-ba69********',
      'BREVO_API_KEY_KEY=${BREVO_API_KEY}',
    ],
  },
  'brevo-smtp-key': {
    positive: [
      { text: 'BREVO_SMTP_KEY_KEY="xsmtpsib-668a04f40947b5c06c4b677b2a67864f6a9e23d9f026886b57298ea35477b9ca-zEYSOg4ZXTS3E9ri"', values: ['xsmtpsib-668a04f40947b5c06c4b677b2a67864f6a9e23d9f026886b57298ea35477b9ca-zEYSOg4ZXTS3E9ri'] },
      { text: 'use xsmtpsib-668a04f40947b5c06c4b677b2a67864f6a9e23d9f026886b57298ea35477b9ca-zEYSOg4ZXTS3E9ri for the request', values: ['xsmtpsib-668a04f40947b5c06c4b677b2a67864f6a9e23d9f026886b57298ea35477b9ca-zEYSOg4ZXTS3E9ri'] },
    ],
    negative: [
      'BREVO_SMTP_KEY_KEY=xsmtpsib-0000000000000000000000000000000000000000000000000000000000000000-xxxxxxxxxxxxxxxx',
      'BREVO_SMTP_KEY_KEY=xsmtpsib-c54e1c9e1677f7c343bffaccd7432ef5ca7cca63b5a6d0a48d6401c6248c2033-0Agx12ErYc7FkOW',
      'BREVO_SMTP_KEY_KEY=xsmtpsib-dd772e48e424e981a629ba696e44999544b62b143a7b8e2200af0d06e8f6c398-gPrNP1gVi2zDYyGhJ',
      'BREVO_SMTP_KEY_KEY=xsmtpsib-668a********',
      'BREVO_SMTP_KEY_KEY=${BREVO_SMTP_KEY}',
    ],
  },
  'twilio-api-key': {
    positive: [
      { text: 'TWILIO_KEY="SKde995017dc3e601198ac8504de76f3bf"', values: ['SKde995017dc3e601198ac8504de76f3bf'] },
    ],
    negative: [
      'TWILIO_KEY=SK00000000000000000000000000000000',
      'TWILIO_KEY=SK8bb14f85ed9c779141d698249c7efae',
      'TWILIO_KEY=SK4d1ca56f8e35155f08e84d10d9dfe8036',
      'TWILIO_KEY=SKde99********',
      'TWILIO_KEY=${TWILIO}',
    ],
  },
  'mattermost-token': {
    positive: [
      { text: 'MATTERMOST_KEY="1yxi2um4gldgbqukr0yminbiu0"', values: ['1yxi2um4gldgbqukr0yminbiu0'] },
    ],
    negative: [
      'MATTERMOST_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxx',
      'MATTERMOST_KEY=sil0n6p8ndsm5lrlvy02wb5dw',
      'MATTERMOST_KEY=47gi7wh02f0bmhsph8c5hniipzk',
      'MATTERMOST_KEY=1yxi********',
      'MATTERMOST_KEY=${MATTERMOST}',
    ],
  },
  'discord-bot-token': {
    positive: [
      { text: 'DISCORD_KEY="ON6vx3CYnToZ8q0GsKXxKpFx0.hCy05x.xB9QglO6Vafx54wFrzf94SCiqqzzH7LA"', values: ['ON6vx3CYnToZ8q0GsKXxKpFx0.hCy05x.xB9QglO6Vafx54wFrzf94SCiqqzzH7LA'] },
      { text: 'discord: ON6vx3CYnToZ8q0GsKXxKpFx0.hCy05x.xB9QglO6Vafx54wFrzf94SCiqqzzH7LA', values: ['ON6vx3CYnToZ8q0GsKXxKpFx0.hCy05x.xB9QglO6Vafx54wFrzf94SCiqqzzH7LA'] },
    ],
    negative: [
      'DISCORD_KEY=Mxxxxxxxxxxxxxxxxxxxxxxxx.xxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'OTHER_SETTING=\"ON6vx3CYnToZ8q0GsKXxKpFx0.hCy05x.xB9QglO6Vafx54wFrzf94SCiqqzzH7LA\"',
      'DISCORD_KEY=${DISCORD}',
      'DISCORD_KEY=\"OTS3E9riJtoReJ7Sbv12V1Hkp.UVCLIO.mgSWuIDyKKAxkGtByNYCn2Oxpa\"',
    ],
  },
  'discord-client-secret': {
    positive: [
      { text: 'DISCORD_KEY="wfq6IgYmj0Agx12ErYc7FkOWLN11iRn2"', values: ['wfq6IgYmj0Agx12ErYc7FkOWLN11iRn2'] },
      { text: 'discord: wfq6IgYmj0Agx12ErYc7FkOWLN11iRn2', values: ['wfq6IgYmj0Agx12ErYc7FkOWLN11iRn2'] },
    ],
    negative: [
      'DISCORD_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'OTHER_SETTING=\"wfq6IgYmj0Agx12ErYc7FkOWLN11iRn2\"',
      'DISCORD_KEY=${DISCORD}',
      'DISCORD_KEY=\"R72eBvg9GDw8wRnp787spoHwfFdolBz\"',
    ],
  },
  'twilio-auth-token': {
    positive: [
      { text: 'TWILIO_KEY="b8e2200af0d06e8f6c3982d5dd72f287"', values: ['b8e2200af0d06e8f6c3982d5dd72f287'] },
      { text: 'twilio: b8e2200af0d06e8f6c3982d5dd72f287', values: ['b8e2200af0d06e8f6c3982d5dd72f287'] },
    ],
    negative: [
      'TWILIO_KEY=00000000000000000000000000000000',
      'OTHER_SETTING=\"b8e2200af0d06e8f6c3982d5dd72f287\"',
      'TWILIO_KEY=${TWILIO}',
      'TWILIO_KEY=\"a07b2cde995017dc3e601198ac8504d\"',
    ],
  },
  'mailgun-signing-key': {
    positive: [
      { text: 'MAILGUN_KEY="e76f3bf8bb14f85ed9c779141d698249-c7efae4d-1ca56f8e"', values: ['e76f3bf8bb14f85ed9c779141d698249-c7efae4d-1ca56f8e'] },
      { text: 'mailgun: e76f3bf8bb14f85ed9c779141d698249-c7efae4d-1ca56f8e', values: ['e76f3bf8bb14f85ed9c779141d698249-c7efae4d-1ca56f8e'] },
    ],
    negative: [
      'MAILGUN_KEY=00000000000000000000000000000000-00000000-00000000',
      'OTHER_SETTING=\"e76f3bf8bb14f85ed9c779141d698249-c7efae4d-1ca56f8e\"',
      'MAILGUN_KEY=${MAILGUN}',
      'MAILGUN_KEY=\"35155f08e84d10d9dfe8036644d62f7d-ebca13e1-55fd0ad\"',
    ],
  },
  'mandrill-api-key': {
    positive: [
      { text: 'MANDRILL_KEY="fOTtX4a7XFfV2UdUlpswmC"', values: ['fOTtX4a7XFfV2UdUlpswmC'] },
      { text: 'mandrill: fOTtX4a7XFfV2UdUlpswmC', values: ['fOTtX4a7XFfV2UdUlpswmC'] },
    ],
    negative: [
      'MANDRILL_KEY=xxxxxxxxxxxxxxxxxxxxxx',
      'OTHER_SETTING=\"fOTtX4a7XFfV2UdUlpswmC\"',
      'MANDRILL_KEY=${MANDRILL}',
      'MANDRILL_KEY=\"5LP5mNsxKtDVMfaN7F2NX\"',
    ],
  },
  'postmark-server-token': {
    positive: [
      { text: 'POSTMARK_KEY="dd05e932-d966-8a04-f409-47b5c06c4b67"', values: ['dd05e932-d966-8a04-f409-47b5c06c4b67'] },
      { text: 'postmark: dd05e932-d966-8a04-f409-47b5c06c4b67', values: ['dd05e932-d966-8a04-f409-47b5c06c4b67'] },
    ],
    negative: [
      'POSTMARK_KEY=00000000-0000-0000-0000-000000000000',
      'OTHER_SETTING=\"dd05e932-d966-8a04-f409-47b5c06c4b67\"',
      'POSTMARK_KEY=${POSTMARK}',
      'POSTMARK_KEY=\"7b2a6786-4f6a-9e23-d9f0-26886b57298\"',
    ],
  },
  'mailjet-api-secret': {
    positive: [
      { text: 'MAILJET_KEY="ea35477b9ca7b0ed2800fe8b952c54e1"', values: ['ea35477b9ca7b0ed2800fe8b952c54e1'] },
      { text: 'mailjet: ea35477b9ca7b0ed2800fe8b952c54e1', values: ['ea35477b9ca7b0ed2800fe8b952c54e1'] },
    ],
    negative: [
      'MAILJET_KEY=00000000000000000000000000000000',
      'OTHER_SETTING=\"ea35477b9ca7b0ed2800fe8b952c54e1\"',
      'MAILJET_KEY=${MAILJET}',
      'MAILJET_KEY=\"c9e1677f7c343bffaccd7432ef5ca7c\"',
    ],
  },
  'sparkpost-api-key': {
    positive: [
      { text: 'SPARKPOST_KEY="ca63b5a6d0a48d6401c6248c20337a2678b5019b"', values: ['ca63b5a6d0a48d6401c6248c20337a2678b5019b'] },
      { text: 'sparkpost: ca63b5a6d0a48d6401c6248c20337a2678b5019b', values: ['ca63b5a6d0a48d6401c6248c20337a2678b5019b'] },
    ],
    negative: [
      'SPARKPOST_KEY=0000000000000000000000000000000000000000',
      'OTHER_SETTING=\"ca63b5a6d0a48d6401c6248c20337a2678b5019b\"',
      'SPARKPOST_KEY=${SPARKPOST}',
      'SPARKPOST_KEY=\"3dfdd772e48e424e981a629ba696e44999544b6\"',
    ],
  },
  'messagebird-api-key': {
    positive: [
      { text: 'MESSAGEBIRD_KEY="fFdolBzF4SiiXaAUaMayS2VvI"', values: ['fFdolBzF4SiiXaAUaMayS2VvI'] },
      { text: 'messagebird: fFdolBzF4SiiXaAUaMayS2VvI', values: ['fFdolBzF4SiiXaAUaMayS2VvI'] },
    ],
    negative: [
      'MESSAGEBIRD_KEY=xxxxxxxxxxxxxxxxxxxxxxxxx',
      'OTHER_SETTING=\"fFdolBzF4SiiXaAUaMayS2VvI\"',
      'MESSAGEBIRD_KEY=${MESSAGEBIRD}',
      'MESSAGEBIRD_KEY=\"l65gPrNP1gVi2zDYyGhJMP68\"',
    ],
  },
  'vonage-api-secret': {
    positive: [
      { text: 'VONAGE_KEY="rXeyLLlQwZcd63CL"', values: ['rXeyLLlQwZcd63CL'] },
      { text: 'vonage: rXeyLLlQwZcd63CL', values: ['rXeyLLlQwZcd63CL'] },
    ],
    negative: [
      'VONAGE_KEY=xxxxxxxxxxxxxxxx',
      'OTHER_SETTING=\"rXeyLLlQwZcd63CL\"',
      'VONAGE_KEY=${VONAGE}',
      'VONAGE_KEY=\"2sXpPQ1wTjHV4HD\"',
    ],
  },
  'plivo-auth-token': {
    positive: [
      { text: 'PLIVO_KEY="doU3rQM9Kzz8epdMw76fo7KyRVDRpMeICswX4Smr"', values: ['doU3rQM9Kzz8epdMw76fo7KyRVDRpMeICswX4Smr'] },
      { text: 'plivo: doU3rQM9Kzz8epdMw76fo7KyRVDRpMeICswX4Smr', values: ['doU3rQM9Kzz8epdMw76fo7KyRVDRpMeICswX4Smr'] },
    ],
    negative: [
      'PLIVO_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'OTHER_SETTING=\"doU3rQM9Kzz8epdMw76fo7KyRVDRpMeICswX4Smr\"',
      'PLIVO_KEY=${PLIVO}',
      'PLIVO_KEY=\"cssTX4P5qNcYO6NUQ2bjxupoPxiU0LTGLCckRet\"',
    ],
  },
  'zendesk-api-token': {
    positive: [
      { text: 'ZENDESK_KEY="qVOXCNjufOTtX4a7XFfV2UdUlpswmC1Gn05LP5mN"', values: ['qVOXCNjufOTtX4a7XFfV2UdUlpswmC1Gn05LP5mN'] },
      { text: 'zendesk: qVOXCNjufOTtX4a7XFfV2UdUlpswmC1Gn05LP5mN', values: ['qVOXCNjufOTtX4a7XFfV2UdUlpswmC1Gn05LP5mN'] },
    ],
    negative: [
      'ZENDESK_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'OTHER_SETTING=\"qVOXCNjufOTtX4a7XFfV2UdUlpswmC1Gn05LP5mN\"',
      'ZENDESK_KEY=${ZENDESK}',
      'ZENDESK_KEY=\"sxKtDVMfaN7F2NXNOasS9lgN6vx3CYnToZ8q0Gs\"',
    ],
  },
  'intercom-access-token': {
    positive: [
      { text: 'INTERCOM_KEY="KpFx01EhCy05xmVxB9QglO6Vafx54wFrzf94SCiqqzzH7LAzEYSOg4ZXTS3E"', values: ['KpFx01EhCy05xmVxB9QglO6Vafx54wFrzf94SCiqqzzH7LAzEYSOg4ZXTS3E'] },
      { text: 'intercom: KpFx01EhCy05xmVxB9QglO6Vafx54wFrzf94SCiqqzzH7LAzEYSOg4ZXTS3E', values: ['KpFx01EhCy05xmVxB9QglO6Vafx54wFrzf94SCiqqzzH7LAzEYSOg4ZXTS3E'] },
    ],
    negative: [
      'INTERCOM_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'OTHER_SETTING=\"KpFx01EhCy05xmVxB9QglO6Vafx54wFrzf94SCiqqzzH7LAzEYSOg4ZXTS3E\"',
      'INTERCOM_KEY=${INTERCOM}',
      'INTERCOM_KEY=\"ReJ7Sbv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByNYCn2OxpacJwfq6IgY\"',
    ],
  },
  'pusher-secret': {
    positive: [
      { text: 'PUSHER_KEY="337a2678b5019b3dfdd7"', values: ['337a2678b5019b3dfdd7'] },
      { text: 'pusher: 337a2678b5019b3dfdd7', values: ['337a2678b5019b3dfdd7'] },
    ],
    negative: [
      'PUSHER_KEY=00000000000000000000',
      'OTHER_SETTING=\"337a2678b5019b3dfdd7\"',
      'PUSHER_KEY=${PUSHER}',
      'PUSHER_KEY=\"72e48e424e981a629ba\"',
    ],
  },
  'line-channel-token': {
    positive: [
      { text: 'LINE_CHANNEL_KEY="Rnp787spoHwfFdolBzF4SiiXaAUaMayS2VvIl65gPrNP1gVi2zDYyGhJMP68rXeyLLlQwZcd63CL2sXpPQ1wTjHV4HDdoU3rQM9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU0"', values: ['Rnp787spoHwfFdolBzF4SiiXaAUaMayS2VvIl65gPrNP1gVi2zDYyGhJMP68rXeyLLlQwZcd63CL2sXpPQ1wTjHV4HDdoU3rQM9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU0'] },
      { text: 'line_channel: Rnp787spoHwfFdolBzF4SiiXaAUaMayS2VvIl65gPrNP1gVi2zDYyGhJMP68rXeyLLlQwZcd63CL2sXpPQ1wTjHV4HDdoU3rQM9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU0', values: ['Rnp787spoHwfFdolBzF4SiiXaAUaMayS2VvIl65gPrNP1gVi2zDYyGhJMP68rXeyLLlQwZcd63CL2sXpPQ1wTjHV4HDdoU3rQM9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU0'] },
    ],
    negative: [
      'LINE_CHANNEL_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'OTHER_SETTING=\"Rnp787spoHwfFdolBzF4SiiXaAUaMayS2VvIl65gPrNP1gVi2zDYyGhJMP68rXeyLLlQwZcd63CL2sXpPQ1wTjHV4HDdoU3rQM9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU0\"',
      'LINE_CHANNEL_KEY=${LINE_CHANNEL}',
      'LINE_CHANNEL_KEY=\"kRetqVOXCNjufOTtX4a7XFfV2UdUlpswmC1Gn05LP5mNsxKtDVMfaN7F2NXNOasS9lgN6vx3CYnToZ8q0GsKXxKpFx01EhCy05xmVxB9QglO6Vafx54wFrzf94SCiqqzzH7LAzEYSOg4ZXTS3E9ri\"',
    ],
  },
  'twitch-client-secret': {
    positive: [
      { text: 'TWITCH_KEY="f0xkrf8kp145m5evyudlmbgei5xwsk"', values: ['f0xkrf8kp145m5evyudlmbgei5xwsk'] },
      { text: 'twitch: f0xkrf8kp145m5evyudlmbgei5xwsk', values: ['f0xkrf8kp145m5evyudlmbgei5xwsk'] },
    ],
    negative: [
      'TWITCH_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'OTHER_SETTING=\"f0xkrf8kp145m5evyudlmbgei5xwsk\"',
      'TWITCH_KEY=${TWITCH}',
      'TWITCH_KEY=\"n0fb3gfa3ue0a3hobw5i2xpqf2sy7\"',
    ],
  },
  'zoom-client-secret': {
    positive: [
      { text: 'ZOOM_KEY="IgYmj0Agx12ErYc7FkOWLN11iRn2Qoho"', values: ['IgYmj0Agx12ErYc7FkOWLN11iRn2Qoho'] },
      { text: 'zoom: IgYmj0Agx12ErYc7FkOWLN11iRn2Qoho', values: ['IgYmj0Agx12ErYc7FkOWLN11iRn2Qoho'] },
    ],
    negative: [
      'ZOOM_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'OTHER_SETTING=\"IgYmj0Agx12ErYc7FkOWLN11iRn2Qoho\"',
      'ZOOM_KEY=${ZOOM}',
      'ZOOM_KEY=\"R72eBvg9GDw8wRnp787spoHwfFdolBz\"',
    ],
  },
};
