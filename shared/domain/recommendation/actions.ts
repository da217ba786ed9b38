/**
 * Suggested next steps: the success factors the study lists per practice type (the "Succesfactoren" boxes of
 * bijlage 1) and per approach.
 */
import type { Approach, PracticeType } from './facts';

export interface ActionText {
  id: string;
  nl: string;
  en: string;
}

export const ACTIONS_BY_APPROACH: Record<Approach, readonly ActionText[]> = {
  faciliteren: [
    {
      id: 'kleine_middelen',
      nl: 'Faciliteer met kleine middelen: een tuinslang, stofzuiger of sneeuwschuiver, een klein bedrag.',
      en: 'Facilitate with small means: a garden hose, vacuum cleaner or snow shovel, a small amount.',
    },
    {
      id: 'eigen_initiatief_belonen',
      nl: 'Beloon eigen initiatief en laat bewoners schitteren.',
      en: 'Reward own initiative and let residents shine.',
    },
    {
      id: 'alleen_advies',
      nl: 'Geef alleen advies, bepaal niet; leg geen restricties op bij eigen ideeën.',
      en: "Only give advice, do not decide; impose no restrictions on residents' own ideas.",
    },
  ],
  coproduceren: [
    {
      id: 'afspraken_verantwoordelijkheden',
      nl: 'Maak schriftelijke afspraken over wie waarvoor verantwoordelijk is.',
      en: 'Put in writing who is responsible for what.',
    },
    {
      id: 'win_win',
      nl: 'Zoek de win-winsituatie: voor wat hoort wat, beloning in plaats van straf.',
      en: 'Look for the win-win: one good turn deserves another, reward instead of punishment.',
    },
    {
      id: 'vrijwilligerscontract',
      nl: 'Leg het vast in een vrijwilligerscontract (waardering, verzekering en overdracht).',
      en: 'Record it in a volunteer contract (appreciation, insurance and handover).',
    },
  ],
  stimuleren: [
    {
      id: 'motief_ophalen',
      nl: 'Haal eerst op wat bewoners zelf willen (gesprek, enquête) voordat u iets organiseert.',
      en: 'First find out what residents want (conversation, survey) before organising anything.',
    },
    {
      id: 'uitnodigen',
      nl: 'Nodig bewoners persoonlijk uit om te doen wat zij kunnen.',
      en: 'Invite residents personally to do what they can.',
    },
    {
      id: 'contact_half_jaar',
      nl: 'Houd minstens een half jaar contact en kom afspraken na.',
      en: 'Keep in touch for at least half a year and keep your promises.',
    },
  ],
};

export const ACTIONS_BY_PRACTICE: Record<PracticeType, readonly ActionText[]> = {
  eigen_woning: [
    {
      id: 'specifieke_contracten',
      nl: 'Werk met specifieke contracten en alleen een meldingsplicht.',
      en: 'Use specific contracts and only a duty to report.',
    },
  ],
  zelf_beter: [
    {
      id: 'schaal_klein',
      nl: 'Houd het schaalniveau klein; laat bewoners zelf geld verzamelen.',
      en: 'Keep the scale small; let residents collect money themselves.',
    },
  ],
  geld_besparen: [
    {
      id: 'inspanningsverplichting',
      nl: 'Werk met een sollicitatie en een contract met inspanningsverplichting; geef lokale ondernemers een rol.',
      en: 'Use an application and a contract with a best-efforts obligation; give local businesses a role.',
    },
  ],
  probleem_oplossen: [
    {
      id: 'ergernissen_aangrijpen',
      nl: 'Grijp mensen met ergernissen aan: zij zijn al betrokken en trekken anderen mee.',
      en: 'Engage the people who are annoyed: they are already involved and pull others along.',
    },
  ],
  gemeenschap: [
    {
      id: 'terugvaloptie',
      nl: 'Spreek een terugvaloptie af voor als men er samen niet uitkomt, en maak begrotingen inzichtelijk.',
      en: 'Agree on a fallback for when people cannot agree, and make budgets transparent.',
    },
  ],
  anders: [],
};
