import type { DetectorExamples } from '../../types';

// Kept out of the detector module so that the shipped bundle holds no secret-shaped test strings.
const url = (id: string, good: string, bad: readonly string[]): [string, DetectorExamples] => [
  id,
  { positive: [{ text: `DATABASE_URL="${good}"`, values: [good] }, { text: `connect to ${good} now`, values: [good] }], negative: [...bad] },
];

export const examples: Readonly<Record<string, DetectorExamples>> = Object.fromEntries([
  url('postgres-connection-string', 'postgresql://app_user:Zk8%23vQ2mLp@db01.acme.io:5432/orders', [
    'postgresql://app_user:${DB_PASSWORD}@db01.acme.io:5432/orders',
    'postgres://user:password@localhost:5432/mydb',
    'postgres://app_user@db01.acme.io/orders',
    'postgresql://<user>:<password>@<host>/<db>',
  ]),
  url('mysql-connection-string', 'mysql://root:Tq7pWm3Lx9@10.0.4.12:3306/shop', ['mysql://root:****@10.0.4.12/shop', 'mysql://user:pass@host/db']),
  url('mongodb-connection-string', 'mongodb+srv://svc:Hb4nKq8Vz2@cluster0.ab1cd.mongodb.net/prod?retryWrites=true', [
    'mongodb+srv://svc:<password>@cluster0.ab1cd.mongodb.net/prod',
    'mongodb://localhost:27017/test',
    'mongodb://username:password@host:27017',
  ]),
  url('redis-connection-string', 'rediss://default:Rk3vWq9Lm2Xz@cache.acme.io:6380', ['redis://localhost:6379/0', 'redis://:${REDIS_PASSWORD}@cache:6379']),
  url('amqp-connection-string', 'amqps://orders:Mv8Kq2Zx4Lp@mq.acme.io/vhost', ['amqp://guest:guest@localhost:5672/', 'amqp://user:changeme@mq/']),
  url('mssql-connection-string', 'mssql://sa:Xr9!vLq2Tm@sql01.acme.io:1433/crm', ['mssql://sa:<YourStrong@Passw0rd>@localhost', 'sqlserver://localhost:1433']),
  url('oracle-connection-string', 'clickhouse://reporter:Pz6Wn3Kq8Lv@ch.acme.io:8443/metrics', ['oracle://scott:tiger@orcl', 'neo4j://neo4j:test@localhost']),
  url('ldap-bind-url', 'ldaps://cn=svc-bind:Lq4Xv8Mz2Pk@ldap.acme.io:636', ['ldap://ldap.acme.io/dc=acme,dc=io', 'ldap://admin:password@ldap']),
  url('smtp-credentials-url', 'smtps://mailer%40acme.io:Wv7Nq3Lz9Kx@smtp.acme.io:465', ['smtp://smtp.acme.io:587', 'smtp://user:pass@smtp.example.com']),
  url('ftp-credentials-url', 'sftp://deploy:Kz2Mq8Vx5Lp@files.acme.io/upload', ['ftp://anonymous:anonymous@ftp.gnu.org/', 'ftp://ftp.acme.io/pub']),
  url('http-basic-auth-url', 'https://ci-bot:Gt5Vq9Zm2Lx@git.acme.io/team/repo.git', [
    'https://user:password@example.com/',
    'https://github.com/acme/repo.git',
    'https://${GIT_USER}:${GIT_TOKEN}@git.acme.io/repo.git',
    'http://localhost:8080/path:with:colons@anchor',
  ]),
  url('kafka-broker-url', 'kafka://svc-orders:Qv3Lz8Mk2Xp@broker1.acme.io:9093', ['kafka://localhost:9092', 'nats://user:secret@localhost']),
  [
    'jdbc-connection-string',
    {
      positive: [
        { text: 'spring.datasource.url=jdbc:sqlserver://sql01.acme.io:1433;databaseName=crm;user=app;password=Vx8Kq2Lm9Zp', values: ['jdbc:sqlserver://sql01.acme.io:1433;databaseName=crm;user=app;password=Vx8Kq2Lm9Zp'] },
        { text: 'url: jdbc:postgresql://db01.acme.io/orders?user=app&password=Tm4Wq8Zx2Lk&ssl=true', values: ['jdbc:postgresql://db01.acme.io/orders?user=app&password=Tm4Wq8Zx2Lk'] },
      ],
      negative: ['jdbc:mysql://localhost:3306/test?user=root&password=${DB_PASS}', 'jdbc:postgresql://db01.acme.io/orders', 'jdbc:h2:mem:test;password=password'],
    },
  ],
  [
    'ado-connection-string',
    {
      positive: [
        {
          text: '"DefaultConnection": "Server=tcp:sql01.acme.io,1433;Database=crm;User ID=app;Password=Qz7Vm2Kx9Lp;Encrypt=True;"',
          values: ['Server=tcp:sql01.acme.io,1433;Database=crm;User ID=app;Password=Qz7Vm2Kx9Lp'],
        },
        { text: 'Data Source=ora01;User Id=scott;Pwd={Lk8#Vq2Zm};', values: ['Data Source=ora01;User Id=scott;Pwd={Lk8#Vq2Zm}'] },
      ],
      negative: ['Server=localhost;Database=crm;Trusted_Connection=True;', 'Server=myServerAddress;Database=myDataBase;User Id=myUsername;Password=myPassword;', 'Server=.;Password=${SQL_PASSWORD};'],
    },
  ],
]);
