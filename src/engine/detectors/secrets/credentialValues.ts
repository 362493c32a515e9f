/**
 * Shared judgement of a password-like value found after a key or inside a URL: is it a
 * literal credential, or a placeholder, a variable reference or a piece of code?
 */
import { looksLikePlaceholder } from '../../placeholders';

/** Words people write where a password goes in documentation and templates. */
const STAND_INS = new Set([
  'password', 'passwd', 'pass', 'pwd', 'secret', 'changeme', 'change_me', 'changeit', 'admin', 'root', 'test', 'testing',
  'example', 'sample', 'dummy', 'placeholder', 'mypassword', 'my_password', 'yourpassword', 'your_password', 'userpassword',
  'user_password', 'dbpassword', 'db_password', 'none', 'null', 'nil', 'undefined', 'true', 'false', 'string', 'str',
  'number', 'boolean', 'any', 'unknown', 'required', 'optional', 'empty', 'redacted', 'hidden', 'masked', 'foo', 'bar',
  'foobar', 'baz', 'qux', 'hunter2', 'xxx', 'tbd', 'todo', 'value', 'secretpassword', 'supersecret', 'p@ssw0rd', 'passw0rd',
  'password1', 'password123', 'letmein', 'guest', 'postgres', 'mysql', 'user', 'username', 'pa55word', 's3cr3t', 'secret123',
  'topsecret', 'qwerty', '123456', '12345678', 'abc123', 'default', 'pw', 'pass123', 'mysecretpassword', 'yoursecret',
  'your-secret', 'secretkey', 'secret_key', 'token', 'apikey', 'api_key', 'key', 'credentials', 'auth', 'sa', 'tiger', 'anonymous', 'public', 'demo', 'geheim', 'passwort', 'kennwort', 'meinpasswort', 'beispiel', 'streng geheim',
]);

/** References to a value kept elsewhere: `${VAR}`, `$VAR`, `%VAR%`, `process.env.X`, `os.environ[…]`, `{{ … }}`, `<…>`. */
const REFERENCE = /^\$\{|^\$\(|^\$[A-Za-z_]|^%[A-Za-z_]+%$|process\.env|os\.environ|os\.getenv|getenv\(|env\(|\{\{|\}\}|^<.*>$|^\[.*\]$|^\{[A-Za-z_]+\}$|^%s$|^%\(|^:[a-z_]+$|^@[A-Za-z_]+$|secrets\.|vault:|ENC\[|^\*+$|^•+$|^\.{3}|…|^\?+$|^#+$|^-+$/;

/** Unquoted code: an identifier chain or a call (`this.password`, `getPassword()`, `opts.pass`). */
const CODE_REFERENCE = /^[A-Za-z_$][\w$]*(?:(?:\.|\?\.|::|->)[A-Za-z_$][\w$]*)*(?:\(.*\)?|\[.*)?[;,]?$/;

export function isStandIn(value: string): boolean {
  const v = value.toLowerCase();
  if (STAND_INS.has(v)) return true;
  if (/^(?:your|my|some|the|enter|insert|put|add|example|sample|dummy|fake|default|test)[_\- ]?/i.test(value) && /pass|secret|word|key|token|here/i.test(value)) return true;
  return looksLikePlaceholder(value) || REFERENCE.test(value);
}

/** True when the value is literal text someone typed as a password (not a stand-in, reference or code). */
export function isLiteralPassword(value: string, quoted: boolean): boolean {
  if (value.length < 6 || value.length > 128) return false;
  if (isStandIn(value)) return false;
  if (/^(?:\d{1,6}|\d+\.\d+(?:\.\d+)*)$/.test(value)) return false;
  if (!quoted && CODE_REFERENCE.test(value) && !/\d/.test(value)) return false;
  if (!quoted && /[()[\]{}]/.test(value)) return false;
  return true;
}
