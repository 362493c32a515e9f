import type { DetectorExamples } from '../../types';

export const examples: Readonly<Record<string, DetectorExamples>> = {
  'confidential-marker': {
    positive: [
      { text: "CONFIDENTIAL - DO NOT DISTRIBUTE\n\nPostmortem", values: ["CONFIDENTIAL - DO NOT DISTRIBUTE"] },
      { text: "   CONFIDENTIAL – HR USE ONLY\n", values: ["CONFIDENTIAL – HR USE ONLY"] },
      { text: 'VERTRAULICH\n\nProtokoll der Vorstandssitzung vom 3. März', values: ['VERTRAULICH'] },
      { text: 'Streng vertraulich – nur für die Geschäftsführung\nUmsatzplanung 2025', values: ['Streng vertraulich'] },
      { text: 'Seite 2 von 7 | Nur für den internen Gebrauch', values: ['Nur für den internen Gebrauch'] },
      { text: 'Betreff: Lagebild Q3 (VS-NfD)', values: ['VS-NfD'] },
      { text: 'VS-NUR FÜR DEN DIENSTGEBRAUCH\nAktenzeichen 12-345', values: ['VS-NUR FÜR DEN DIENSTGEBRAUCH'] },
      { text: '[CONFIDENTIAL] Q3 revenue forecast', values: ['CONFIDENTIAL'] },
      { text: '**STRICTLY CONFIDENTIAL**\nProject roadmap', values: ['STRICTLY CONFIDENTIAL'] },
      { text: 'Acme Corp. – Internal use only – do not forward', values: ['Internal use only'] },
      { text: '# Company Confidential\n\nPricing model', values: ['Company Confidential'] },
      { text: 'This deck is CONFIDENTIAL and for board members.', values: ['CONFIDENTIAL'] },
      { text: 'PRIVILEGED & CONFIDENTIAL\nAttorney-client communication', values: ['PRIVILEGED & CONFIDENTIAL'] },
      { text: 'Nur für interne Zwecke\n\nPreisliste 2025', values: ['Nur für interne Zwecke'] },
    ],
    negative: [
      'please keep this confidential between us',
      'Bitte behandle das vertraulich, danke!',
      'Wir haben vertrauliche Informationen ausgetauscht.',
      'The confidential flag controls whether the client secret is required.',
      'if (doc.level === Level.CONFIDENTIAL) redact(doc);',
      "const labels = ['CONFIDENTIAL', 'PUBLIC'];",
      'CONFIDENTIAL_CLIENT = true',
      'Das ist doch kein Geheimnis, oder?',
      'The internal use only matters for the build step.',
    ],
  },
  'classification-level': {
    positive: [
      { text: "Protokoll (Klassifizierung: INTERN – VERTRAULICH)", values: ["INTERN – VERTRAULICH"] },
      { text: 'Klassifizierung: Intern', values: ['Intern'] },
      { text: 'sensitivity: restricted', values: ['restricted'] },
      { text: 'Classification: Confidential', values: ['Confidential'] },
    ],
    negative: ['Classification: Public', 'the classification of intern applications', 'Einstufung: öffentlich'],
  },
  'tlp-marker': {
    positive: [
      { text: 'TLP:AMBER\nIndicators of compromise, campaign 2024-11', values: ['TLP:AMBER'] },
      { text: 'Verteiler: CERT intern (TLP: RED)', values: ['TLP: RED'] },
      { text: 'Classification TLP:AMBER+STRICT – recipients only', values: ['TLP:AMBER+STRICT'] },
    ],
    negative: ['TLP:GREEN – share within the community', 'TLP:CLEAR', 'the tlp module renders amber and red lights', 'XTLP:REDIS'],
  },
};
