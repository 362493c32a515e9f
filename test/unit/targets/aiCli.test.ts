import * as assert from 'node:assert/strict';
import { identifyAiCli, type TerminalFacts } from '../../../src/targets/aiCli';

describe('identifyAiCli', () => {
  const table: [string, TerminalFacts, string | undefined][] = [
    ['a shell running claude', { name: 'bash', commandLine: 'claude --resume' }, 'claude'],
    ['env vars and npx', { name: 'bash', commandLine: 'ANTHROPIC_LOG=debug npx -y @anthropic-ai/claude-code@latest' }, 'claude'],
    ['gemini via its package', { name: 'zsh', commandLine: 'npx @google/gemini-cli' }, 'gemini'],
    ['gh copilot', { name: 'bash', commandLine: 'gh copilot suggest "undo commit"' }, 'copilot'],
    ['gh without copilot', { name: 'bash', commandLine: 'gh pr list' }, undefined],
    ['ollama run but not ollama serve', { name: 'bash', commandLine: 'ollama run llama3' }, 'ollama'],
    ['ollama serve', { name: 'bash', commandLine: 'ollama serve' }, undefined],
    ['amazon q chat', { name: 'bash', commandLine: 'q chat' }, 'q'],
    ['q alone is not enough', { name: 'bash', commandLine: 'q --version' }, undefined],
    ['an absolute path with an extension', { name: 'pwsh', commandLine: 'C:\\tools\\codex.exe exec' }, 'codex'],
    ['a terminal whose process is the CLI', { name: 'Agent', shellPath: '/usr/local/bin/aider', shellArgs: ['--model', 'x'] }, 'aider'],
    ['a terminal titled after the CLI', { name: 'Claude Code' }, 'claude'],
    ['a terminal titled "gemini-2"', { name: 'gemini-2' }, undefined],
    ['titles do not match short generic names', { name: 'q' }, undefined],
    ['an ordinary shell', { name: 'bash', shellPath: '/bin/bash', commandLine: 'npm test' }, undefined],
    ['sudo launcher', { name: 'bash', commandLine: 'sudo -E codex' }, 'codex'],
    ['a command that merely mentions claude', { name: 'bash', commandLine: 'grep claude notes.txt' }, undefined],
  ];
  for (const [title, facts, expected] of table) {
    it(`${title} → ${expected ?? 'none'}`, () => assert.equal(identifyAiCli(facts), expected));
  }
});
