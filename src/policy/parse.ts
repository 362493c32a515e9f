import Ajv, { type ErrorObject } from 'ajv';
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import schema from '../../schema/promptfence.schema.json';
import { isExpired, MATCHER_KEYS } from './allowlist';
import { compileLinearPattern, compileWholeValuePattern } from './linearRegex';
import { createLocator } from '../engine/position';
import { formatKeyPath, type PolicyProblem } from './problems';
import type { PolicyFile } from './types';

export interface ParseOptions {
  /** Which layer the file is: some keys are honoured only in a baseline and draw a warning elsewhere. */
  readonly role?: 'baseline' | 'workspace';
  /** For reporting expired allowlist entries; defaults to the current time. */
  readonly now?: Date;
}

export interface ParseResult {
  /** Present only when there are no errors. */
  readonly policy?: PolicyFile;
  readonly errors: readonly PolicyProblem[];
  readonly warnings: readonly PolicyProblem[];
}

type Path = (string | number)[];

const SYNTAX: Readonly<Record<string, string>> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a key in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected a colon after the key',
  CommaExpected: 'expected a comma',
  CloseBraceExpected: 'expected a closing brace }',
  CloseBracketExpected: 'expected a closing bracket ]',
  EndOfFileExpected: 'expected the end of the file after the policy object',
  InvalidCommentToken: 'invalid comment',
  UnexpectedEndOfComment: 'comment is not closed',
  UnexpectedEndOfString: 'string is not closed',
  UnexpectedEndOfNumber: 'number is not complete',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in a string',
};

let validator: ReturnType<Ajv['compile']> | undefined;

function validate(value: unknown): ErrorObject[] {
  if (!validator) {
    // VS Code's own schema keywords are annotations for the editor, not constraints.
    const ajv = new Ajv({ allErrors: true, verbose: true, allowMatchingProperties: true });
    ajv.addVocabulary(['markdownDescription', 'enumDescriptions', 'defaultSnippets', 'deprecationMessage', 'errorMessage']);
    validator = ajv.compile(schema);
  }
  return validator(value) ? [] : [...(validator.errors ?? [])];
}

function pointerToPath(pointer: string): Path {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'a string';
    case 'number':
      return Number.isInteger(value) ? 'an integer' : 'a number';
    case 'boolean':
      return 'true or false';
    default:
      return 'an object';
  }
}

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  object: 'an object { … }',
  array: 'a list [ … ]',
};

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j];
      row[j] = next;
    }
  }
  return row[b.length];
}

function suggestion(key: string, known: readonly string[]): string {
  const lower = key.toLowerCase();
  const best = known
    .map((k) => ({ k, d: k.toLowerCase() === lower ? 0 : editDistance(lower, k.toLowerCase()) }))
    .filter(({ d }) => d <= Math.max(1, Math.floor(key.length / 4)))
    .sort((a, b) => a.d - b.d)[0];
  const extended = best?.k ?? known.find((k) => k.toLowerCase().startsWith(lower) && lower.length >= 3);
  return extended ? ` (did you mean "${extended}"?)` : '';
}

const PATTERN_MESSAGES: readonly [RegExp, (value: unknown) => string][] = [
  [/\.expires$|^expires$/, (v) => `must be a date as YYYY-MM-DD, not ${JSON.stringify(v)}`],
  [/fingerprint$/, () => 'must be "sha256:" followed by 64 lower-case hex digits (run `promptfence fingerprint`)'],
  [/\.name$/, () => 'must be upper-case letters, digits and _, starting with a letter (it becomes CUSTOM_<name>)'],
  [/\.domain$/, () => 'must be a domain name such as example.com'],
  [/otlpEndpoint$/, () => 'must be an http:// or https:// URL'],
  [/\.types\[\d+\]$/, (v) => `${JSON.stringify(v)} is not an entity type (upper case, e.g. EMAIL_ADDRESS) or a class`],
  [/\.target$/, (v) => `${JSON.stringify(v)} is not a target id (chat…, terminal…, webview…, hook… or *)`],
];

