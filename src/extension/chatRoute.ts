import * as vscode from 'vscode';
import type { TargetId } from '../policy/types';
import type { PasteRoute } from './guardedPaste';
import { targetLabel } from './labels';

/** The chat inputs (Chat view, inline chat, terminal chat, notebook chat): editors inside the workbench. */
export function chatRoute(target: TargetId): PasteRoute {
  return {
    target,
    audit: { surface: target },
    label: targetLabel(target),
    forwardNative: () => vscode.commands.executeCommand('editor.action.clipboardPasteAction'),
    // Inserts literally at the cursor, keeping the draft, without touching the clipboard.
    insertText: (text) => vscode.commands.executeCommand('default:paste', { text, pasteOnNewLine: false, multicursorText: null, mode: null }),
  };
}
