import * as vscode from 'vscode';
import type { Category, EntityType } from '../engine/types';
import type { TargetId } from '../policy/types';

/** People read "E-mail address", not `EMAIL_ADDRESS`; unknown types fall back to their name. */
export function typeLabel(type: EntityType): string {
  switch (type) {
    case 'EMAIL_ADDRESS': return vscode.l10n.t('E-mail address');
    case 'PHONE_NUMBER': return vscode.l10n.t('Phone number');
    case 'IBAN_CODE': return vscode.l10n.t('IBAN');
    case 'CREDIT_CARD': return vscode.l10n.t('Payment card number');
    case 'SECRET_AWS_ACCESS_KEY': return vscode.l10n.t('AWS access key');
    case 'SECRET_GITHUB_TOKEN': return vscode.l10n.t('GitHub token');
    case 'SECRET_PRIVATE_KEY': return vscode.l10n.t('Private key');
    default: return type;
  }
}

export function categoryLabel(category: Category): string {
  switch (category) {
    case 'pii.contact': return vscode.l10n.t('personal contact data');
    case 'pii.identity': return vscode.l10n.t('personal identity data');
    case 'pii.financial': return vscode.l10n.t('financial data');
    case 'secret': return vscode.l10n.t('secret');
    case 'confidential': return vscode.l10n.t('confidential information');
  }
}

export function targetLabel(target: TargetId): string {
  switch (target) {
    case 'chat.panel': return vscode.l10n.t('the Chat view');
    case 'chat.inline': return vscode.l10n.t('inline chat');
    case 'chat.terminal': return vscode.l10n.t('terminal chat');
    case 'chat.notebook': return vscode.l10n.t('notebook chat');
    case 'chat.quick': return vscode.l10n.t('quick chat');
    case 'chat.editor': return vscode.l10n.t('the chat editor tab');
    default: return target;
  }
}