/** Turns one schema error into a message, its key path and the node it points at. */
function describe(err: ErrorObject, root: Node): { path: Path; node: Node | undefined; message: string } {
  const path = pointerToPath(err.instancePath);
  const node = findNodeAtLocation(root, path) ?? root;
  const key = formatKeyPath(path);
  switch (err.keyword) {
    case 'additionalProperties': {
      const prop = String(err.params.additionalProperty);
      const known = Object.keys((err.parentSchema?.properties as object | undefined) ?? {});
      const keyNode = findNodeAtLocation(root, [...path, prop])?.parent?.children?.[0];
      const parent = path[path.length - 1];
      let message = `unknown key "${prop}"${suggestion(prop, known)}`;
      if (parent === 'types') message = `unknown entity type "${prop}"${suggestion(prop, known)}; use a type PromptFence reports, SECRET_… or CUSTOM_…`;
      if (parent === 'targets') message = `unknown target "${prop}"${suggestion(prop, known)}; targets are *, or start with chat, terminal, webview or hook`;
      if (parent === 'classes' || parent === 'overrides') message = `unknown class "${prop}"${suggestion(prop, known)}; classes are pii.contact, pii.identity, pii.financial, secret, confidential`;
      return { path: [...path, prop], node: keyNode ?? node, message };
    }
    case 'required':
      return { path, node, message: `missing required key "${err.params.missingProperty}"` };
    case 'type': {
      const want = ([] as string[]).concat(err.params.type).map((t) => EXPECTED[t] ?? t).join(' or ');
      return { path, node, message: `must be ${want}, not ${typeName(err.data)}` };
    }
    case 'enum': {
      const allowed = (err.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ');
      return { path, node, message: `must be one of ${allowed}, not ${JSON.stringify(err.data)}` };
    }
    case 'const':
      if (key === 'version') return { path, node, message: `must be 1, not ${JSON.stringify(err.data)} (this PromptFence reads version 1)` };
      return { path, node, message: `must be ${JSON.stringify(err.params.allowedValue)}` };
    case 'pattern': {
      const rule = PATTERN_MESSAGES.find(([re]) => re.test(key));
      return { path, node, message: rule ? rule[1](err.data) : 'does not have the expected form' };
    }
    case 'minimum':
      return { path, node, message: `must be at least ${err.params.limit}, not ${JSON.stringify(err.data)}` };
    case 'maximum':
      return { path, node, message: `must be at most ${err.params.limit}, not ${JSON.stringify(err.data)}` };
    case 'minLength':
      return { path, node, message: err.params.limit === 1 ? 'must not be empty' : `must be at least ${err.params.limit} characters long` };
    case 'minItems':
      return { path, node, message: `must list at least ${err.params.limit} item${err.params.limit === 1 ? '' : 's'}` };
    default:
      return { path, node, message: err.message ?? `fails the schema's ${err.keyword} rule` };
  }
}

function isRealDate(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** Duplicate keys are legal JSON but one of them silently loses; name the second one. */
function findDuplicateKeys(node: Node, path: Path, report: (node: Node, path: Path, message: string) => void): void {
  if (node.type === 'object') {
    const seen = new Set<string>();
    for (const prop of node.children ?? []) {
      const [keyNode, valueNode] = prop.children ?? [];
      if (!keyNode) continue;
      const key = String(keyNode.value);
      if (seen.has(key)) report(keyNode, [...path, key], `duplicate key "${key}"; only the last one would count`);
      seen.add(key);
      if (valueNode) findDuplicateKeys(valueNode, [...path, key], report);
    }
  } else if (node.type === 'array') {
    (node.children ?? []).forEach((child, i) => findDuplicateKeys(child, [...path, i], report));
  }
}

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const record = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/**
 * Checks the schema cannot express: one matcher per allowlist entry, real dates, RE2
 * patterns, unique names. Runs even when the schema found errors (on whatever has the
 * right shape), so one pass reports everything.
 */
function checkSemantics(value: unknown, report: (path: Path, message: string) => void): void {
  list(record(value).allowlist).forEach((item, i) => {
    const entry = record(item);
    const present = MATCHER_KEYS.filter((k) => entry[k] !== undefined);
    if (present.length !== 1) {
      const has = present.length === 0 ? 'it has none' : `it has ${present.join(' and ')}`;
      report(['allowlist', i], `needs exactly one of ${MATCHER_KEYS.join(', ')}; ${has}`);
    }
    if (typeof entry.expires === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(entry.expires) && !isRealDate(entry.expires)) {
      report(['allowlist', i, 'expires'], `${JSON.stringify(entry.expires)} is not a real date`);
    }
    if (typeof entry.pattern === 'string' && entry.pattern !== '' && !compileWholeValuePattern(entry.pattern)) {
      const compiled = compileLinearPattern(entry.pattern);
      report(['allowlist', i, 'pattern'], `pattern rejected: ${compiled.ok ? 'not a valid RE2 pattern' : compiled.reason}`);
    }
  });
  const names = new Set<string>();
  list(record(value).custom).forEach((item, i) => {
    const c = record(item);
    if (typeof c.name === 'string') {
      if (names.has(c.name)) report(['custom', i, 'name'], `custom class "${c.name}" is defined twice in this file`);
      names.add(c.name);
    }
    if (list(c.terms).length === 0 && list(c.patterns).length === 0) report(['custom', i], 'needs at least one of terms, patterns');
    list(c.patterns).forEach((p, j) => {
      if (typeof p !== 'string' || p === '') return;
      const compiled = compileLinearPattern(p);
      if (!compiled.ok) report(['custom', i, 'patterns', j], `pattern rejected: ${compiled.reason}`);
    });
  });
}

function roleWarnings(policy: PolicyFile, options: ParseOptions, report: (path: Path, message: string) => void): void {
  const now = options.now ?? new Date();
  (policy.allowlist ?? []).forEach((entry, i) => {
    if (isExpired(entry, now)) report(['allowlist', i, 'expires'], `allowlist entry expired on ${entry.expires} and no longer applies ("${entry.reason}")`);
  });
  if (options.role === 'workspace') {
    if (policy.workspaceAllowlists !== undefined) report(['workspaceAllowlists'], 'honoured only in an organisation baseline; ignored here');
    if (policy.log?.directory !== undefined) report(['log', 'directory'], 'honoured only in an organisation baseline (a repository must not choose where your log goes); ignored here');
    if (policy.log?.forward !== undefined) report(['log', 'forward'], 'honoured only in an organisation baseline (a repository must not choose where your log is sent); ignored here');
  }
}

/**
 * Parses a policy file's text: JSON with comments and trailing commas, checked against
 * the schema and the rules the schema cannot express. Every problem carries the file,
 * line, column and key. A result with errors has no policy: the caller keeps the last
 * valid one (or the built-in), never an empty one.
 */
export function parsePolicy(text: string, file: string, options: ParseOptions = {}): ParseResult {
  const locate = createLocator(text);
  const errors: PolicyProblem[] = [];
  const warnings: PolicyProblem[] = [];
  const at = (into: PolicyProblem[], offset: number, length: number, path: Path, message: string) => {
    const { line, column } = locate(offset);
    into.push({ file, line, column, offset, length, keyPath: formatKeyPath(path), message });
  };
  const source = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;

  if (source.trim() === '') {
    at(errors, 0, 0, [], 'the file is empty; a policy needs at least { "version": 1 }');
    return { errors, warnings };
  }
  const syntax: ParseError[] = [];
  const root = parseTree(source, syntax, { allowTrailingComma: true, disallowComments: false });
  if (syntax.length > 0 || !root) {
    // Later syntax errors are mostly echoes of the first; one precise message helps more.
    const first = syntax[0] ?? { offset: 0, length: 0, error: 0 };
    const atEnd = first.offset >= source.trimEnd().length;
    const what = SYNTAX[printParseErrorCode(first.error)] ?? printParseErrorCode(first.error);
    at(errors, first.offset, first.length, [], atEnd ? 'invalid JSON: the file ends too early (is a closing } or ] missing?)' : `invalid JSON: ${what}`);
    return { errors, warnings };
  }

  findDuplicateKeys(root, [], (node, path, message) => at(errors, node.offset, node.length, path, message));
  // Round-trip to plain objects: the tree's values have null prototypes, which surprise callers.
  const value = JSON.parse(JSON.stringify(getNodeValue(root))) as unknown;
  const seen = new Set<string>();
  for (const err of validate(value)) {
    const { path, node, message } = describe(err, root);
    const id = `${formatKeyPath(path)}\0${message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    at(errors, node?.offset ?? 0, node?.length ?? 0, path, message);
  }
  const nodeAt = (path: Path) => findNodeAtLocation(root, path) ?? root;
  checkSemantics(value, (path, message) => {
    const node = nodeAt(path);
    at(errors, node.offset, node.length, path, message);
  });
  if (errors.length === 0) {
    roleWarnings(value as PolicyFile, options, (path, message) => {
      const node = nodeAt(path);
      at(warnings, node.offset, node.length, path, message);
    });
  }
  errors.sort((a, b) => a.offset - b.offset);
  warnings.sort((a, b) => a.offset - b.offset);
  return errors.length > 0 ? { errors, warnings } : { policy: value as PolicyFile, errors, warnings };
}
