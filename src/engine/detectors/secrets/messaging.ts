/** Chat, e-mail and SMS providers: Slack, Discord, Telegram, Teams, Twilio, SendGrid, Mailgun … */
import type { Detector } from '../../types';
import { ALNUM, DIGITS, HEX, LOWER_ALNUM, UPPER_ALNUM, URL_SAFE, keyedToken, prefixedToken, type KeyedShape, type PrefixedShape } from './shapes';

export const messagingPrefixed: readonly PrefixedShape[] = [
  { id: 'slack-bot-token', type: 'SECRET_SLACK_TOKEN', description: 'Slack bot token', prefixes: ['xoxb-'], body: [[DIGITS, 10, 13], '-', [DIGITS, 10, 13], '-', [ALNUM, 24]] },
  { id: 'slack-user-token', type: 'SECRET_SLACK_TOKEN', description: 'Slack user token', prefixes: ['xoxp-', 'xoxe-'], body: [[DIGITS, 10, 13], '-', [DIGITS, 10, 13], '-', [DIGITS, 10, 13], '-', [HEX, 32]] },
  { id: 'slack-app-token', type: 'SECRET_SLACK_TOKEN', description: 'Slack app-level token', prefixes: ['xapp-'], body: [[DIGITS, 1], '-', [UPPER_ALNUM, 9, 12], '-', [DIGITS, 10, 14], '-', [HEX, 64]] },
  { id: 'slack-config-token', type: 'SECRET_SLACK_TOKEN', description: 'Slack configuration access token', prefixes: ['xoxe.xoxp-', 'xoxe.xoxb-'], body: [[DIGITS, 1], '-', [UPPER_ALNUM, 163, 166]] },
  { id: 'slack-config-refresh-token', type: 'SECRET_SLACK_TOKEN', description: 'Slack configuration refresh token', prefixes: ['xoxe-'], body: [[DIGITS, 1], '-', [UPPER_ALNUM, 146]] },
  { id: 'slack-legacy-token', type: 'SECRET_SLACK_TOKEN', description: 'Slack legacy token', prefixes: ['xoxo-', 'xoxs-', 'xoxa-', 'xoxr-'], body: [[DIGITS, 8, 14], '-', [`${ALNUM}-`, 10, 100]] },
  { id: 'slack-webhook-url', type: 'SECRET_SLACK_WEBHOOK', description: 'Slack incoming webhook URL', prefixes: ['hooks.slack.com/services/'], body: ['T', [UPPER_ALNUM, 8, 12], '/B', [UPPER_ALNUM, 8, 12], '/', [ALNUM, 24]] },
  { id: 'slack-workflow-webhook-url', type: 'SECRET_SLACK_WEBHOOK', description: 'Slack workflow webhook URL', prefixes: ['hooks.slack.com/workflows/', 'hooks.slack.com/triggers/'], body: ['T', [UPPER_ALNUM, 8, 12], '/A', [UPPER_ALNUM, 8, 12], '/', [DIGITS, 17, 19], '/', [ALNUM, 32]] },
  { id: 'discord-webhook-url', type: 'SECRET_DISCORD_WEBHOOK', description: 'Discord webhook URL', prefixes: ['discord.com/api/webhooks/', 'discordapp.com/api/webhooks/'], body: [[DIGITS, 17, 20], '/', [URL_SAFE, 60, 68]] },
  { id: 'telegram-bot-token', type: 'SECRET_TELEGRAM_BOT_TOKEN', description: 'Telegram bot token', prefixes: [''], keywords: [':aa'], body: [[DIGITS, 8, 10], ':AA', [URL_SAFE, 33]] },
  { id: 'teams-webhook-url', type: 'SECRET_TEAMS_WEBHOOK', description: 'Microsoft Teams incoming webhook URL', prefixes: ['.webhook.office.com/webhookb2/'], body: [[`${HEX}-`, 36], '@', [`${HEX}-`, 36], '/IncomingWebhook/', [HEX, 32], '/', [`${HEX}-`, 36]] },
  { id: 'sendgrid-api-key', type: 'SECRET_SENDGRID_API_KEY', description: 'SendGrid API key', prefixes: ['SG.'], body: [[URL_SAFE, 22], '.', [URL_SAFE, 43]] },
  { id: 'mailgun-api-key', type: 'SECRET_MAILGUN_API_KEY', description: 'Mailgun private API key', prefixes: ['key-'], body: [[HEX, 32]], confidence: 0.9 },
  { id: 'mailchimp-api-key', type: 'SECRET_MAILCHIMP_API_KEY', description: 'Mailchimp API key', prefixes: [''], keywords: ['-us'], body: [[HEX, 32], '-us', [DIGITS, 1, 2]], confidence: 0.9 },
  { id: 'brevo-api-key', type: 'SECRET_BREVO_API_KEY', description: 'Brevo (Sendinblue) API key', prefixes: ['xkeysib-'], body: [[HEX, 64], '-', [ALNUM, 16]] },
  { id: 'brevo-smtp-key', type: 'SECRET_BREVO_API_KEY', description: 'Brevo (Sendinblue) SMTP key', prefixes: ['xsmtpsib-'], body: [[HEX, 64], '-', [ALNUM, 16]] },
  { id: 'twilio-api-key', type: 'SECRET_TWILIO_API_KEY', description: 'Twilio API key sid', prefixes: ['SK'], keywords: ['twilio'], body: [[HEX, 32]], confidence: 0.85 },
  { id: 'mattermost-token', type: 'SECRET_MATTERMOST_TOKEN', description: 'Mattermost access token', prefixes: [''], keywords: ['mattermost'], body: [[LOWER_ALNUM, 26]], confidence: 0.7 },
];

