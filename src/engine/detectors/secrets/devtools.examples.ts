import type { DetectorExamples } from '../../types';

// Generated once from the shapes, then kept by hand; kept out of the bundle (vsce refuses secret-shaped strings).
export const examples: Readonly<Record<string, DetectorExamples>> = {
  'npm-access-token': {
    positive: [
      { text: 'NPM_ACCESS_TOKEN_KEY="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"', values: ['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'] },
      { text: 'use 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 for the request', values: ['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'] },
    ],
    negative: [
      'NPM_ACCESS_TOKEN_KEY=npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'NPM_ACCESS_TOKEN_KEY=npm_sxKtDVMfaN7F2NXNOasS9lgN6vx3CYnToZ8',
      'NPM_ACCESS_TOKEN_KEY=npm_q0GsKXxKpFx01EhCy05xmVxB9QglO6Vafx54w',
      'NPM_ACCESS_TOKEN_KEY=npm_TtX4********',
      'NPM_ACCESS_TOKEN_KEY=${NPM_ACCESS_TOKEN}',
    ],
  },
  'pypi-upload-token': {
    positive: [
      { text: 'PYPI_UPLOAD_TOKEN_KEY="pypi-AgEIcHlwaS5vcmczf94SCiqqzzH7LAzEYSOg4ZXTS3E9riJtoReJ7Sbv12V1HkpjGUVCLIO1omg"', values: ['pypi-AgEIcHlwaS5vcmczf94SCiqqzzH7LAzEYSOg4ZXTS3E9riJtoReJ7Sbv12V1HkpjGUVCLIO1omg'] },
      { text: 'use pypi-AgEIcHlwaS5vcmczf94SCiqqzzH7LAzEYSOg4ZXTS3E9riJtoReJ7Sbv12V1HkpjGUVCLIO1omg for the request', values: ['pypi-AgEIcHlwaS5vcmczf94SCiqqzzH7LAzEYSOg4ZXTS3E9riJtoReJ7Sbv12V1HkpjGUVCLIO1omg'] },
    ],
    negative: [
      'PYPI_UPLOAD_TOKEN_KEY=pypi-AgEIcHlwaS5vcmcxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'PYPI_UPLOAD_TOKEN_KEY=pypi-AgEIcHlwaS5vcmcDyKKAxkGtByNYCn2OxpacJwfq6IgYmj0Agx12ErYc7FkOWLN1',
      'PYPI_UPLOAD_TOKEN_KEY=pypi-AgEIcHlwaS5vcmcRn2QohoR72eBvg9GDw8wRnp787spoHwfFdolBzF4SiiXaAUaMayS2VvIl65gPrNP1gVi2zDYyGhJMP68rXeyLLlQwZcd63CL2sXpPQ1wTjHV4HDdoU3rQM9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU0LTGLCckRetqVOXCNjufOTtX4a7XFfV2UdUlpswmC1Gn05LP5mNsxKtDVMfaN7F2NXNOasS9lgN6vx3CYnToZ8q0GsKXxKpFx01EhCy05xmVxB9QglO6Vafx54',
      'PYPI_UPLOAD_TOKEN_KEY=pypi-AgEIcHlwaS5vcmczf94********',
      'PYPI_UPLOAD_TOKEN_KEY=${PYPI_UPLOAD_TOKEN}',
    ],
  },
  'docker-hub-pat': {
    positive: [
      { text: 'DOCKER_HUB_PAT_KEY="dckr_pat_rzf94SCiqqzzH7LAzEYSOg4ZXTS"', values: ['dckr_pat_rzf94SCiqqzzH7LAzEYSOg4ZXTS'] },
      { text: 'use dckr_pat_rzf94SCiqqzzH7LAzEYSOg4ZXTS for the request', values: ['dckr_pat_rzf94SCiqqzzH7LAzEYSOg4ZXTS'] },
    ],
    negative: [
      'DOCKER_HUB_PAT_KEY=dckr_pat_xxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'DOCKER_HUB_PAT_KEY=dckr_pat_iJtoReJ7Sbv12V1HkpjGUVCLIO',
      'DOCKER_HUB_PAT_KEY=dckr_pat_mgSWuIDyKKAxkGtByNYCn2OxpacJ',
      'DOCKER_HUB_PAT_KEY=dckr_pat_rzf9********',
      'DOCKER_HUB_PAT_KEY=${DOCKER_HUB_PAT}',
    ],
  },
  'docker-hub-oat': {
    positive: [
      { text: 'DOCKER_HUB_OAT_KEY="dckr_oat_q6IgYmj0Agx12ErYc7FkOWLN11iRn2Qo"', values: ['dckr_oat_q6IgYmj0Agx12ErYc7FkOWLN11iRn2Qo'] },
      { text: 'use dckr_oat_q6IgYmj0Agx12ErYc7FkOWLN11iRn2Qo for the request', values: ['dckr_oat_q6IgYmj0Agx12ErYc7FkOWLN11iRn2Qo'] },
    ],
    negative: [
      'DOCKER_HUB_OAT_KEY=dckr_oat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'DOCKER_HUB_OAT_KEY=dckr_oat_2eBvg9GDw8wRnp787spoHwfFdolBzF4',
      'DOCKER_HUB_OAT_KEY=dckr_oat_iXaAUaMayS2VvIl65gPrNP1gVi2zDYyGh',
      'DOCKER_HUB_OAT_KEY=dckr_oat_q6Ig********',
      'DOCKER_HUB_OAT_KEY=${DOCKER_HUB_OAT}',
    ],
  },
  'rubygems-api-key': {
    positive: [
      { text: 'RUBYGEMS_API_KEY_KEY="rubygems_cde995017dc3e601198ac8504de76f3bf8bb14f85ed9c779"', values: ['rubygems_cde995017dc3e601198ac8504de76f3bf8bb14f85ed9c779'] },
      { text: 'use rubygems_cde995017dc3e601198ac8504de76f3bf8bb14f85ed9c779 for the request', values: ['rubygems_cde995017dc3e601198ac8504de76f3bf8bb14f85ed9c779'] },
    ],
    negative: [
      'RUBYGEMS_API_KEY_KEY=rubygems_000000000000000000000000000000000000000000000000',
      'RUBYGEMS_API_KEY_KEY=rubygems_141d698249c7efae4d1ca56f8e35155f08e84d10d9dfe80',
      'RUBYGEMS_API_KEY_KEY=rubygems_36644d62f7debca13e155fd0ad352de5f8090b2f8f1f34564',
      'RUBYGEMS_API_KEY_KEY=rubygems_cde9********',
      'RUBYGEMS_API_KEY_KEY=${RUBYGEMS_API_KEY}',
    ],
  },
  'nuget-api-key': {
    positive: [
      { text: 'NUGET_API_KEY_KEY="oy2b5dw47gi7wh02f0bmhsph8c5hniipzk9vsi7126boxl"', values: ['oy2b5dw47gi7wh02f0bmhsph8c5hniipzk9vsi7126boxl'] },
      { text: 'use oy2b5dw47gi7wh02f0bmhsph8c5hniipzk9vsi7126boxl for the request', values: ['oy2b5dw47gi7wh02f0bmhsph8c5hniipzk9vsi7126boxl'] },
    ],
    negative: [
      'NUGET_API_KEY_KEY=oy2xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'NUGET_API_KEY_KEY=oy2xo8y4d0fn2gxd245ctb3472wm2a9jsvi8mps2762cz',
      'NUGET_API_KEY_KEY=oy24s97kbuyy44e8ga4cokis7onlk6c9ztf0xkrf8kp145m',
      'NUGET_API_KEY_KEY=oy2b5dw********',
      'NUGET_API_KEY_KEY=${NUGET_API_KEY}',
    ],
  },
  'crates-io-token': {
    positive: [
      { text: 'CRATES_IO_TOKEN_KEY="cio1HkpjGUVCLIO1omgSWuIDyKKAxkGtByN"', values: ['cio1HkpjGUVCLIO1omgSWuIDyKKAxkGtByN'] },
      { text: 'use cio1HkpjGUVCLIO1omgSWuIDyKKAxkGtByN for the request', values: ['cio1HkpjGUVCLIO1omgSWuIDyKKAxkGtByN'] },
    ],
    negative: [
      'CRATES_IO_TOKEN_KEY=cioxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'CRATES_IO_TOKEN_KEY=cioYCn2OxpacJwfq6IgYmj0Agx12ErYc7F',
      'CRATES_IO_TOKEN_KEY=ciokOWLN11iRn2QohoR72eBvg9GDw8wRnp78',
      'CRATES_IO_TOKEN_KEY=cio1Hkp********',
      'CRATES_IO_TOKEN_KEY=${CRATES_IO_TOKEN}',
    ],
  },
  'clojars-token': {
    positive: [
      { text: 'CLOJARS_TOKEN_KEY="CLOJARS_8zyxe2sdqxvb4d6kutnpalphp3k5m1ev77sizhi4smt53bo3dtfgj79znr3g"', values: ['CLOJARS_8zyxe2sdqxvb4d6kutnpalphp3k5m1ev77sizhi4smt53bo3dtfgj79znr3g'] },
      { text: 'use CLOJARS_8zyxe2sdqxvb4d6kutnpalphp3k5m1ev77sizhi4smt53bo3dtfgj79znr3g for the request', values: ['CLOJARS_8zyxe2sdqxvb4d6kutnpalphp3k5m1ev77sizhi4smt53bo3dtfgj79znr3g'] },
    ],
    negative: [
      'CLOJARS_TOKEN_KEY=CLOJARS_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'CLOJARS_TOKEN_KEY=CLOJARS_gvj2pqr76bg5znyij42luem6ecrxl6zjh9f349rxqh287sx8f3kmckygreb',
      'CLOJARS_TOKEN_KEY=CLOJARS_z2n6kwyqz0ln6j7yhqoi8hlj5pu21yxi2um4gldgbqukr0yminbiu0sil0n6p',
      'CLOJARS_TOKEN_KEY=CLOJARS_8zyx********',
      'CLOJARS_TOKEN_KEY=${CLOJARS_TOKEN}',
    ],
  },
  'artifactory-api-key': {
    positive: [
      { text: 'ARTIFACTORY_API_KEY_KEY="AKCp7XFfV2UdUlpswmC1Gn05LP5mNsxKtDVMfaN7F2NXNOasS9lgN6vx3CYnToZ8q0GsKXxKp"', values: ['AKCp7XFfV2UdUlpswmC1Gn05LP5mNsxKtDVMfaN7F2NXNOasS9lgN6vx3CYnToZ8q0GsKXxKp'] },
      { text: 'use AKCp7XFfV2UdUlpswmC1Gn05LP5mNsxKtDVMfaN7F2NXNOasS9lgN6vx3CYnToZ8q0GsKXxKp for the request', values: ['AKCp7XFfV2UdUlpswmC1Gn05LP5mNsxKtDVMfaN7F2NXNOasS9lgN6vx3CYnToZ8q0GsKXxKp'] },
    ],
    negative: [
      'ARTIFACTORY_API_KEY_KEY=AKCpxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'ARTIFACTORY_API_KEY_KEY=AKCpFx01EhCy05xmVxB9QglO6Vafx54wFrzf94SCiqqzzH7LAzEYSOg4ZXTS3E9riJtoReJ7',
      'ARTIFACTORY_API_KEY_KEY=AKCpSbv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByNYCn2OxpacJwfq6IgYmj0Agx12ErYc7Fk',
      'ARTIFACTORY_API_KEY_KEY=AKCp7XFf********',
      'ARTIFACTORY_API_KEY_KEY=${ARTIFACTORY_API_KEY}',
    ],
  },
  'artifactory-reference-token': {
    positive: [
      { text: 'ARTIFACTORY_REFERENCE_TOKEN_KEY="cmVmdGtuOWLN11iRn2QohoR72eBvg9GDw8wRnp787spoHwfFdolBzF4SiiXaAUaM"', values: ['cmVmdGtuOWLN11iRn2QohoR72eBvg9GDw8wRnp787spoHwfFdolBzF4SiiXaAUaM'] },
      { text: 'use cmVmdGtuOWLN11iRn2QohoR72eBvg9GDw8wRnp787spoHwfFdolBzF4SiiXaAUaM for the request', values: ['cmVmdGtuOWLN11iRn2QohoR72eBvg9GDw8wRnp787spoHwfFdolBzF4SiiXaAUaM'] },
    ],
    negative: [
      'ARTIFACTORY_REFERENCE_TOKEN_KEY=cmVmdGtuxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'ARTIFACTORY_REFERENCE_TOKEN_KEY=cmVmdGtuayS2VvIl65gPrNP1gVi2zDYyGhJMP68rXeyLLlQwZcd63CL2sXpPQ1w',
      'ARTIFACTORY_REFERENCE_TOKEN_KEY=cmVmdGtuTjHV4HDdoU3rQM9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX4P5qN',
      'ARTIFACTORY_REFERENCE_TOKEN_KEY=cmVmdGtuOWLN********',
      'ARTIFACTORY_REFERENCE_TOKEN_KEY=${ARTIFACTORY_REFERENCE_TOKEN}',
    ],
  },
  'grafana-cloud-token': {
    positive: [
      { text: 'GRAFANA_CLOUD_TOKEN_KEY="glc_O6NUQ2bjxupoPxiU0LTGLCckRetqVOXCNjufOTtX4a"', values: ['glc_O6NUQ2bjxupoPxiU0LTGLCckRetqVOXCNjufOTtX4a'] },
      { text: 'use glc_O6NUQ2bjxupoPxiU0LTGLCckRetqVOXCNjufOTtX4a for the request', values: ['glc_O6NUQ2bjxupoPxiU0LTGLCckRetqVOXCNjufOTtX4a'] },
    ],
    negative: [
      'GRAFANA_CLOUD_TOKEN_KEY=glc_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'GRAFANA_CLOUD_TOKEN_KEY=glc_V2UdUlpswmC1Gn05LP5mNsxKtDVMfaN',
      'GRAFANA_CLOUD_TOKEN_KEY=glc_2NXNOasS9lgN6vx3CYnToZ8q0GsKXxKpFx01EhCy05xmVxB9QglO6Vafx54wFrzf94SCiqqzzH7LAzEYSOg4ZXTS3E9riJtoReJ7Sbv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByNYCn2OxpacJwfq6IgYmj0Agx12ErYc7FkOWLN11iRn2QohoR72eBvg9GDw8wRnp787spoHwfFdolBzF4SiiXaAUaMayS2VvIl65gPrNP1gVi2zDYyGhJMP68rXeyLLlQwZcd63CL2sXpPQ1wTjHV4HDdoU3rQM9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU0LTGLCckRetqVOXCNjufOTtX4a7XFfV2UdUlpswmC1Gn0',
      'GRAFANA_CLOUD_TOKEN_KEY=glc_O6NU********',
      'GRAFANA_CLOUD_TOKEN_KEY=${GRAFANA_CLOUD_TOKEN}',
    ],
  },
  'grafana-service-account-token': {
    positive: [
      { text: 'GRAFANA_SERVICE_ACCOUNT_TOKEN_KEY="glsa_5LP5mNsxKtDVMfaN7F2NXNOasS9lgN6v_68a04f40"', values: ['glsa_5LP5mNsxKtDVMfaN7F2NXNOasS9lgN6v_68a04f40'] },
      { text: 'use glsa_5LP5mNsxKtDVMfaN7F2NXNOasS9lgN6v_68a04f40 for the request', values: ['glsa_5LP5mNsxKtDVMfaN7F2NXNOasS9lgN6v_68a04f40'] },
    ],
    negative: [
      'GRAFANA_SERVICE_ACCOUNT_TOKEN_KEY=glsa_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_00000000',
      'GRAFANA_SERVICE_ACCOUNT_TOKEN_KEY=glsa_8q0GsKXxKpFx01EhCy05xmVxB9QglO6V_026886b',
      'GRAFANA_SERVICE_ACCOUNT_TOKEN_KEY=glsa_rzf94SCiqqzzH7LAzEYSOg4ZXTS3E9ri_c54e1c9e1',
      'GRAFANA_SERVICE_ACCOUNT_TOKEN_KEY=glsa_5LP5********',
      'GRAFANA_SERVICE_ACCOUNT_TOKEN_KEY=${GRAFANA_SERVICE_ACCOUNT_TOKEN}',
    ],
  },
  'grafana-api-key': {
    positive: [
      { text: 'GRAFANA_API_KEY_KEY="eyJrIjoiv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByNYCn2OxpacJwfq6IgYmj0Agx12ErYc7FkOWLN11iRn2Qo"', values: ['eyJrIjoiv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByNYCn2OxpacJwfq6IgYmj0Agx12ErYc7FkOWLN11iRn2Qo'] },
      { text: 'use eyJrIjoiv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByNYCn2OxpacJwfq6IgYmj0Agx12ErYc7FkOWLN11iRn2Qo for the request', values: ['eyJrIjoiv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByNYCn2OxpacJwfq6IgYmj0Agx12ErYc7FkOWLN11iRn2Qo'] },
    ],
    negative: [
      'GRAFANA_API_KEY_KEY=eyJrIjoixxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'GRAFANA_API_KEY_KEY=eyJrIjoihoR72eBvg9GDw8wRnp787spoHwfFdolBzF4SiiXaAUaMayS2VvIl65gPrNP1gVi2zDYyG',
      'GRAFANA_API_KEY_KEY=eyJrIjoihJMP68rXeyLLlQwZcd63CL2sXpPQ1wTjHV4HDdoU3rQM9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU0LTGLCckRetqVOXCNjufOTtX4a7XFfV2UdUlpswmC1Gn05LP5mNsxKtDVMfaN7F2NXNOasS9lgN6vx3CYnToZ8q0GsKXxKpFx01EhCy05xmVxB9QglO6Vafx54wFrzf94SCiqqzzH7LAzEYSOg4ZXTS3E9riJtoReJ7Sbv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByNYCn2OxpacJwfq6IgYmj0Agx12ErYc7FkOWLN11iRn2QohoR72eBvg9GDw8wRnp787spoHwfFdolBzF4SiiXaAUaMayS2VvI',
      'GRAFANA_API_KEY_KEY=eyJrIjoiv12V********',
      'GRAFANA_API_KEY_KEY=${GRAFANA_API_KEY}',
    ],
  },
  'new-relic-user-api-key': {
    positive: [
      { text: 'NEW_RELIC_USER_API_KEY_KEY="NRAK-V77SIZHI4SMT53BO3DTFGJ79ZNR"', values: ['NRAK-V77SIZHI4SMT53BO3DTFGJ79ZNR'] },
      { text: 'use NRAK-V77SIZHI4SMT53BO3DTFGJ79ZNR for the request', values: ['NRAK-V77SIZHI4SMT53BO3DTFGJ79ZNR'] },
    ],
    negative: [
      'NEW_RELIC_USER_API_KEY_KEY=NRAK-XXXXXXXXXXXXXXXXXXXXXXXXXXX',
      'NEW_RELIC_USER_API_KEY_KEY=NRAK-3GGVJ2PQR76BG5ZNYIJ42LUEM6',
      'NEW_RELIC_USER_API_KEY_KEY=NRAK-ECRXL6ZJH9F349RXQH287SX8F3KM',
      'NEW_RELIC_USER_API_KEY_KEY=NRAK-V77S********',
      'NEW_RELIC_USER_API_KEY_KEY=${NEW_RELIC_USER_API_KEY}',
    ],
  },
  'new-relic-insert-key': {
    positive: [
      { text: 'NEW_RELIC_INSERT_KEY_KEY="NRII-pMeICswX4SmrcssTX4P5qNcYO6NUQ2bj"', values: ['NRII-pMeICswX4SmrcssTX4P5qNcYO6NUQ2bj'] },
      { text: 'use NRII-pMeICswX4SmrcssTX4P5qNcYO6NUQ2bj for the request', values: ['NRII-pMeICswX4SmrcssTX4P5qNcYO6NUQ2bj'] },
    ],
    negative: [
      'NEW_RELIC_INSERT_KEY_KEY=NRII-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'NEW_RELIC_INSERT_KEY_KEY=NRII-PxiU0LTGLCckRetqVOXCNjufOTtX4a7',
      'NEW_RELIC_INSERT_KEY_KEY=NRII-fV2UdUlpswmC1Gn05LP5mNsxKtDVMfaN7',
      'NEW_RELIC_INSERT_KEY_KEY=NRII-pMeI********',
      'NEW_RELIC_INSERT_KEY_KEY=${NEW_RELIC_INSERT_KEY}',
    ],
  },
  'new-relic-browser-key': {
    positive: [
      { text: 'NEW_RELIC_BROWSER_KEY_KEY="NRJS-b8d0dd05e932d9668a0"', values: ['NRJS-b8d0dd05e932d9668a0'] },
      { text: 'use NRJS-b8d0dd05e932d9668a0 for the request', values: ['NRJS-b8d0dd05e932d9668a0'] },
    ],
    negative: [
      'NEW_RELIC_BROWSER_KEY_KEY=NRJS-0000000000000000000',
      'NEW_RELIC_BROWSER_KEY_KEY=NRJS-4f40947b5c06c4b677',
      'NEW_RELIC_BROWSER_KEY_KEY=NRJS-b2a67864f6a9e23d9f02',
      'NEW_RELIC_BROWSER_KEY_KEY=NRJS-b8d0********',
      'NEW_RELIC_BROWSER_KEY_KEY=${NEW_RELIC_BROWSER_KEY}',
    ],
  },
  'new-relic-license-key': {
    positive: [
      { text: 'NEW_RELIC_LICENSE_KEY_KEY="6886b57298ea35477b9ca7b0ed2800fe8b95NRAL"', values: ['6886b57298ea35477b9ca7b0ed2800fe8b95NRAL'] },
    ],
    negative: [
      'NEW_RELIC_LICENSE_KEY_KEY=000000000000000000000000000000000000NRAL',
      'NEW_RELIC_LICENSE_KEY_KEY=2c54e1c9e1677f7c343bffaccd7432ef5caNRAL',
      'NEW_RELIC_LICENSE_KEY_KEY=7cca63b5a6d0a48d6401c6248c20337a2678bNRAL',
      'NEW_RELIC_LICENSE_KEY_KEY=6886********',
      'NEW_RELIC_LICENSE_KEY_KEY=${NEW_RELIC_LICENSE_KEY}',
    ],
  },
  'sentry-org-token': {
    positive: [
      { text: 'SENTRY_ORG_TOKEN_KEY="sntrys_FkOWLN11iRn2QohoR72eBvg9GDw8wRnp787spoHwfFdolBzF4SiiXaAUaMayS2VvIl65gP"', values: ['sntrys_FkOWLN11iRn2QohoR72eBvg9GDw8wRnp787spoHwfFdolBzF4SiiXaAUaMayS2VvIl65gP'] },
      { text: 'use sntrys_FkOWLN11iRn2QohoR72eBvg9GDw8wRnp787spoHwfFdolBzF4SiiXaAUaMayS2VvIl65gP for the request', values: ['sntrys_FkOWLN11iRn2QohoR72eBvg9GDw8wRnp787spoHwfFdolBzF4SiiXaAUaMayS2VvIl65gP'] },
    ],
    negative: [
      'SENTRY_ORG_TOKEN_KEY=sntrys_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'SENTRY_ORG_TOKEN_KEY=sntrys_zDYyGhJMP68rXeyLLlQwZcd63CL2sXpPQ1wTjHV4HDdoU3rQM9Kzz8epdMw',
      'SENTRY_ORG_TOKEN_KEY=sntrys_7KyRVDRpMeICswX4SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU0LTGLCckRetqVOXCNjufOTtX4a7XFfV2UdUlpswmC1Gn05LP5mNsxKtDVMfaN7F2NXNOasS9lgN6vx3CYnToZ8q0GsKXxKpFx01EhCy05xmVxB9QglO6Vafx54wFrzf94SCiqqzzH7LAzEYSOg4ZXTS3E9riJtoReJ7Sbv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByNYCn2OxpacJwfq6IgYmj0Agx12ErYc7FkOWLN11iRn2QohoR72eBvg',
      'SENTRY_ORG_TOKEN_KEY=sntrys_FkOW********',
      'SENTRY_ORG_TOKEN_KEY=${SENTRY_ORG_TOKEN}',
    ],
  },
  'sentry-user-token': {
    positive: [
      { text: 'SENTRY_USER_TOKEN_KEY="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"', values: ['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'] },
      { text: 'use 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 for the request', values: ['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'] },
    ],
    negative: [
      'SENTRY_USER_TOKEN_KEY=sntryu_0000000000000000000000000000000000000000000000000000000000000000',
      'SENTRY_USER_TOKEN_KEY=sntryu_995017dc3e601198ac8504de76f3bf8bb14f85ed9c779141d698249c7efae4d',
      'SENTRY_USER_TOKEN_KEY=sntryu_1ca56f8e35155f08e84d10d9dfe8036644d62f7debca13e155fd0ad352de5f809',
      'SENTRY_USER_TOKEN_KEY=sntryu_9ba6********',
      'SENTRY_USER_TOKEN_KEY=${SENTRY_USER_TOKEN}',
    ],
  },
  'dynatrace-api-token': {
    positive: [
      { text: 'DYNATRACE_API_TOKEN_KEY="dt0c01.NDSM5LRLVY02WB5DW47GI7WH.02F0BMHSPH8C5HNIIPZK9VSI7126BOXLXO8Y4D0FN2GXD245CTB3472WM2A9JSVI"', values: ['dt0c01.NDSM5LRLVY02WB5DW47GI7WH.02F0BMHSPH8C5HNIIPZK9VSI7126BOXLXO8Y4D0FN2GXD245CTB3472WM2A9JSVI'] },
      { text: 'use dt0c01.NDSM5LRLVY02WB5DW47GI7WH.02F0BMHSPH8C5HNIIPZK9VSI7126BOXLXO8Y4D0FN2GXD245CTB3472WM2A9JSVI for the request', values: ['dt0c01.NDSM5LRLVY02WB5DW47GI7WH.02F0BMHSPH8C5HNIIPZK9VSI7126BOXLXO8Y4D0FN2GXD245CTB3472WM2A9JSVI'] },
    ],
    negative: [
      'DYNATRACE_API_TOKEN_KEY=dt0c01.XXXXXXXXXXXXXXXXXXXXXXXX.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
      'DYNATRACE_API_TOKEN_KEY=dt0c01.8MPS2762CZ4S97KBUYY44E8G.A4COKIS7ONLK6C9ZTF0XKRF8KP145M5EVYUDLMBGEI5XWSKN0FB3GFA3UE0A3HO',
      'DYNATRACE_API_TOKEN_KEY=dt0c01.BW5I2XPQF2SY7ESOWU4AT255.CZOQ8DVINGH44TKX5JXTXK85RA1S9DB292KXY888ZYXE2SDQXVB4D6KUTNPALPHP3',
      'DYNATRACE_API_TOKEN_KEY=dt0c01.NDSM********',
      'DYNATRACE_API_TOKEN_KEY=${DYNATRACE_API_TOKEN}',
    ],
  },
  'onepassword-service-account-token': {
    positive: [
      { text: 'ONEPASSWORD_SERVICE_ACCOUNT_TOKEN_KEY="ops_eyJVvIl65gPrNP1gVi2zDYyGhJMP68rXeyLLlQwZcd63CL2sXpPQ1wTjHV4HDdoU3rQM9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU0LTGLCckRetqVOXCNjufOTtX4a7XFfV2UdUlpswmC1Gn05LP5mNsxKtDVMfaN7F2NXNOasS9lgN6vx3CYnToZ8q0GsKXxKpFx01EhCy05xmVxB9QglO6Vafx54wFrzf94SCiqq"', values: ['ops_eyJVvIl65gPrNP1gVi2zDYyGhJMP68rXeyLLlQwZcd63CL2sXpPQ1wTjHV4HDdoU3rQM9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU0LTGLCckRetqVOXCNjufOTtX4a7XFfV2UdUlpswmC1Gn05LP5mNsxKtDVMfaN7F2NXNOasS9lgN6vx3CYnToZ8q0GsKXxKpFx01EhCy05xmVxB9QglO6Vafx54wFrzf94SCiqq'] },
      { text: 'use ops_eyJVvIl65gPrNP1gVi2zDYyGhJMP68rXeyLLlQwZcd63CL2sXpPQ1wTjHV4HDdoU3rQM9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU0LTGLCckRetqVOXCNjufOTtX4a7XFfV2UdUlpswmC1Gn05LP5mNsxKtDVMfaN7F2NXNOasS9lgN6vx3CYnToZ8q0GsKXxKpFx01EhCy05xmVxB9QglO6Vafx54wFrzf94SCiqq for the request', values: ['ops_eyJVvIl65gPrNP1gVi2zDYyGhJMP68rXeyLLlQwZcd63CL2sXpPQ1wTjHV4HDdoU3rQM9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU0LTGLCckRetqVOXCNjufOTtX4a7XFfV2UdUlpswmC1Gn05LP5mNsxKtDVMfaN7F2NXNOasS9lgN6vx3CYnToZ8q0GsKXxKpFx01EhCy05xmVxB9QglO6Vafx54wFrzf94SCiqq'] },
    ],
    negative: [
      'ONEPASSWORD_SERVICE_ACCOUNT_TOKEN_KEY=ops_eyJxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'ONEPASSWORD_SERVICE_ACCOUNT_TOKEN_KEY=ops_eyJLAzEYSOg4ZXTS3E9riJtoReJ7Sbv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByNYCn2OxpacJwfq6IgYmj0Agx12ErYc7FkOWLN11iRn2QohoR72eBvg9GDw8wRnp787spoHwfFdolBzF4SiiXaAUaMayS2VvIl65gPrNP1gVi2zDYyGhJMP68rXeyLLlQwZcd63CL2sXpPQ1wTjHV4HDdoU3rQM9Kzz8epdMw76fo7KyRVDRpMeICswX',
      'ONEPASSWORD_SERVICE_ACCOUNT_TOKEN_KEY=ops_eyJmrcssTX4P5qNcYO6NUQ2bjxupoPxiU0LTGLCckRetqVOXCNjufOTtX4a7XFfV2UdUlpswmC1Gn05LP5mNsxKtDVMfaN7F2NXNOasS9lgN6vx3CYnToZ8q0GsKXxKpFx01EhCy05xmVxB9QglO6Vafx54wFrzf94SCiqqzzH7LAzEYSOg4ZXTS3E9riJtoReJ7Sbv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByNYCn2OxpacJwfq6IgYmj0Agx12ErYc7FkOWLN11iRn2QohoR72eBvg9GDw8wRnp787spoHwfFdolBzF4SiiXaAUaMayS2VvIl65gPrNP1gVi2zDYyGhJMP68rXeyLLlQwZcd63CL2sXpPQ1wTjHV4HDdoU3rQM9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU0LTGLCckRetqVOXCNjufOTtX4a7XFfV2UdUlpswmC1Gn05LP5mNsxKtDVMfaN7F2NXNOasS9lgN6vx3CYnToZ8q0GsKXxKpFx01EhCy05xmVxB9QglO6Vafx54wFrzf94SCiqqzzH7LAzEYSOg4ZXTS3E9riJtoReJ7Sbv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByNYCn2OxpacJwfq6IgYmj0Agx12ErYc7FkOWLN11iRn2QohoR72eBvg9GDw8wRnp787spoHwfFdolBzF4SiiXaAUaMayS2VvIl65gPrNP1gVi2zDYyGhJMP68rXeyLLlQwZcd63CL2sXpPQ1wTjHV4HDdoU3rQM9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU0LTGLCckRetqVOXCNjufOTtX4a7XFfV2UdUlpswmC1Gn05LP5mNsxKtDVMfaN7F2NXNOasS9lgN6vx3CYnToZ8q0GsKXxKpFx01EhCy05xmVxB9QglO6Vafx54wFrzf94SCiqqzzH7LAzEYSOg4ZXTS3E9riJtoReJ7Sbv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByNYCn2OxpacJwfq6IgYmj0Agx12ErYc7FkOWLN11iRn2QohoR72eBvg9GDw8wRnp787spoHwfFdolBzF4SiiXaAUaMayS2VvIl65gPrNP1gVi2zDYyGhJMP68rXeyLLlQwZcd6',
      'ONEPASSWORD_SERVICE_ACCOUNT_TOKEN_KEY=ops_eyJVvIl********',
      'ONEPASSWORD_SERVICE_ACCOUNT_TOKEN_KEY=${ONEPASSWORD_SERVICE_ACCOUNT_TOKEN}',
    ],
  },
  'onepassword-secret-key': {
    positive: [
      { text: 'ONEPASSWORD_SECRET_KEY_KEY="A3-6BG5ZN-YIJ42LUE-M6ECR-XL6ZJ-H9F34"', values: ['A3-6BG5ZN-YIJ42LUE-M6ECR-XL6ZJ-H9F34'] },
      { text: 'use A3-6BG5ZN-YIJ42LUE-M6ECR-XL6ZJ-H9F34 for the request', values: ['A3-6BG5ZN-YIJ42LUE-M6ECR-XL6ZJ-H9F34'] },
    ],
    negative: [
      'ONEPASSWORD_SECRET_KEY_KEY=A3-XXXXXX-XXXXXXXX-XXXXX-XXXXX-XXXXX',
      'ONEPASSWORD_SECRET_KEY_KEY=A3-9RXQH2-87SX8F3K-MCKYG-REBZ2-N6KW',
      'ONEPASSWORD_SECRET_KEY_KEY=A3-YQZ0LN-6J7YHQOI-8HLJ5-PU21Y-XI2UM4',
      'ONEPASSWORD_SECRET_KEY_KEY=A3-6BG5********',
      'ONEPASSWORD_SECRET_KEY_KEY=${ONEPASSWORD_SECRET_KEY}',
    ],
  },
  'linear-api-key': {
    positive: [
      { text: 'LINEAR_API_KEY_KEY="lin_api_LTGLCckRetqVOXCNjufOTtX4a7XFfV2UdUlpswmC"', values: ['lin_api_LTGLCckRetqVOXCNjufOTtX4a7XFfV2UdUlpswmC'] },
      { text: 'use lin_api_LTGLCckRetqVOXCNjufOTtX4a7XFfV2UdUlpswmC for the request', values: ['lin_api_LTGLCckRetqVOXCNjufOTtX4a7XFfV2UdUlpswmC'] },
    ],
    negative: [
      'LINEAR_API_KEY_KEY=lin_api_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'LINEAR_API_KEY_KEY=lin_api_1Gn05LP5mNsxKtDVMfaN7F2NXNOasS9lgN6vx3C',
      'LINEAR_API_KEY_KEY=lin_api_YnToZ8q0GsKXxKpFx01EhCy05xmVxB9QglO6Vafx5',
      'LINEAR_API_KEY_KEY=lin_api_LTGL********',
      'LINEAR_API_KEY_KEY=${LINEAR_API_KEY}',
    ],
  },
  'figma-pat': {
    positive: [
      { text: 'FIGMA_PAT_KEY="figd_Frzf94SCiqqzzH7LAzEYSOg4ZXTS3E9riJtoReJ7"', values: ['figd_Frzf94SCiqqzzH7LAzEYSOg4ZXTS3E9riJtoReJ7'] },
      { text: 'use figd_Frzf94SCiqqzzH7LAzEYSOg4ZXTS3E9riJtoReJ7 for the request', values: ['figd_Frzf94SCiqqzzH7LAzEYSOg4ZXTS3E9riJtoReJ7'] },
    ],
    negative: [
      'FIGMA_PAT_KEY=figd_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'FIGMA_PAT_KEY=figd_2V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByNYCn2O',
      'FIGMA_PAT_KEY=figd_acJwfq6IgYmj0Agx12ErYc7FkOWLN11iRn2QohoR7',
      'FIGMA_PAT_KEY=figd_Frzf********',
      'FIGMA_PAT_KEY=${FIGMA_PAT}',
    ],
  },
  'notion-integration-token': {
    positive: [
      { text: 'NOTION_INTEGRATION_TOKEN_KEY="ntn_2eBvg9GDw8wRnp787spoHwfFdolBzF4SiiXaAUaMayS2Vv"', values: ['ntn_2eBvg9GDw8wRnp787spoHwfFdolBzF4SiiXaAUaMayS2Vv'] },
      { text: 'use ntn_2eBvg9GDw8wRnp787spoHwfFdolBzF4SiiXaAUaMayS2Vv for the request', values: ['ntn_2eBvg9GDw8wRnp787spoHwfFdolBzF4SiiXaAUaMayS2Vv'] },
    ],
    negative: [
      'NOTION_INTEGRATION_TOKEN_KEY=ntn_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'NOTION_INTEGRATION_TOKEN_KEY=ntn_Il65gPrNP1gVi2zDYyGhJMP68rXeyLLlQwZcd63CL2sXp',
      'NOTION_INTEGRATION_TOKEN_KEY=ntn_PQ1wTjHV4HDdoU3rQM9Kzz8epdMw76fo7KyRVDRpMeICswX',
      'NOTION_INTEGRATION_TOKEN_KEY=ntn_2eBv********',
      'NOTION_INTEGRATION_TOKEN_KEY=${NOTION_INTEGRATION_TOKEN}',
    ],
  },
  'notion-legacy-token': {
    positive: [
      { text: 'NOTION_LEGACY_TOKEN_KEY="secret_4SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU0LTGLCckRet"', values: ['secret_4SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU0LTGLCckRet'] },
      { text: 'use secret_4SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU0LTGLCckRet for the request', values: ['secret_4SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU0LTGLCckRet'] },
    ],
    negative: [
      'NOTION_LEGACY_TOKEN_KEY=secret_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'NOTION_LEGACY_TOKEN_KEY=secret_qVOXCNjufOTtX4a7XFfV2UdUlpswmC1Gn05LP5mNsx',
      'NOTION_LEGACY_TOKEN_KEY=secret_KtDVMfaN7F2NXNOasS9lgN6vx3CYnToZ8q0GsKXxKpFx',
      'NOTION_LEGACY_TOKEN_KEY=secret_4Smr********',
      'NOTION_LEGACY_TOKEN_KEY=${NOTION_LEGACY_TOKEN}',
    ],
  },
  'dropbox-access-token': {
    positive: [
      { text: 'DROPBOX_ACCESS_TOKEN_KEY="sl.EhCy05xmVxB9QglO6Vafx54wFrzf94SCiqqzzH7LAzEYSOg4ZXTS3E9riJtoReJ7Sbv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByNYCn2OxpacJwfq6IgYmj0Agx12ErYc7FkOWLN11"', values: ['sl.EhCy05xmVxB9QglO6Vafx54wFrzf94SCiqqzzH7LAzEYSOg4ZXTS3E9riJtoReJ7Sbv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByNYCn2OxpacJwfq6IgYmj0Agx12ErYc7FkOWLN11'] },
      { text: 'use sl.EhCy05xmVxB9QglO6Vafx54wFrzf94SCiqqzzH7LAzEYSOg4ZXTS3E9riJtoReJ7Sbv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByNYCn2OxpacJwfq6IgYmj0Agx12ErYc7FkOWLN11 for the request', values: ['sl.EhCy05xmVxB9QglO6Vafx54wFrzf94SCiqqzzH7LAzEYSOg4ZXTS3E9riJtoReJ7Sbv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByNYCn2OxpacJwfq6IgYmj0Agx12ErYc7FkOWLN11'] },
    ],
    negative: [
      'DROPBOX_ACCESS_TOKEN_KEY=sl.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'DROPBOX_ACCESS_TOKEN_KEY=sl.QohoR72eBvg9GDw8wRnp787spoHwfFdolBzF4SiiXaAUaMayS2VvIl65gPrNP1gVi2zDYyGhJMP68rXeyLLlQwZcd63CL2sXpPQ1wTjHV4HDdoU3rQM9Kzz8epdMw76fo',
      'DROPBOX_ACCESS_TOKEN_KEY=sl.yRVDRpMeICswX4SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU0LTGLCckRetqVOXCNjufOTtX4a7XFfV2UdUlpswmC1Gn05LP5mNsxKtDVMfaN7F2NXNOasS9lgN6vx3CYnToZ8q0GsKXxKpFx01EhCy05xmVxB9QglO6Vafx54wFrzf94SCiqqzzH7LAzEYSOg4ZXTS3E9riJtoReJ7Sbv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByNYCn2OxpacJwfq6IgYmj0Agx12ErYc7FkOWLN11iRn2QohoR72eBvg9GDw8wRnp787spoHwfFdolBzF4SiiXaAUaMayS2VvIl65gPrNP1gVi2zDYyGhJMP68rXeyLLlQwZcd63CL2sXpPQ1wTjHV4HDdoU3rQM9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU0LTGLCckRetqVOXCNjufOTtX4a7XFfV2UdUlpswmC1Gn05LP5mNsxKtDVMfaN7F2NXNOasS9lgN6vx3CYnToZ8q0GsKXxKpFx01EhCy05xmVxB9QglO6Vafx54wFrzf94SCiqqzzH7LAzEYSOg4ZXTS3E9riJtoReJ7Sbv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByNYCn2OxpacJwfq6IgYmj0Agx12ErYc7FkOWLN11iRn2QohoR72eBvg9GDw8wRnp787spoHwfFdolBzF4SiiXaAUaMayS2VvIl65gPrNP1gVi2zDYyGhJMP68rXeyLLlQwZcd63CL2sXpPQ1wTjHV4HDdoU3rQM9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU0LTGLCckRetqVOXCNjufOTtX4a7XFfV2UdUlpswmC1Gn05LP5mNsxKtDVMfaN7F2NXNOasS9lgN6vx3CYnToZ8q0GsKXxKpFx01EhCy05xmVxB9QglO6Vafx54wFrzf94SCiqqzzH7LAzEYSOg4ZXTS3E9riJtoReJ7Sbv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByNYCn2OxpacJwfq6IgYmj0Agx12ErYc7FkOWLN11iRn2QohoR72eBvg9GDw8wRnp787spoHwfFdolBzF4SiiXaAUaMayS2VvIl65gPrNP1gVi2zDYyGhJMP68rXeyLLlQwZcd63CL2sXpPQ1wTjHV4HDdoU3rQM9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU0LTGLCckRetqVOXCNjufOTtX4a7XFfV2UdUlpswmC1Gn05LP5mNsxKtDVMfaN7F2NXNOasS9lgN6vx3CYnToZ8q0GsKXxKpFx01',
      'DROPBOX_ACCESS_TOKEN_KEY=sl.EhCy********',
      'DROPBOX_ACCESS_TOKEN_KEY=${DROPBOX_ACCESS_TOKEN}',
    ],
  },
  'typeform-token': {
    positive: [
      { text: 'TYPEFORM_TOKEN_KEY="tfp_05xmVxB9QglO6Vafx54wFrzf94SCiqqzzH7LAzEYSOg4ZXTS3E9riJtoReJ"', values: ['tfp_05xmVxB9QglO6Vafx54wFrzf94SCiqqzzH7LAzEYSOg4ZXTS3E9riJtoReJ'] },
      { text: 'use tfp_05xmVxB9QglO6Vafx54wFrzf94SCiqqzzH7LAzEYSOg4ZXTS3E9riJtoReJ for the request', values: ['tfp_05xmVxB9QglO6Vafx54wFrzf94SCiqqzzH7LAzEYSOg4ZXTS3E9riJtoReJ'] },
    ],
    negative: [
      'TYPEFORM_TOKEN_KEY=tfp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'TYPEFORM_TOKEN_KEY=tfp_HkpjGUVCLIO1omgSWuIDyKKAxkGtByNYCn2OxpacJwfq6IgYmj0Agx12Er',
      'TYPEFORM_TOKEN_KEY=tfp_kOWLN11iRn2QohoR72eBvg9GDw8wRnp787spoHwfFdolBzF4SiiXaAUaMayS',
      'TYPEFORM_TOKEN_KEY=tfp_05xm********',
      'TYPEFORM_TOKEN_KEY=${TYPEFORM_TOKEN}',
    ],
  },
  'mapbox-secret-token': {
    positive: [
      { text: 'MAPBOX_SECRET_TOKEN_KEY="sk.eyJvIl65gPrNP1gVi2zDYyGhJMP68rXeyLLlQwZcd63CL2sXpPQ1wTjHV4HDdoU.QM9Kzz8epdMw76fo7KyRVDRpM"', values: ['sk.eyJvIl65gPrNP1gVi2zDYyGhJMP68rXeyLLlQwZcd63CL2sXpPQ1wTjHV4HDdoU.QM9Kzz8epdMw76fo7KyRVDRpM'] },
      { text: 'use sk.eyJvIl65gPrNP1gVi2zDYyGhJMP68rXeyLLlQwZcd63CL2sXpPQ1wTjHV4HDdoU.QM9Kzz8epdMw76fo7KyRVDRpM for the request', values: ['sk.eyJvIl65gPrNP1gVi2zDYyGhJMP68rXeyLLlQwZcd63CL2sXpPQ1wTjHV4HDdoU.QM9Kzz8epdMw76fo7KyRVDRpM'] },
    ],
    negative: [
      'MAPBOX_SECRET_TOKEN_KEY=sk.eyJxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxx',
      'MAPBOX_SECRET_TOKEN_KEY=sk.eyJ4SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU0LTGLCckRetqVOXCNjufOTtX4a7X.V2UdUlpswmC1Gn05LP5',
      'MAPBOX_SECRET_TOKEN_KEY=sk.eyJsxKtDVMfaN7F2NXNOasS9lgN6vx3CYnToZ8q0GsKXxKpFx01EhCy05xmVxB9.lO6Vafx54wFrzf94SCiqqzzH7LAzEYS',
      'MAPBOX_SECRET_TOKEN_KEY=sk.eyJvIl6********',
      'MAPBOX_SECRET_TOKEN_KEY=${MAPBOX_SECRET_TOKEN}',
    ],
  },
  'facebook-access-token': {
    positive: [
      { text: 'FACEBOOK_ACCESS_TOKEN_KEY="EAACEdEose0cBAOg4ZXTS3E9riJtoReJ7Sbv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByNYCn"', values: ['EAACEdEose0cBAOg4ZXTS3E9riJtoReJ7Sbv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByNYCn'] },
      { text: 'use EAACEdEose0cBAOg4ZXTS3E9riJtoReJ7Sbv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByNYCn for the request', values: ['EAACEdEose0cBAOg4ZXTS3E9riJtoReJ7Sbv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByNYCn'] },
    ],
    negative: [
      'FACEBOOK_ACCESS_TOKEN_KEY=EAACEdEose0cBAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'FACEBOOK_ACCESS_TOKEN_KEY=EAACEdEose0cBA2OxpacJwfq6IgYmj0Agx12ErYc7FkOWLN11iRn2QohoR72eBv',
      'FACEBOOK_ACCESS_TOKEN_KEY=EAACEdEose0cBAg9GDw8wRnp787spoHwfFdolBzF4SiiXaAUaMayS2VvIl65gPrNP1gVi2zDYyGhJMP68rXeyLLlQwZcd63CL2sXpPQ1wTjHV4HDdoU3rQM9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU0LTGLCckRetqVOXCNjufOTtX4a7XFfV2UdUlpswmC1Gn05LP5mNsxKtDVMfaN7F2NXNOasS9lgN6vx3CYnToZ8q0GsKXxKpFx01EhCy05xmVxB9QglO6Vafx54wFrzf94SCiqqzzH7LAzEYSOg4ZXTS3E9riJtoReJ7Sbv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByNYCn2OxpacJwfq6IgYmj0Agx12ErYc7FkOW',
      'FACEBOOK_ACCESS_TOKEN_KEY=EAACEdEose0cBAOg4Z********',
      'FACEBOOK_ACCESS_TOKEN_KEY=${FACEBOOK_ACCESS_TOKEN}',
    ],
  },
  'twitter-bearer-token': {
    positive: [
      { text: 'TWITTER_BEARER_TOKEN_KEY="AAAAAAAAAAAAAAAAAAAAAN11iRn2QohoR72eBvg9GDw8wRnp787spoHwfFdol"', values: ['AAAAAAAAAAAAAAAAAAAAAN11iRn2QohoR72eBvg9GDw8wRnp787spoHwfFdol'] },
      { text: 'use AAAAAAAAAAAAAAAAAAAAAN11iRn2QohoR72eBvg9GDw8wRnp787spoHwfFdol for the request', values: ['AAAAAAAAAAAAAAAAAAAAAN11iRn2QohoR72eBvg9GDw8wRnp787spoHwfFdol'] },
    ],
    negative: [
      'TWITTER_BEARER_TOKEN_KEY=AAAAAAAAAAAAAAAAAAAAAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'TWITTER_BEARER_TOKEN_KEY=AAAAAAAAAAAAAAAAAAAAAF4SiiXaAUaMayS2VvIl65gPrNP1gV',
      'TWITTER_BEARER_TOKEN_KEY=AAAAAAAAAAAAAAAAAAAAA2zDYyGhJMP68rXeyLLlQwZcd63CL2sXpPQ1wTjHV4HDdoU3rQM9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU0LTGLCckRetqVOXCNjufOTtX4a7XFfV2UdUlpswm',
      'TWITTER_BEARER_TOKEN_KEY=AAAAAAAAAAAAAAAAAAAAAN11i********',
      'TWITTER_BEARER_TOKEN_KEY=${TWITTER_BEARER_TOKEN}',
    ],
  },
  'prefect-api-key': {
    positive: [
      { text: 'PREFECT_API_KEY_KEY="pnu_C1Gn05LP5mNsxKtDVMfaN7F2NXNOasS9lgN6"', values: ['pnu_C1Gn05LP5mNsxKtDVMfaN7F2NXNOasS9lgN6'] },
      { text: 'use pnu_C1Gn05LP5mNsxKtDVMfaN7F2NXNOasS9lgN6 for the request', values: ['pnu_C1Gn05LP5mNsxKtDVMfaN7F2NXNOasS9lgN6'] },
    ],
    negative: [
      'PREFECT_API_KEY_KEY=pnu_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'PREFECT_API_KEY_KEY=pnu_vx3CYnToZ8q0GsKXxKpFx01EhCy05xmVxB9',
      'PREFECT_API_KEY_KEY=pnu_QglO6Vafx54wFrzf94SCiqqzzH7LAzEYSOg4Z',
      'PREFECT_API_KEY_KEY=pnu_C1Gn********',
      'PREFECT_API_KEY_KEY=${PREFECT_API_KEY}',
    ],
  },
  'readme-api-key': {
    positive: [
      { text: 'README_API_KEY_KEY="rdme_nlk6c9ztf0xkrf8kp145m5evyudlmbgei5xwskn0fb3gfa3ue0a3hobw5i2xpqf2sy7eso"', values: ['rdme_nlk6c9ztf0xkrf8kp145m5evyudlmbgei5xwskn0fb3gfa3ue0a3hobw5i2xpqf2sy7eso'] },
      { text: 'use rdme_nlk6c9ztf0xkrf8kp145m5evyudlmbgei5xwskn0fb3gfa3ue0a3hobw5i2xpqf2sy7eso for the request', values: ['rdme_nlk6c9ztf0xkrf8kp145m5evyudlmbgei5xwskn0fb3gfa3ue0a3hobw5i2xpqf2sy7eso'] },
    ],
    negative: [
      'README_API_KEY_KEY=rdme_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'README_API_KEY_KEY=rdme_wu4at255czoq8dvingh44tkx5jxtxk85ra1s9db292kxy888zyxe2sdqxvb4d6kutnpal',
      'README_API_KEY_KEY=rdme_php3k5m1ev77sizhi4smt53bo3dtfgj79znr3ggvj2pqr76bg5znyij42luem6ecrxl6zjh',
      'README_API_KEY_KEY=rdme_nlk6********',
      'README_API_KEY_KEY=${README_API_KEY}',
    ],
  },
  'adafruit-io-key': {
    positive: [
      { text: 'ADAFRUIT_IO_KEY_KEY="aio_9Kzz8epdMw76fo7KyRVDRpMeICsw"', values: ['aio_9Kzz8epdMw76fo7KyRVDRpMeICsw'] },
      { text: 'use aio_9Kzz8epdMw76fo7KyRVDRpMeICsw for the request', values: ['aio_9Kzz8epdMw76fo7KyRVDRpMeICsw'] },
    ],
    negative: [
      'ADAFRUIT_IO_KEY_KEY=aio_xxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'ADAFRUIT_IO_KEY_KEY=aio_X4SmrcssTX4P5qNcYO6NUQ2bjxu',
      'ADAFRUIT_IO_KEY_KEY=aio_poPxiU0LTGLCckRetqVOXCNjufOTt',
      'ADAFRUIT_IO_KEY_KEY=aio_9Kzz********',
      'ADAFRUIT_IO_KEY_KEY=${ADAFRUIT_IO_KEY}',
    ],
  },
  'infracost-api-key': {
    positive: [
      { text: 'INFRACOST_API_KEY_KEY="ico-X4a7XFfV2UdUlpswmC1Gn05LP5mNsxKt"', values: ['ico-X4a7XFfV2UdUlpswmC1Gn05LP5mNsxKt'] },
      { text: 'use ico-X4a7XFfV2UdUlpswmC1Gn05LP5mNsxKt for the request', values: ['ico-X4a7XFfV2UdUlpswmC1Gn05LP5mNsxKt'] },
    ],
    negative: [
      'INFRACOST_API_KEY_KEY=ico-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'INFRACOST_API_KEY_KEY=ico-DVMfaN7F2NXNOasS9lgN6vx3CYnToZ8',
      'INFRACOST_API_KEY_KEY=ico-q0GsKXxKpFx01EhCy05xmVxB9QglO6Vaf',
      'INFRACOST_API_KEY_KEY=ico-X4a7********',
      'INFRACOST_API_KEY_KEY=${INFRACOST_API_KEY}',
    ],
  },
  'hubspot-private-app-token': {
    positive: [
      { text: 'HUBSPOT_PRIVATE_APP_TOKEN_KEY="pat-na1-6886b572-98ea-3547-7b9c-a7b0ed2800fe"', values: ['pat-na1-6886b572-98ea-3547-7b9c-a7b0ed2800fe'] },
      { text: 'use pat-na1-6886b572-98ea-3547-7b9c-a7b0ed2800fe for the request', values: ['pat-na1-6886b572-98ea-3547-7b9c-a7b0ed2800fe'] },
    ],
    negative: [
      'HUBSPOT_PRIVATE_APP_TOKEN_KEY=pat-na1-00000000-0000-0000-0000-000000000000',
      'HUBSPOT_PRIVATE_APP_TOKEN_KEY=pat-na1-8b952c54-e1c9-e167-7f7c-343bffaccd7',
      'HUBSPOT_PRIVATE_APP_TOKEN_KEY=pat-na1-432ef5ca-7cca-63b5-a6d0-a48d6401c6248',
      'HUBSPOT_PRIVATE_APP_TOKEN_KEY=pat-na1-6886********',
      'HUBSPOT_PRIVATE_APP_TOKEN_KEY=${HUBSPOT_PRIVATE_APP_TOKEN}',
    ],
  },
  'launchdarkly-access-token': {
    positive: [
      { text: 'LAUNCHDARKLY_KEY="api-c20337a2-678b-5019-b3df-dd772e48e424"', values: ['api-c20337a2-678b-5019-b3df-dd772e48e424'] },
    ],
    negative: [
      'LAUNCHDARKLY_KEY=api-00000000-0000-0000-0000-000000000000',
      'LAUNCHDARKLY_KEY=api-e981a629-ba69-6e44-9995-44b62b143a7',
      'LAUNCHDARKLY_KEY=api-b8e2200a-f0d0-6e8f-6c39-82d5dd72f287a',
      'LAUNCHDARKLY_KEY=api-c203********',
      'LAUNCHDARKLY_KEY=${LAUNCHDARKLY}',
    ],
  },
  'cloudinary-url': {
    positive: [
      { text: 'CLOUDINARY_URL_KEY="cloudinary://481511299734811:wZcd63CL2sXpPQ1wTjHV4HDdoU3rQM@349rxqh287sx"', values: ['cloudinary://481511299734811:wZcd63CL2sXpPQ1wTjHV4HDdoU3rQM@349rxqh287sx'] },
      { text: 'use cloudinary://481511299734811:wZcd63CL2sXpPQ1wTjHV4HDdoU3rQM@349rxqh287sx for the request', values: ['cloudinary://481511299734811:wZcd63CL2sXpPQ1wTjHV4HDdoU3rQM@349rxqh287sx'] },
    ],
    negative: [
      'CLOUDINARY_URL_KEY=cloudinary://000000000000000:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx@xxxxxxxxxxxx',
      'CLOUDINARY_URL_KEY=cloudinary://302614107739266:sTX4P5qNcYO6NUQ2bjxupoPxiU0LTG@q',
      'CLOUDINARY_URL_KEY=cloudinary://524763230257523:4a7XFfV2UdUlpswmC1Gn05LP5mNsxK@mhsph8c5hniipzk9vsi7126boxlxo8y4d0fn2gxd2',
      'CLOUDINARY_URL_KEY=cloudinary://4815********',
      'CLOUDINARY_URL_KEY=${CLOUDINARY_URL}',
    ],
  },
  'ngrok-api-key': {
    positive: [
      { text: 'NGROK_KEY="01EhCy05xmVxB9QglO6Vafx54wF_rzf94SCiqqzzH7LAzEYSO"', values: ['01EhCy05xmVxB9QglO6Vafx54wF_rzf94SCiqqzzH7LAzEYSO'] },
    ],
    negative: [
      'NGROK_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxxxx',
      'NGROK_KEY=g4ZXTS3E9riJtoReJ7Sbv12V1Hk_pjGUVCLIO1omgSWuIDyK',
      'NGROK_KEY=KAxkGtByNYCn2OxpacJwfq6IgYm_j0Agx12ErYc7FkOWLN11iR',
      'NGROK_KEY=01Eh********',
      'NGROK_KEY=${NGROK}',
    ],
  },
  'contentful-pat': {
    positive: [
      { text: 'CONTENTFUL_PAT_KEY="CFPAT-QohoR72eBvg9GDw8wRnp787spoHwfFdolBzF4SiiXaA"', values: ['CFPAT-QohoR72eBvg9GDw8wRnp787spoHwfFdolBzF4SiiXaA'] },
      { text: 'use CFPAT-QohoR72eBvg9GDw8wRnp787spoHwfFdolBzF4SiiXaA for the request', values: ['CFPAT-QohoR72eBvg9GDw8wRnp787spoHwfFdolBzF4SiiXaA'] },
    ],
    negative: [
      'CONTENTFUL_PAT_KEY=CFPAT-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'CONTENTFUL_PAT_KEY=CFPAT-yS2VvIl65gPrNP1gVi2zDYyGhJMP68rXeyLLlQwZcd',
      'CONTENTFUL_PAT_KEY=CFPAT-CL2sXpPQ1wTjHV4HDdoU3rQM9Kzz8epdMw76fo7KyRVD',
      'CONTENTFUL_PAT_KEY=CFPAT-Qoho********',
      'CONTENTFUL_PAT_KEY=${CONTENTFUL_PAT}',
    ],
  },
  'beamer-api-key': {
    positive: [
      { text: 'BEAMER_KEY="b_rebz2n6kwyqz0ln6j7yhqoi8hlj5pu21yxi2um4gldgb"', values: ['b_rebz2n6kwyqz0ln6j7yhqoi8hlj5pu21yxi2um4gldgb'] },
    ],
    negative: [
      'BEAMER_KEY=b_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'BEAMER_KEY=b_minbiu0sil0n6p8ndsm5lrlvy02wb5dw47gi7wh02f0',
      'BEAMER_KEY=b_sph8c5hniipzk9vsi7126boxlxo8y4d0fn2gxd245ctb3',
      'BEAMER_KEY=b_rebz********',
      'BEAMER_KEY=${BEAMER}',
    ],
  },
  'npmrc-auth-token': {
    positive: [
      { text: '//registry.npmjs.org/:_authToken=Zq8vT3kWm2Lp9Xr4Hn6Bc1Yd7Gf5Js0A', values: ['Zq8vT3kWm2Lp9Xr4Hn6Bc1Yd7Gf5Js0A'] },
      { text: '//npm.pkg.github.com/:_authToken="k2Jd9QmX7pLr4TzW8vNc3Hy6Bf1Gs5Ae"', values: ['k2Jd9QmX7pLr4TzW8vNc3Hy6Bf1Gs5Ae'] },
    ],
    negative: ['//registry.npmjs.org/:_authToken=${NPM_TOKEN}', '//registry.npmjs.org/:_authToken=xxxxxxxxxxxxxxxxxxxxxxxx', '//registry.npmjs.org/:_authToken=YOUR_NPM_TOKEN_HERE'],
  },
  'datadog-api-key': {
    positive: [
      { text: 'DATADOG_KEY="c343bffaccd7432ef5ca7cca63b5a6d0"', values: ['c343bffaccd7432ef5ca7cca63b5a6d0'] },
      { text: 'datadog: c343bffaccd7432ef5ca7cca63b5a6d0', values: ['c343bffaccd7432ef5ca7cca63b5a6d0'] },
    ],
    negative: [
      'DATADOG_KEY=00000000000000000000000000000000',
      'OTHER_SETTING=\"c343bffaccd7432ef5ca7cca63b5a6d0\"',
      'DATADOG_KEY=${DATADOG}',
      'DATADOG_KEY=\"a48d6401c6248c20337a2678b5019b3\"',
    ],
  },
  'datadog-app-key': {
    positive: [
      { text: 'DATADOG_KEY="dfdd772e48e424e981a629ba696e44999544b62b"', values: ['dfdd772e48e424e981a629ba696e44999544b62b'] },
      { text: 'datadog: dfdd772e48e424e981a629ba696e44999544b62b', values: ['dfdd772e48e424e981a629ba696e44999544b62b'] },
    ],
    negative: [
      'DATADOG_KEY=0000000000000000000000000000000000000000',
      'OTHER_SETTING=\"dfdd772e48e424e981a629ba696e44999544b62b\"',
      'DATADOG_KEY=${DATADOG}',
      'DATADOG_KEY=\"143a7b8e2200af0d06e8f6c3982d5dd72f287a0\"',
    ],
  },
  'sentry-auth-token-legacy': {
    positive: [
      { text: 'SENTRY_KEY="7b2cde995017dc3e601198ac8504de76f3bf8bb14f85ed9c779141d698249c7e"', values: ['7b2cde995017dc3e601198ac8504de76f3bf8bb14f85ed9c779141d698249c7e'] },
      { text: 'sentry: 7b2cde995017dc3e601198ac8504de76f3bf8bb14f85ed9c779141d698249c7e', values: ['7b2cde995017dc3e601198ac8504de76f3bf8bb14f85ed9c779141d698249c7e'] },
    ],
    negative: [
      'SENTRY_KEY=0000000000000000000000000000000000000000000000000000000000000000',
      'OTHER_SETTING=\"7b2cde995017dc3e601198ac8504de76f3bf8bb14f85ed9c779141d698249c7e\"',
      'SENTRY_KEY=${SENTRY}',
      'SENTRY_KEY=\"fae4d1ca56f8e35155f08e84d10d9dfe8036644d62f7debca13e155fd0ad352\"',
    ],
  },
  'honeycomb-api-key': {
    positive: [
      { text: 'HONEYCOMB_KEY="OTtX4a7XFfV2UdUlpswmC1Gn05L"', values: ['OTtX4a7XFfV2UdUlpswmC1Gn05L'] },
      { text: 'honeycomb: OTtX4a7XFfV2UdUlpswmC1Gn05L', values: ['OTtX4a7XFfV2UdUlpswmC1Gn05L'] },
    ],
    negative: [
      'HONEYCOMB_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'OTHER_SETTING=\"OTtX4a7XFfV2UdUlpswmC1Gn05L\"',
      'HONEYCOMB_KEY=${HONEYCOMB}',
      'HONEYCOMB_KEY=\"P5mNsxKtDVMfaN7F2NXNO\"',
    ],
  },
  'pagerduty-api-key': {
    positive: [
      { text: 'PAGERDUTY_KEY="9lgN6vx3CYnToZ8q0GsK"', values: ['9lgN6vx3CYnToZ8q0GsK'] },
      { text: 'pagerduty: 9lgN6vx3CYnToZ8q0GsK', values: ['9lgN6vx3CYnToZ8q0GsK'] },
    ],
    negative: [
      'PAGERDUTY_KEY=xxxxxxxxxxxxxxxxxxxx',
      'OTHER_SETTING=\"9lgN6vx3CYnToZ8q0GsK\"',
      'PAGERDUTY_KEY=${PAGERDUTY}',
      'PAGERDUTY_KEY=\"01EhCy05xmVxB9QglO6\"',
    ],
  },
  'opsgenie-api-key': {
    positive: [
      { text: 'OPSGENIE_KEY="f026886b-5729-8ea3-5477-b9ca7b0ed280"', values: ['f026886b-5729-8ea3-5477-b9ca7b0ed280'] },
      { text: 'opsgenie: f026886b-5729-8ea3-5477-b9ca7b0ed280', values: ['f026886b-5729-8ea3-5477-b9ca7b0ed280'] },
    ],
    negative: [
      'OPSGENIE_KEY=00000000-0000-0000-0000-000000000000',
      'OTHER_SETTING=\"f026886b-5729-8ea3-5477-b9ca7b0ed280\"',
      'OPSGENIE_KEY=${OPSGENIE}',
      'OPSGENIE_KEY=\"0fe8b952-c54e-1c9e-1677-f7c343bffac\"',
    ],
  },
  'algolia-admin-key': {
    positive: [
      { text: 'ALGOLIA_KEY="cd7432ef5ca7cca63b5a6d0a48d6401c"', values: ['cd7432ef5ca7cca63b5a6d0a48d6401c'] },
      { text: 'algolia: cd7432ef5ca7cca63b5a6d0a48d6401c', values: ['cd7432ef5ca7cca63b5a6d0a48d6401c'] },
    ],
    negative: [
      'ALGOLIA_KEY=00000000000000000000000000000000',
      'OTHER_SETTING=\"cd7432ef5ca7cca63b5a6d0a48d6401c\"',
      'ALGOLIA_KEY=${ALGOLIA}',
      'ALGOLIA_KEY=\"6248c20337a2678b5019b3dfdd772e4\"',
    ],
  },
  'contentful-delivery-token': {
    positive: [
      { text: 'CONTENTFUL_KEY="ohoR72eBvg9GDw8wRnp787spoHwfFdolBzF4SiiXaAU"', values: ['ohoR72eBvg9GDw8wRnp787spoHwfFdolBzF4SiiXaAU'] },
      { text: 'contentful: ohoR72eBvg9GDw8wRnp787spoHwfFdolBzF4SiiXaAU', values: ['ohoR72eBvg9GDw8wRnp787spoHwfFdolBzF4SiiXaAU'] },
    ],
    negative: [
      'CONTENTFUL_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'OTHER_SETTING=\"ohoR72eBvg9GDw8wRnp787spoHwfFdolBzF4SiiXaAU\"',
      'CONTENTFUL_KEY=${CONTENTFUL}',
      'CONTENTFUL_KEY=\"S2VvIl65gPrNP1gVi2zDYyGhJMP68rXeyLLlQwZcd6\"',
    ],
  },
  'okta-api-token': {
    positive: [
      { text: 'OKTA_KEY="00L2sXpPQ1wTjHV4HDdoU3rQM9Kzz8epdMw76fo7Ky"', values: ['00L2sXpPQ1wTjHV4HDdoU3rQM9Kzz8epdMw76fo7Ky'] },
      { text: 'okta: 00L2sXpPQ1wTjHV4HDdoU3rQM9Kzz8epdMw76fo7Ky', values: ['00L2sXpPQ1wTjHV4HDdoU3rQM9Kzz8epdMw76fo7Ky'] },
    ],
    negative: [
      'OKTA_KEY=00xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'OTHER_SETTING=\"00L2sXpPQ1wTjHV4HDdoU3rQM9Kzz8epdMw76fo7Ky\"',
      'OKTA_KEY=${OKTA}',
      'OKTA_KEY=\"00pMeICswX4SmrcssTX4P5qNcYO6NUQ2bjxupoPxi\"',
    ],
  },
  'auth0-client-secret': {
    positive: [
      { text: 'AUTH0_KEY="LTGLCckRetqVOXCNjufOTtX4a7XFfV2UdUlpswmC1Gn05LP5mNsxKtDVMfaN7F2N"', values: ['LTGLCckRetqVOXCNjufOTtX4a7XFfV2UdUlpswmC1Gn05LP5mNsxKtDVMfaN7F2N'] },
      { text: 'auth0: LTGLCckRetqVOXCNjufOTtX4a7XFfV2UdUlpswmC1Gn05LP5mNsxKtDVMfaN7F2N', values: ['LTGLCckRetqVOXCNjufOTtX4a7XFfV2UdUlpswmC1Gn05LP5mNsxKtDVMfaN7F2N'] },
    ],
    negative: [
      'AUTH0_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'OTHER_SETTING=\"LTGLCckRetqVOXCNjufOTtX4a7XFfV2UdUlpswmC1Gn05LP5mNsxKtDVMfaN7F2N\"',
      'AUTH0_KEY=${AUTH0}',
      'AUTH0_KEY=\"sS9lgN6vx3CYnToZ8q0GsKXxKpFx01EhCy05xmVxB9QglO6Vafx54wFrzf94SCi\"',
    ],
  },
  'airtable-pat': {
    positive: [
      { text: 'AIRTABLE_KEY="patqqzzH7LAzEYSOg.800fe8b952c54e1c9e1677f7c343bffaccd7432ef5ca7cca63b5a6d0a48d6401"', values: ['patqqzzH7LAzEYSOg.800fe8b952c54e1c9e1677f7c343bffaccd7432ef5ca7cca63b5a6d0a48d6401'] },
      { text: 'airtable: patqqzzH7LAzEYSOg.800fe8b952c54e1c9e1677f7c343bffaccd7432ef5ca7cca63b5a6d0a48d6401', values: ['patqqzzH7LAzEYSOg.800fe8b952c54e1c9e1677f7c343bffaccd7432ef5ca7cca63b5a6d0a48d6401'] },
    ],
    negative: [
      'AIRTABLE_KEY=patxxxxxxxxxxxxxx.0000000000000000000000000000000000000000000000000000000000000000',
      'OTHER_SETTING=\"patqqzzH7LAzEYSOg.800fe8b952c54e1c9e1677f7c343bffaccd7432ef5ca7cca63b5a6d0a48d6401\"',
      'AIRTABLE_KEY=${AIRTABLE}',
      'AIRTABLE_KEY=\"patJwfq6IgYmj0Agx.78b5019b3dfdd772e48e424e981a629ba696e44999544b62b143a7b8e2200af\"',
    ],
  },
  'asana-pat': {
    positive: [
      { text: 'ASANA_KEY="4/24838371599527:dd72f287a07b2cde995017dc3e601198"', values: ['4/24838371599527:dd72f287a07b2cde995017dc3e601198'] },
      { text: 'asana: 4/24838371599527:dd72f287a07b2cde995017dc3e601198', values: ['4/24838371599527:dd72f287a07b2cde995017dc3e601198'] },
    ],
    negative: [
      'ASANA_KEY=0/00000000000000:00000000000000000000000000000000',
      'OTHER_SETTING=\"4/24838371599527:dd72f287a07b2cde995017dc3e601198\"',
      'ASANA_KEY=${ASANA}',
      'ASANA_KEY=\"0/18736228735139:bb14f85ed9c779141d698249c7efae4\"',
    ],
  },
  'trello-api-token': {
    positive: [
      { text: 'TRELLO_KEY="MeICswX4SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU0LTGLCckRetqVOXCNjufOTtX4"', values: ['MeICswX4SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU0LTGLCckRetqVOXCNjufOTtX4'] },
      { text: 'trello: MeICswX4SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU0LTGLCckRetqVOXCNjufOTtX4', values: ['MeICswX4SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU0LTGLCckRetqVOXCNjufOTtX4'] },
    ],
    negative: [
      'TRELLO_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'OTHER_SETTING=\"MeICswX4SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU0LTGLCckRetqVOXCNjufOTtX4\"',
      'TRELLO_KEY=${TRELLO}',
      'TRELLO_KEY=\"a7XFfV2UdUlpswmC1Gn05LP5mNsxKtDVMfaN7F2NXNOasS9lgN6vx3CYnToZ8q0\"',
    ],
  },
  'monday-api-token': {
    positive: [
      { text: 'MONDAY_KEY="eyJXxKpFx01EhCy05xmVxB9QglO6Vafx54wFrzf94SCiqqzzH7LAzEYSOg4ZXTS3E9riJtoReJ7Sbv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByN"', values: ['eyJXxKpFx01EhCy05xmVxB9QglO6Vafx54wFrzf94SCiqqzzH7LAzEYSOg4ZXTS3E9riJtoReJ7Sbv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByN'] },
      { text: 'monday: eyJXxKpFx01EhCy05xmVxB9QglO6Vafx54wFrzf94SCiqqzzH7LAzEYSOg4ZXTS3E9riJtoReJ7Sbv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByN', values: ['eyJXxKpFx01EhCy05xmVxB9QglO6Vafx54wFrzf94SCiqqzzH7LAzEYSOg4ZXTS3E9riJtoReJ7Sbv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByN'] },
    ],
    negative: [
      'MONDAY_KEY=eyJxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'OTHER_SETTING=\"eyJXxKpFx01EhCy05xmVxB9QglO6Vafx54wFrzf94SCiqqzzH7LAzEYSOg4ZXTS3E9riJtoReJ7Sbv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByN\"',
      'MONDAY_KEY=${MONDAY}',
      'MONDAY_KEY=\"eyJpacJwfq6IgYmj0Agx12ErYc7FkOWLN11iRn2QohoR72eBvg9GDw8wRnp787spoHwfFdolBzF4SiiXaAUaMayS2VvIl65gPrNP1g\"',
    ],
  },
  'facebook-app-secret': {
    positive: [
      { text: 'FACEBOOK_KEY="f287a07b2cde995017dc3e601198ac85"', values: ['f287a07b2cde995017dc3e601198ac85'] },
      { text: 'facebook: f287a07b2cde995017dc3e601198ac85', values: ['f287a07b2cde995017dc3e601198ac85'] },
    ],
    negative: [
      'FACEBOOK_KEY=00000000000000000000000000000000',
      'OTHER_SETTING=\"f287a07b2cde995017dc3e601198ac85\"',
      'FACEBOOK_KEY=${FACEBOOK}',
      'FACEBOOK_KEY=\"04de76f3bf8bb14f85ed9c779141d69\"',
    ],
  },
  'twitter-api-secret': {
    positive: [
      { text: 'TWITTER_KEY="6fo7KyRVDRpMeICswX4SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU"', values: ['6fo7KyRVDRpMeICswX4SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU'] },
      { text: 'twitter: 6fo7KyRVDRpMeICswX4SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU', values: ['6fo7KyRVDRpMeICswX4SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU'] },
    ],
    negative: [
      'TWITTER_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'OTHER_SETTING=\"6fo7KyRVDRpMeICswX4SmrcssTX4P5qNcYO6NUQ2bjxupoPxiU\"',
      'TWITTER_KEY=${TWITTER}',
      'TWITTER_KEY=\"0LTGLCckRetqVOXCNjufOTtX4a7XFfV2UdUlpswmC1Gn05LP5\"',
    ],
  },
  'linkedin-client-secret': {
    positive: [
      { text: 'LINKEDIN_KEY="mNsxKtDVMfaN7F2N"', values: ['mNsxKtDVMfaN7F2N'] },
      { text: 'linkedin: mNsxKtDVMfaN7F2N', values: ['mNsxKtDVMfaN7F2N'] },
    ],
    negative: [
      'LINKEDIN_KEY=xxxxxxxxxxxxxxxx',
      'OTHER_SETTING=\"mNsxKtDVMfaN7F2N\"',
      'LINKEDIN_KEY=${LINKEDIN}',
      'LINKEDIN_KEY=\"XNOasS9lgN6vx3C\"',
    ],
  },
  'spotify-client-secret': {
    positive: [
      { text: 'SPOTIFY_KEY="04f40947b5c06c4b677b2a67864f6a9e"', values: ['04f40947b5c06c4b677b2a67864f6a9e'] },
      { text: 'spotify: 04f40947b5c06c4b677b2a67864f6a9e', values: ['04f40947b5c06c4b677b2a67864f6a9e'] },
    ],
    negative: [
      'SPOTIFY_KEY=00000000000000000000000000000000',
      'OTHER_SETTING=\"04f40947b5c06c4b677b2a67864f6a9e\"',
      'SPOTIFY_KEY=${SPOTIFY}',
      'SPOTIFY_KEY=\"23d9f026886b57298ea35477b9ca7b0\"',
    ],
  },
  'dropbox-app-secret': {
    positive: [
      { text: 'DROPBOX_KEY="g4ZXTS3E9riAAAAAAAAAAoReJ7Sbv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByN"', values: ['g4ZXTS3E9riAAAAAAAAAAoReJ7Sbv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByN'] },
      { text: 'dropbox: g4ZXTS3E9riAAAAAAAAAAoReJ7Sbv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByN', values: ['g4ZXTS3E9riAAAAAAAAAAoReJ7Sbv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByN'] },
    ],
    negative: [
      'DROPBOX_KEY=xxxxxxxxxxxAAAAAAAAAAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'OTHER_SETTING=\"g4ZXTS3E9riAAAAAAAAAAoReJ7Sbv12V1HkpjGUVCLIO1omgSWuIDyKKAxkGtByN\"',
      'DROPBOX_KEY=${DROPBOX}',
      'DROPBOX_KEY=\"pacJwfq6IgYAAAAAAAAAA0Agx12ErYc7FkOWLN11iRn2QohoR72eBvg9GDw8wRn\"',
    ],
  },
  'mapbox-public-token-secret': {
    positive: [
      { text: 'MAPBOX_KEY="pk.eyJ87spoHwfFdolBzF4SiiXaAUaMayS2VvIl65gPrNP1gVi2zDYyGhJMP68rXey.lQwZcd63CL2sXpPQ1wTjHV4HD"', values: ['pk.eyJ87spoHwfFdolBzF4SiiXaAUaMayS2VvIl65gPrNP1gVi2zDYyGhJMP68rXey.lQwZcd63CL2sXpPQ1wTjHV4HD'] },
      { text: 'mapbox: pk.eyJ87spoHwfFdolBzF4SiiXaAUaMayS2VvIl65gPrNP1gVi2zDYyGhJMP68rXey.lQwZcd63CL2sXpPQ1wTjHV4HD', values: ['pk.eyJ87spoHwfFdolBzF4SiiXaAUaMayS2VvIl65gPrNP1gVi2zDYyGhJMP68rXey.lQwZcd63CL2sXpPQ1wTjHV4HD'] },
    ],
    negative: [
      'MAPBOX_KEY=pk.eyJxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxx',
      'OTHER_SETTING=\"pk.eyJ87spoHwfFdolBzF4SiiXaAUaMayS2VvIl65gPrNP1gVi2zDYyGhJMP68rXey.lQwZcd63CL2sXpPQ1wTjHV4HD\"',
      'MAPBOX_KEY=${MAPBOX}',
      'MAPBOX_KEY=\"pk.eyJM9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX4P5qNcYO6NUQ2bjxupoPx.0LTGLCckRetqVOXCNju\"',
    ],
  },
  'segment-write-key': {
    positive: [
      { text: 'SEGMENT_WRITE_KEY_KEY="fOTtX4a7XFfV2UdUlpswmC1Gn05LP5mN"', values: ['fOTtX4a7XFfV2UdUlpswmC1Gn05LP5mN'] },
      { text: 'segment_write_key: fOTtX4a7XFfV2UdUlpswmC1Gn05LP5mN', values: ['fOTtX4a7XFfV2UdUlpswmC1Gn05LP5mN'] },
    ],
    negative: [
      'SEGMENT_WRITE_KEY_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'OTHER_SETTING=\"fOTtX4a7XFfV2UdUlpswmC1Gn05LP5mN\"',
      'SEGMENT_WRITE_KEY_KEY=${SEGMENT_WRITE_KEY}',
      'SEGMENT_WRITE_KEY_KEY=\"sxKtDVMfaN7F2NXNOasS9lgN6vx3CYn\"',
    ],
  },
  'mixpanel-api-secret': {
    positive: [
      { text: 'MIXPANEL_KEY="f40947b5c06c4b677b2a67864f6a9e23"', values: ['f40947b5c06c4b677b2a67864f6a9e23'] },
      { text: 'mixpanel: f40947b5c06c4b677b2a67864f6a9e23', values: ['f40947b5c06c4b677b2a67864f6a9e23'] },
    ],
    negative: [
      'MIXPANEL_KEY=00000000000000000000000000000000',
      'OTHER_SETTING=\"f40947b5c06c4b677b2a67864f6a9e23\"',
      'MIXPANEL_KEY=${MIXPANEL}',
      'MIXPANEL_KEY=\"d9f026886b57298ea35477b9ca7b0ed\"',
    ],
  },
  'bugsnag-api-key': {
    positive: [
      { text: 'BUGSNAG_KEY="2800fe8b952c54e1c9e1677f7c343bff"', values: ['2800fe8b952c54e1c9e1677f7c343bff'] },
      { text: 'bugsnag: 2800fe8b952c54e1c9e1677f7c343bff', values: ['2800fe8b952c54e1c9e1677f7c343bff'] },
    ],
    negative: [
      'BUGSNAG_KEY=00000000000000000000000000000000',
      'OTHER_SETTING=\"2800fe8b952c54e1c9e1677f7c343bff\"',
      'BUGSNAG_KEY=${BUGSNAG}',
      'BUGSNAG_KEY=\"accd7432ef5ca7cca63b5a6d0a48d64\"',
    ],
  },
  'rollbar-access-token': {
    positive: [
      { text: 'ROLLBAR_KEY="01c6248c20337a2678b5019b3dfdd772"', values: ['01c6248c20337a2678b5019b3dfdd772'] },
      { text: 'rollbar: 01c6248c20337a2678b5019b3dfdd772', values: ['01c6248c20337a2678b5019b3dfdd772'] },
    ],
    negative: [
      'ROLLBAR_KEY=00000000000000000000000000000000',
      'OTHER_SETTING=\"01c6248c20337a2678b5019b3dfdd772\"',
      'ROLLBAR_KEY=${ROLLBAR}',
      'ROLLBAR_KEY=\"e48e424e981a629ba696e44999544b6\"',
    ],
  },
  'logzio-token': {
    positive: [
      { text: 'LOGZIO_KEY="aEYifBrEuPdcTWARVKVqPuSnHfwvbMkL"', values: ['aEYifBrEuPdcTWARVKVqPuSnHfwvbMkL'] },
      { text: 'logzio: aEYifBrEuPdcTWARVKVqPuSnHfwvbMkL', values: ['aEYifBrEuPdcTWARVKVqPuSnHfwvbMkL'] },
    ],
    negative: [
      'LOGZIO_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'OTHER_SETTING=\"aEYifBrEuPdcTWARVKVqPuSnHfwvbMkL\"',
      'LOGZIO_KEY=${LOGZIO}',
      'LOGZIO_KEY=\"MsbSctqCUqFcIKNwzkTZqJJfNoVYYwu\"',
    ],
  },
  'sumologic-access-key': {
    positive: [
      { text: 'SUMO_KEY="CL2sXpPQ1wTjHV4HDdoU3rQM9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX4P"', values: ['CL2sXpPQ1wTjHV4HDdoU3rQM9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX4P'] },
      { text: 'sumo: CL2sXpPQ1wTjHV4HDdoU3rQM9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX4P', values: ['CL2sXpPQ1wTjHV4HDdoU3rQM9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX4P'] },
    ],
    negative: [
      'SUMO_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'OTHER_SETTING=\"CL2sXpPQ1wTjHV4HDdoU3rQM9Kzz8epdMw76fo7KyRVDRpMeICswX4SmrcssTX4P\"',
      'SUMO_KEY=${SUMO}',
      'SUMO_KEY=\"5qNcYO6NUQ2bjxupoPxiU0LTGLCckRetqVOXCNjufOTtX4a7XFfV2UdUlpswmC1\"',
    ],
  },
  'newrelic-api-key-legacy': {
    positive: [
      { text: 'NEWRELIC_KEY="b478cd83d56c5afd20d9b8d0dd05e932d9668a04f40947b"', values: ['b478cd83d56c5afd20d9b8d0dd05e932d9668a04f40947b'] },
      { text: 'newrelic: b478cd83d56c5afd20d9b8d0dd05e932d9668a04f40947b', values: ['b478cd83d56c5afd20d9b8d0dd05e932d9668a04f40947b'] },
    ],
    negative: [
      'NEWRELIC_KEY=00000000000000000000000000000000000000000000000',
      'OTHER_SETTING=\"b478cd83d56c5afd20d9b8d0dd05e932d9668a04f40947b\"',
      'NEWRELIC_KEY=${NEWRELIC}',
      'NEWRELIC_KEY=\"5c06c4b677b2a67864f6a9e23d9f026886b57298ea3547\"',
    ],
  },
  'shortcut-api-token': {
    positive: [
      { text: 'SHORTCUT_KEY="7b9ca7b0-ed28-00fe-8b95-2c54e1c9e167"', values: ['7b9ca7b0-ed28-00fe-8b95-2c54e1c9e167'] },
      { text: 'shortcut: 7b9ca7b0-ed28-00fe-8b95-2c54e1c9e167', values: ['7b9ca7b0-ed28-00fe-8b95-2c54e1c9e167'] },
    ],
    negative: [
      'SHORTCUT_KEY=00000000-0000-0000-0000-000000000000',
      'OTHER_SETTING=\"7b9ca7b0-ed28-00fe-8b95-2c54e1c9e167\"',
      'SHORTCUT_KEY=${SHORTCUT}',
      'SHORTCUT_KEY=\"7f7c343b-ffac-cd74-32ef-5ca7cca63b5\"',
    ],
  },
  'circleci-token-legacy': {
    positive: [
      { text: 'CIRCLECI_KEY="a6d0a48d6401c6248c20337a2678b5019b3dfdd7"', values: ['a6d0a48d6401c6248c20337a2678b5019b3dfdd7'] },
      { text: 'circleci: a6d0a48d6401c6248c20337a2678b5019b3dfdd7', values: ['a6d0a48d6401c6248c20337a2678b5019b3dfdd7'] },
    ],
    negative: [
      'CIRCLECI_KEY=0000000000000000000000000000000000000000',
      'OTHER_SETTING=\"a6d0a48d6401c6248c20337a2678b5019b3dfdd7\"',
      'CIRCLECI_KEY=${CIRCLECI}',
      'CIRCLECI_KEY=\"72e48e424e981a629ba696e44999544b62b143a\"',
    ],
  },
};
