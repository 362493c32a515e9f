// Test-only: a fake language model registered through the stable language-model API.
// It answers every request with fixed text and appends each prompt it receives (one JSON
// line: the text of all messages) to the file named by PROMPTFENCE_E2E_LM_LOG, so a test
// can prove which prompts reached a model. This folder is never packaged into the product.
const fs = require('node:fs');
const vscode = require('vscode');

const VENDOR = 'promptfence-e2e';
const MODEL_ID = 'promptfence-e2e-model';
const ANSWER = 'PROMPTFENCE_E2E_MODEL_ANSWER';

function partText(part) {
  if (part instanceof vscode.LanguageModelTextPart) return part.value;
  if (part && typeof part.value === 'string') return part.value;
  if (part instanceof vscode.LanguageModelToolResultPart) return (part.content || []).map(partText).join('');
  return '';
}

function messageText(message) {
  return typeof message.content === 'string' ? message.content : (message.content || []).map(partText).join('');
}

function record(entry) {
  const file = process.env.PROMPTFENCE_E2E_LM_LOG;
  if (!file) return;
  fs.appendFileSync(file, JSON.stringify({ time: new Date().toISOString(), ...entry }) + '\n');
}

exports.activate = function activate(context) {
  record({ event: 'activated' });
  const provider = {
    provideLanguageModelChatInformation() {
      return [
        {
          id: MODEL_ID,
          name: 'PromptFence E2E Model',
          family: 'promptfence-e2e',
          version: '1.0.0',
          tooltip: 'Fake model for the PromptFence end-to-end tests',
          maxInputTokens: 128000,
          maxOutputTokens: 4096,
          isUserSelectable: true,
          capabilities: { toolCalling: true, imageInput: false },
        },
      ];
    },
    async provideLanguageModelChatResponse(model, messages, options, progress) {
      record({ event: 'request', model: model.id, messages: messages.map((m) => ({ role: m.role, text: messageText(m) })) });
      progress.report(new vscode.LanguageModelTextPart(ANSWER));
    },
    async provideTokenCount(model, text) {
      const s = typeof text === 'string' ? text : messageText(text);
      return Math.ceil(s.length / 4);
    },
  };
  context.subscriptions.push(vscode.lm.registerLanguageModelChatProvider(VENDOR, provider));
};
