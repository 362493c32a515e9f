import type { DetectorExamples } from '../../types';

export const examples: Readonly<Record<string, DetectorExamples>> = {
  'person-name': {
    positive: [
      { text: 'Anna Schmidt hat angerufen.', values: ['Anna Schmidt'] },
      { text: 'Sehr geehrter Herr Yılmaz, anbei die Unterlagen.', values: ['Yılmaz'] },
      { text: 'Viele Grüße\nAyşe Demir', values: ['Ayşe Demir'] },
      { text: 'Ludwig van Beethoven und Łukasz Nowak', values: ['Ludwig van Beethoven', 'Łukasz Nowak'] },
      { text: 'Hi Carlos, the build is green.', values: ['Carlos'] },
      { text: 'Dear Mrs. Okafor,', values: ['Okafor'] },
    ],
    negative: ['Herr der Ringe', 'Frau Holle schüttelt die Betten.', 'Die Bank hat zwei Mark verlangt.', 'Hallo Team, Hallo zusammen', 'class JsonParser extends BaseParser {}', 'in Paris'],
  },
  'person-in-context': {
    positive: [
      { text: 'Name: Zeynep', values: ['Zeynep'] },
      { text: 'Prof. Dr. Hartmann liest.', values: ['Hartmann'] },
      { text: 'Ich habe mit Mehmet gesprochen.', values: ['Mehmet'] },
      { text: 'Thanks,\nEmily', values: ['Emily'] },
      { text: 'Mrs. Okafor will join.', values: ['Okafor'] },
    ],
    negative: ['name: string', 'Kunde: Die Firma', 'Thanks,\nThe Team', 'mit Paris telefoniert'],
  },
};
