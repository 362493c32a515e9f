import type { DetectorExamples } from '../../types';

// Kept out of the detector module so that the shipped bundle holds no secret-shaped test strings.
export const examples: Readonly<Record<string, DetectorExamples>> = {
  'password-in-prose': {
    positive: [
      { text: 'my password is Sommer2024! if you need it', values: ['Sommer2024!'] },
      { text: 'Das WLAN-Passwort lautet Hund#Katze77.', values: ['Hund#Katze77'] },
      { text: 'wifi pw for the office\nnadia: sure its Tulip!Harbor-2291\nkai: ty', values: ['Tulip!Harbor-2291'] },
      { text: 'Kennwort für den Router ist jetzt Blau-Wal-19, bitte nicht weitergeben', values: ['Blau-Wal-19'] },
      { text: 'the wifi password: Tulip!Harbor-2291', values: ['Tulip!Harbor-2291'] },
      { text: 'Zugangsdaten: user admin / pass Xk9#mQ2vLp', values: ['Xk9#mQ2vLp'] },
    ],
    negative: [
      'const password = hashPassword2(input);',
      'The password must have 12 characters, see RFC-2898 and ISO-8859-1.',
      'password reset link: https://example.com/reset?t=Ab12cd34',
      'Passwort vergessen? Version v2.14.3 behebt das.',
      'my password is changeme',
      'set the password with passwordHelper.setValue2(x)',
      'password hash 9f86d081-884c-7d65-9a2f-eaa0c55ad015',
      'Das Passwort ist geheim und steht im Tresor.',
      'pass the new build id to Deploy-v2x9 later',
    ],
  },
  'password-assignment': {
    positive: [
      { text: "ADMIN_PASSWORD=Velo#Kontor_88\n", values: ["Velo#Kontor_88"] },
      { text: "    environment:\n      NEXTCLOUD_ADMIN_PASSWORD: Sch0nwetter!Wolke7\n", values: ["Sch0nwetter!Wolke7"] },
      { text: 'DB_PASSWORD=Xk9#mQ2vLp', values: ['Xk9#mQ2vLp'] },
      { text: 'export PGPASSWORD="w4Lq!8ZtRm"', values: ['w4Lq!8ZtRm'] },
      { text: 'spring:\n  datasource:\n    password: Hv7Kq2Wz9L\n', values: ['Hv7Kq2Wz9L'] },
      { text: '{"user": "svc", "password": "Tr0ub4dor&3"}', values: ['Tr0ub4dor&3'] },
      { text: "const pool = new Pool({ user: 'app', password: 'Zm3Vq8Kx2L' });", values: ['Zm3Vq8Kx2L'] },
      { text: 'Passwort: Sommer2024!', values: ['Sommer2024!'] },
      { text: 'db.password = "Lq7Vz3Km9X"', values: ['Lq7Vz3Km9X'] },
    ],
    negative: [
      "MIN_PASSWORD_LENGTH=12",
      "ADMIN_PASSWORD=${ADMIN_PASSWORD}",
      "ADMIN_PASSWORD=changeme",
      'DB_PASSWORD=${DB_PASSWORD}',
      'password: process.env.DB_PASSWORD',
      "password = os.environ['DB_PASSWORD']",
      'password = config.password',
      'const password = getPassword();',
      'password: changeme',
      'password: "<password>"',
      'password: string;',
      'password_hash = "$2b$12$abcdefghijklmnopqrstuv"',
      'min_password_length = 12',
      'if (password === confirmPassword) return;',
      'password: ********',
      '"password": ""',
      'passwordField: "input[type=password]"',
    ],
  },
  'shell-password': {
    positive: [
      { text: 'curl -u admin:Vq8Lz3Km2X https://ci.acme.io/api', values: ['Vq8Lz3Km2X'] },
      { text: 'mysql -h db01 -u root -pZx7Kq2Lm9V orders', values: ['Zx7Kq2Lm9V'] },
      { text: 'sshpass -p Tm4Wq8Zx2L ssh deploy@web01', values: ['Tm4Wq8Zx2L'] },
      { text: 'psql-wrapper --password=Lk8Vq2Zm7X --host db', values: ['Lk8Vq2Zm7X'] },
    ],
    negative: ['curl -u "$USER:$PASS" https://ci.acme.io', 'mysql -u root -p orders', 'curl -u admin:password https://x', 'mysql -p${MYSQL_PWD}', 'curl https://acme.io -o out.txt'],
  },
  'netrc-password': {
    positive: [{ text: 'machine api.acme.io\n  login deploy\n  password Wq9Lz3Vm8K\n', values: ['Wq9Lz3Vm8K'] }],
    negative: ['machine api.acme.io login deploy password <token>', 'the machine learning password field'],
  },
  'basic-auth-header': {
    positive: [{ text: 'Authorization: Basic YWRtaW46VHIwdWI0ZG9yJjN4', values: ['YWRtaW46VHIwdWI0ZG9yJjN4'] }],
    negative: ['Authorization: Basic dXNlcjpwYXNzd29yZA==', 'Basic authentication is supported', 'Authorization: Basic <credentials>'],
  },
  'bearer-token': {
    positive: [{ text: 'Authorization: Bearer 8fKq2Vz9LmXw3Tn7Hb4Rc1Yd6Gs0Ja5E', values: ['8fKq2Vz9LmXw3Tn7Hb4Rc1Yd6Gs0Ja5E'] }],
    negative: ['Authorization: Bearer ${TOKEN}', 'Authorization: Bearer <token>', 'Authorization: Bearer YOUR_ACCESS_TOKEN', 'Bearer authentication scheme'],
  },
};
