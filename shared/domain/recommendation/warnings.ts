/** Warnings the advice carries, as data: when each applies and what it says. */
import type { Condition } from './conditions';
import type { Approach } from './facts';

export const WARNING_CODES = [
  'motief_onbekend',
  'aansprakelijkheid_open',
  'klic_melding',
  'vog_nodig',
  'regulier_beheer',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

export interface WarningRule {
  code: WarningCode;
  /** Must hold for the warning to be raised at all. */
  requires?: Condition;
  when: Condition;
  /** Also raised, when `requires` holds, if this approach is advised (motief_onbekend when stimulating). */
  orAdvised?: Approach;
  text: { nl: string; en: string };
  source: string;
}

export const WARNINGS: readonly WarningRule[] = [
  {
    code: 'motief_onbekend',
    requires: { fact: 'residentsMotiveKnown', is: false },
    when: { fact: 'origin', in: ['corporatie', 'partner'] },
    orAdvised: 'stimuleren',
    text: {
      nl:
        'Het eigen motief van bewoners is onbekend. Vraag eerst wat zij willen, anders "wordt de eigen ' +
        'teleurstelling georganiseerd".',
      en: 'Residents\' own motive is unknown. Ask what they want first, or "one\'s own disappointment is organised".',
    },
    source: '004 §4',
  },
  {
    code: 'aansprakelijkheid_open',
    when: {
      all: [
        { fact: 'risks', empty: false },
        { fact: 'agreementsInPlace', is: false },
      ],
    },
    text: {
      nl:
        "Er zijn risico's maar nog geen getekende vrijwilligersovereenkomsten en bevestigde verzekering. Regel " +
        'die vóór het werk begint.',
      en:
        'There are risks but no signed volunteer agreements and confirmed insurance yet. Arrange them before work ' +
        'starts.',
    },
    source: "004 §5 Gevreesde veiligheidsrisico's en aansprakelijkheid",
  },
  {
    code: 'klic_melding',
    when: { fact: 'risks', includes: ['graafwerk'] },
    text: {
      nl: 'Graafwerk: doe vooraf een KLIC-melding (kabels en leidingen).',
      en: 'Digging: file a KLIC report (cables and pipes) beforehand.',
    },
    source: 'domain.md, Liability and insurance',
  },
  {
    code: 'vog_nodig',
    when: { fact: 'risks', includes: ['kwetsbare_personen'] },
    text: {
      nl:
        'Er zijn kwetsbare personen bij betrokken: vraag een (gratis) VOG voor de vrijwilligers en vernieuw die ' +
        'elke drie jaar.',
      en: 'Vulnerable people are involved: ask for a (free) VOG for the volunteers and renew it every three years.',
    },
    source: 'domain.md, Liability and insurance',
  },
  {
    code: 'regulier_beheer',
    when: {
      all: [
        { fact: 'origin', in: ['corporatie'] },
        { fact: 'ownership', in: ['geen_eigenaar'] },
      ],
    },
    text: {
      nl:
        'De corporatie jaagt dit aan bij bewoners die zich geen eigenaar voelen ("ik betaal ervoor dus jullie ' +
        'moeten het doen"). Bedien hen op de reguliere manier; een bijzondere aanpak is hier twijfelachtig.',
      en:
        'The corporation drives this among residents who feel no ownership ("I pay for it so you must do it"). ' +
        'Serve them the regular way; a special approach is doubtful here.',
    },
    source: '004 §3, §4 Focus op controle en systemen',
  },
];
