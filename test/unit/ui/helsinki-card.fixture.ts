import type { EntityCard } from '../../../src/core/card-types.ts';
import type { Entity, Source } from '../../../src/core/dataset-schema.ts';

const levadaText =
  'The number who view the nation negatively dropped significantly from nearly 70 percent to 42 percent. ' +
  'It also noted that 29 percent felt the Helsinki summit had improved relations, while only four percent felt it had worsened them. ' +
  'President Trump said: “I don’t see any reason why it would be Russia.” ' +
  'Someone wrote: “Russians are tired of the policy of confrontation.”';
const vtsiomText =
  'Forty-eight percent of Russians expected relations to stay the same, while 38 percent said they were optimistic.';

const at = (text: string, s: string): [number, number] => {
  const i = text.indexOf(s);
  if (i < 0) throw new Error(`fixture text lacks ${s}`);
  return [i, i + s.length];
};

const express: Source = { id: 'src-express', title: 'Russia’s approval of US SKYROCKETS', publisher: 'Express', published: '2018-08-02', language: 'en', translated: false, text: levadaText };
const moscowTimes: Source = { id: 'src-mt', title: 'Russians Pessimistic About U.S. Ties', publisher: 'The Moscow Times', published: '2018-07-23', language: 'en', translated: false, text: vtsiomText };

const summit: Entity = { id: 'helsinki-summit', kind: 'event', name: 'Helsinki summit', aliases: ['Helsinki summit'], description: 'Meeting of Donald Trump and Vladimir Putin in Helsinki.', date: '2018-07-16' };
const levada: Entity = { id: 'levada', kind: 'organization', name: 'Levada Centre', aliases: ['Levada'], description: 'Independent Russian pollster.' };
const vtsiom: Entity = { id: 'vtsiom', kind: 'organization', name: 'VTsIOM', aliases: ['VTsIOM'], description: 'State-run Russian pollster.' };
const trump: Entity = { id: 'trump', kind: 'person', name: 'Donald Trump', aliases: ['Trump'], description: '', role: 'President of the United States' };

const [s70, e70] = at(levadaText, 'nearly 70 percent to 42 percent');
const [s29, e29] = at(levadaText, '29 percent');
const [s4, e4] = at(levadaText, 'four percent');
const [s48, e48] = at(vtsiomText, 'Forty-eight percent');
const [s38, e38] = at(vtsiomText, '38 percent');
const q1 = '“I don’t see any reason why it would be Russia.”';
const [qs, qe] = at(levadaText, q1);
const q2 = '“Russians are tired of the policy of confrontation.”';
const [us, ue] = at(levadaText, q2);

/** The Helsinki summit as lookup would return it from the first two seed articles (trimmed). */
export const helsinkiCard: EntityCard = {
  entity: summit,
  polls: [
    {
      poll: {
        id: 'poll-levada', pollsterId: 'levada', sourceId: express.id, fieldworkStart: '2018-07-19', fieldworkEnd: '2018-07-25',
        sampleSize: 1600, method: 'face-to-face interviews at home', topicIds: ['helsinki-summit'],
        figures: [
          { label: 'Negative view of the US', value: 42, previous: 70, unit: 'percent', question: '', start: s70, end: e70 },
          { label: 'Summit improved relations', value: 29, unit: 'percent', question: '', start: s29, end: e29 },
          { label: 'Summit worsened relations', value: 4, unit: 'percent', question: '', start: s4, end: e4 },
        ],
      },
      pollster: levada, source: express, relation: 'about',
    },
    {
      poll: {
        id: 'poll-vtsiom', pollsterId: 'vtsiom', sourceId: moscowTimes.id, fieldworkStart: '2018-07-18', fieldworkEnd: '2018-07-18',
        sampleSize: null, method: null, topicIds: ['helsinki-summit'],
        figures: [
          { label: 'Relations will stay the same', value: 48, unit: 'percent', question: 'How will relations change?', start: s48, end: e48 },
          { label: 'Optimistic about improved relations', value: 38, unit: 'percent', question: 'How will relations change?', start: s38, end: e38 },
        ],
      },
      pollster: vtsiom, source: moscowTimes, relation: 'about',
    },
  ],
  quotes: [
    { quote: { id: 'q1', speakerId: 'trump', text: q1, sourceId: express.id, start: qs, end: qe, topicIds: ['helsinki-summit'], date: '2018-07-16' }, speaker: trump, source: express, relation: 'about' },
    { quote: { id: 'q2', speakerId: null, text: q2, sourceId: express.id, start: us, end: ue, topicIds: ['helsinki-summit'] }, speaker: null, source: express, relation: 'about' },
  ],
};
