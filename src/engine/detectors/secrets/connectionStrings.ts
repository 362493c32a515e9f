/** Connection strings and URLs that carry a password. */
import type { Detector } from '../../types';
import { isStandIn } from './credentialValues';

/** `scheme://user:password@host`: the password must be a literal, not a stand-in. */
function urlPasswordIsReal(url: string): boolean {
  const m = /^[A-Za-z][\w+.-]*:\/\/([^:@/\s]*):([^@\s]+)@/.exec(url);
  if (!m) return false;
  const password = decodeURIComponentSafe(m[2]);
  return password.length >= 3 && !isStandIn(password) && !isStandIn(m[2]);
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Ends the user or password part of a URL's authority: `/`, white space, quotes, `<`, `>` (and `@` for the user). */
function endsUserInfo(c: number): boolean {
  return c === 47 || c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 34 || c === 39 || c === 96 || c === 60 || c === 62 || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x1680 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/**
 * The pattern's `user:password@` right after the scheme's `://`, checked by hand: a URL
 * without a password ("https://example.com/a") opens no window.
 */
function credentialsFollow(text: string, start: number, length: number): boolean {
  let i = start + length;
  const userEnd = Math.min(text.length, i + 129);
  while (i < userEnd) {
    const c = text.charCodeAt(i);
    if (c === 58 || c === 64 || endsUserInfo(c)) break;
    i++;
  }
  if (text.charCodeAt(i) !== 58) return false;
  const passwordStart = ++i;
  const passwordEnd = Math.min(text.length, i + 257);
  while (i < passwordEnd) {
    const c = text.charCodeAt(i);
    if (c === 64 || endsUserInfo(c)) break;
    i++;
  }
  return i > passwordStart && text.charCodeAt(i) === 64;
}

function urlDetector(id: string, description: string, schemes: readonly string[], type = 'SECRET_CONNECTION_STRING'): Detector {
  const alt = schemes.map((s) => s.replace(/[+.]/g, '\\$&')).join('|');
  return {
    id,
    type,
    description,
    keywords: schemes.map((s) => `${s}://`),
    keywordHit: credentialsFollow,
    // user and password stop at the URL's own delimiters; the host runs to the end of the authority.
    pattern: new RegExp(`(?<![A-Za-z0-9+.-])(?:${alt})://[^:@/\\s"'\`<>]{0,128}:[^@/\\s"'\`<>]{1,256}@[A-Za-z0-9._~%!$&*+,;=:\\[\\]-]{1,256}(?:[/?][^\\s"'\`<>]{0,256})?`, 'g'),
    confidence: 0.95,
    maxLength: 800,
    reachBefore: 1,
    check: 'literal password in URL',
    validate: urlPasswordIsReal,
  };
}

export const connectionUrlDetectors: readonly Detector[] = [
  urlDetector('postgres-connection-string', 'PostgreSQL connection URL with password', ['postgres', 'postgresql', 'postgis', 'pgsql']),
  urlDetector('mysql-connection-string', 'MySQL/MariaDB connection URL with password', ['mysql', 'mysqlx', 'mariadb', 'mysql2']),
  urlDetector('mongodb-connection-string', 'MongoDB connection URL with password', ['mongodb', 'mongodb+srv']),
  urlDetector('redis-connection-string', 'Redis connection URL with password', ['redis', 'rediss']),
  urlDetector('amqp-connection-string', 'AMQP (RabbitMQ) connection URL with password', ['amqp', 'amqps']),
  urlDetector('mssql-connection-string', 'SQL Server connection URL with password', ['mssql', 'sqlserver']),
  urlDetector('oracle-connection-string', 'Oracle / other database URL with password', ['oracle', 'cockroachdb', 'clickhouse', 'couchdb', 'neo4j', 'neo4j+s', 'cassandra', 'influxdb']),
  urlDetector('ldap-bind-url', 'LDAP URL with bind password', ['ldap', 'ldaps']),
  urlDetector('smtp-credentials-url', 'SMTP/IMAP URL with password', ['smtp', 'smtps', 'imap', 'imaps', 'pop3']),
  urlDetector('ftp-credentials-url', 'FTP/SFTP/SSH URL with password', ['ftp', 'ftps', 'sftp', 'ssh']),
  urlDetector('http-basic-auth-url', 'HTTP URL with user and password', ['http', 'https'], 'SECRET_URL_CREDENTIALS'),
  urlDetector('kafka-broker-url', 'Message broker URL with password (Kafka, NATS, MQTT)', ['kafka', 'nats', 'mqtt', 'mqtts', 'stomp']),
];

/** `jdbc:…password=secret` or `jdbc:…//user:secret@host`. */
export const jdbcConnectionString: Detector = {
  id: 'jdbc-connection-string',
  type: 'SECRET_CONNECTION_STRING',
  description: 'JDBC URL with password',
  keywords: ['jdbc:'],
  pattern: /jdbc:[a-z0-9]+:[^\s"'`<>]{0,300}?(?:[?&;:]password=[^\s"'`<>&;]{1,128}|\/\/[^:@/\s]{1,64}:[^@/\s"'`<>]{1,128}@[^\s"'`<>]{1,200})/gi,
  confidence: 0.95,
  maxLength: 700,
  reachBefore: 1,
  check: 'literal password in JDBC URL',
  validate: (url) => {
    const m = /password=([^&;]+)/i.exec(url) ?? /\/\/[^:@/]+:([^@/]+)@/.exec(url);
    return !!m && m[1].length >= 3 && !isStandIn(m[1]);
  },
};

/** ADO.NET / ODBC: `Server=…;User Id=…;Password=…;` (value is the whole string up to the password). */
export const adoConnectionString: Detector = {
  id: 'ado-connection-string',
  type: 'SECRET_CONNECTION_STRING',
  description: 'ADO.NET/ODBC connection string with password',
  keywords: ['server=', 'data source=', 'host=', 'hostname=', 'dsn=', 'driver='],
  pattern: /(?<![A-Za-z0-9])(?:Server|Data Source|Host|Hostname|DSN|Driver|Addr|Address)\s*=[^;"'\r\n]{1,200};(?:[^;"'\r\n=]{1,40}=[^;"'\r\n]{0,200};){0,12}?\s*(?:Password|Pwd|PWD)\s*=\s*(?:\{[^}\r\n]{1,128}\}|[^;"'\r\n]{1,128})/gi,
  confidence: 0.95,
  maxLength: 3000,
  check: 'literal password in connection string',
  validate: (s) => {
    const m = /(?:Password|Pwd)\s*=\s*\{?([^;}]*)/i.exec(s);
    return !!m && m[1].trim().length >= 3 && !isStandIn(m[1].trim());
  },
};

export const connectionStringDetectors: readonly Detector[] = [...connectionUrlDetectors, jdbcConnectionString, adoConnectionString];