export const messagingKeyed: readonly KeyedShape[] = [
  { id: 'discord-bot-token', type: 'SECRET_DISCORD_TOKEN', description: 'Discord bot token', names: ['discord'], body: [['MNO', 1], [URL_SAFE, 23, 25], '.', [URL_SAFE, 6], '.', [URL_SAFE, 27, 38]], confidence: 0.9 },
  { id: 'discord-client-secret', type: 'SECRET_DISCORD_TOKEN', description: 'Discord client secret', names: ['discord'], body: [[URL_SAFE, 32]] },
  { id: 'twilio-auth-token', type: 'SECRET_TWILIO_AUTH_TOKEN', description: 'Twilio auth token', names: ['twilio'], body: [[HEX, 32]] },
  { id: 'mailgun-signing-key', type: 'SECRET_MAILGUN_API_KEY', description: 'Mailgun webhook signing key', names: ['mailgun'], body: [[HEX, 32], '-', [HEX, 8], '-', [HEX, 8]] },
  { id: 'mandrill-api-key', type: 'SECRET_MANDRILL_API_KEY', description: 'Mandrill API key', names: ['mandrill'], body: [[URL_SAFE, 22]] },
  { id: 'postmark-server-token', type: 'SECRET_POSTMARK_TOKEN', description: 'Postmark server token', names: ['postmark'], body: [[HEX, 8], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 12]] },
  { id: 'mailjet-api-secret', type: 'SECRET_MAILJET_KEY', description: 'Mailjet API secret', names: ['mailjet', 'mj_apikey'], body: [[HEX, 32]] },
  { id: 'sparkpost-api-key', type: 'SECRET_SPARKPOST_API_KEY', description: 'SparkPost API key', names: ['sparkpost'], body: [[HEX, 40]] },
  { id: 'messagebird-api-key', type: 'SECRET_MESSAGEBIRD_API_KEY', description: 'MessageBird API key', names: ['messagebird', 'message-bird', 'message_bird'], body: [[ALNUM, 25]] },
  { id: 'vonage-api-secret', type: 'SECRET_VONAGE_API_SECRET', description: 'Vonage (Nexmo) API secret', names: ['vonage', 'nexmo'], body: [[ALNUM, 16]] },
  { id: 'plivo-auth-token', type: 'SECRET_PLIVO_TOKEN', description: 'Plivo auth token', names: ['plivo'], body: [[ALNUM, 40]] },
  { id: 'zendesk-api-token', type: 'SECRET_ZENDESK_TOKEN', description: 'Zendesk API token', names: ['zendesk'], body: [[ALNUM, 40]] },
  { id: 'intercom-access-token', type: 'SECRET_INTERCOM_TOKEN', description: 'Intercom access token', names: ['intercom'], body: [[`${URL_SAFE}=`, 60]] },
  { id: 'pusher-secret', type: 'SECRET_PUSHER_SECRET', description: 'Pusher app secret', names: ['pusher'], body: [[HEX, 20]] },
  { id: 'line-channel-token', type: 'SECRET_LINE_TOKEN', description: 'LINE messaging channel access token', names: ['line_channel', 'channel_access_token', 'channelaccesstoken'], body: [[`${ALNUM}+/=`, 150, 200]] },
  { id: 'twitch-client-secret', type: 'SECRET_TWITCH_TOKEN', description: 'Twitch client secret / OAuth token', names: ['twitch'], body: [[LOWER_ALNUM, 30]] },
  { id: 'zoom-client-secret', type: 'SECRET_ZOOM_SECRET', description: 'Zoom app client secret', names: ['zoom'], body: [[ALNUM, 32]] },
];

export const messagingDetectors: readonly Detector[] = [...messagingPrefixed.map(prefixedToken), ...messagingKeyed.map(keyedToken)];
