/**
 * The rule table of the recommendation, taken from the source study "Corporatie en bewoners" (seed 004,
 * Início 2014) and the lab reports (seeds 000–003). Each rule: when it applies, how it moves the three scores,
 * why (Dutch and English) and where the study says so. Weights default to 1; a teamleider can change a weight
 * (0–10) or switch a rule off, which makes a new rule-set version.
 */
import type { Condition } from './conditions';
import type { Approach } from './facts';

export interface Rule {
  id: string;
  when: Condition;
  effect: Partial<Record<Approach, number>>;
  reason: { nl: string; en: string };
  source: string;
}

export const RULES: readonly Rule[] = [
  {
    id: 'herkomst_bewoners',
    when: { fact: 'origin', in: ['bewoners'] },
    effect: { faciliteren: 2, coproduceren: 1 },
    reason: {
      nl:
        'Het initiatief ontstaat van onderop; de faciliterende benadering biedt op verzoek ondersteuning ("aan de ' +
        'keukentafel, tijdens feestjes").',
      en:
        'The initiative comes from below; the facilitating approach supports on request ("at the kitchen table, ' +
        'at parties").',
    },
    source: '004 §4 Rendementsdenken',
  },
  {
    id: 'herkomst_corporatie',
    when: { fact: 'origin', in: ['corporatie'] },
    effect: { stimuleren: 2, coproduceren: 1 },
    reason: {
      nl:
        'De corporatie neemt het initiatief: de professional jaagt aan en realiseert (stimulerende benadering), ' +
        'of zoekt coproductie.',
      en:
        'The corporation takes the initiative: the professional drives and realises it (stimulating), or seeks ' +
        'co-production.',
    },
    source: '004 §2, §4 Focus op verkeerde benadering',
  },
  {
    id: 'herkomst_partner',
    when: { fact: 'origin', in: ['partner'] },
    effect: { stimuleren: 1, coproduceren: 1 },
    reason: {
      nl:
        'Een partner (gemeente, welzijn) brengt het in; de corporatie werkt mee "al dan niet in samenwerking met ' +
        'andere instellingen".',
      en:
        'A partner (municipality, welfare) brings it in; the corporation joins "whether or not together with ' +
        'other institutions".',
    },
    source: '004 §4 Focus op verkeerde benadering',
  },
  {
    id: 'type_eigen_woning',
    when: { fact: 'practiceType', in: ['eigen_woning'] },
    effect: { faciliteren: 3 },
    reason: {
      nl:
        'Huurder past eigen woning aan: het speelt op individueel niveau, afspraken zijn goed te maken; alleen ' +
        'een meldingsplicht.',
      en:
        'Tenant adapts own home: it plays at an individual level, agreements are easy to make; only a duty to ' +
        'report.',
    },
    source: '004 §3, bijlage 1 (1)',
  },
  {
    id: 'type_zelf_beter',
    when: { fact: 'practiceType', in: ['zelf_beter'] },
    effect: { faciliteren: 3 },
    reason: {
      nl:
        'Wij bewoners kunnen het zelf (beter): "De rol van de corporatie is vaak faciliterend, waardoor bewoners ' +
        'kunnen schitteren."',
      en:
        'We residents can do it ourselves (better): "The corporation\'s role is often facilitating, so residents ' +
        'can shine."',
    },
    source: '004 §3, bijlage 1 (2)',
  },
  {
    id: 'type_geld_besparen',
    when: { fact: 'practiceType', in: ['geld_besparen'] },
    effect: { coproduceren: 3 },
    reason: {
      nl: 'Huurder wil geld besparen: "voor wat hoort wat"; "De samenwerking is een coproductie."',
      en: 'Tenant wants to save money: "one good turn deserves another"; "The cooperation is a co-production."',
    },
    source: '004 §3, bijlage 1 (3)',
  },
  {
    id: 'type_probleem_oplossen',
    when: { fact: 'practiceType', in: ['probleem_oplossen'] },
    effect: { coproduceren: 3 },
    reason: {
      nl:
        'Bewoners willen een probleem oplossen: "De samenwerking vindt op de werkvloer plaats, daar wordt in een ' +
        'coproductie het probleem opgelost."',
      en:
        'Residents want to solve a problem: "the cooperation takes place on the work floor, where the problem is ' +
        'solved in co-production."',
    },
    source: '004 §3, bijlage 1 (4)',
  },
  {
    id: 'type_gemeenschap_bestaand',
    when: {
      all: [
        { fact: 'practiceType', in: ['gemeenschap'] },
        { fact: 'group', in: ['bestaande_groep'] },
      ],
    },
    effect: { faciliteren: 3 },
    reason: {
      nl:
        'Bewoners met gemeenschapszin: "In bepaalde langer bestaande woongroepen neemt de corporatie alleen nog ' +
        'de faciliterende rol aan."',
      en:
        'Community-minded residents: "in some long-established living groups the corporation only takes the ' +
        'facilitating role."',
    },
    source: '004 §3, bijlage 1 (5)',
  },
  {
    id: 'type_gemeenschap_nieuw',
    when: {
      all: [
        { fact: 'practiceType', in: ['gemeenschap'] },
        { fact: 'group', in: ['nieuwe_groep'] },
      ],
    },
    effect: { coproduceren: 3 },
    reason: {
      nl:
        'Bewoners met gemeenschapszin: "voor nieuw op te richten woongemeenschappen of coöperaties wordt dit in ' +
        'coproductie gedaan."',
      en: 'Community-minded residents: "for new living communities or cooperatives this is done in co-production."',
    },
    source: '004 §3, bijlage 1 (5)',
  },
  {
    id: 'eigenaar_mentaal',
    when: { fact: 'ownership', in: ['mentaal_eigenaar'] },
    effect: { faciliteren: 2 },
    reason: {
      nl:
        '"Ik betaal dus ik bepaal": wie zich mentaal eigenaar voelt, biedt een vruchtbare voedingsbodem; meer ' +
        'taken en zeggenschap kunnen bij bewoners.',
      en:
        '"I pay so I decide": residents who feel mental owners are fertile ground; more tasks and say can go to ' +
        'them.',
    },
    source: '004 §3, afbeelding 2',
  },
  {
    id: 'eigenaar_potentieel',
    when: { fact: 'ownership', in: ['potentieel_eigenaar'] },
    effect: { stimuleren: 2, coproduceren: 1 },
    reason: {
      nl:
        '"Kan dat ook? Het is altijd zo geregeld": hier ligt de potentie; door verantwoordelijkheden niet op ' +
        'voorhand in te vullen en uit te nodigen "is nog een wereld te winnen".',
      en:
        '"Is that possible? It has always been arranged": potential lies here; by not filling in responsibilities ' +
        'beforehand and inviting, "a world is still to be won".',
    },
    source: '004 §3, afbeelding 2',
  },
  {
    id: 'eigenaar_geen',
    when: { fact: 'ownership', in: ['geen_eigenaar'] },
    effect: { faciliteren: -1, stimuleren: -1 },
    reason: {
      nl:
        '"Ik betaal ervoor dus jullie moeten het doen": geen behoefte aan eigenaarschap, geen voedingsbodem voor ' +
        'samenwerking; bedien bewoners zo nodig op de bestaande manier.',
      en:
        '"I pay for it so you must do it": no wish for ownership, no ground for cooperation; serve residents the ' +
        'regular way where needed.',
    },
    source: '004 §3, §4 Focus op controle en systemen',
  },
  {
    id: 'eigenaar_onverwacht',
    when: { fact: 'ownership', in: ['onverwacht_eigenaar'] },
    effect: { coproduceren: 1 },
    reason: {
      nl:
        '"Ik ben met hele andere dingen bezig": bewoners die overleven, toch ontstaat soms samenwerking, ' +
        'bijvoorbeeld voor geld of werkervaring.',
      en:
        '"I am busy with other things": residents in survival mode, yet cooperation sometimes arises, for example ' +
        'for money or work experience.',
    },
    source: '004 §3, afbeelding 2',
  },
  {
    id: 'groep_bestaand',
    when: { fact: 'group', in: ['bestaande_groep'] },
    effect: { faciliteren: 2 },
    reason: {
      nl:
        'Een goed functionerende bewonersgroep regelt veel zelf: "Als er een goed functionerende bewonersgroep is ' +
        'hebben wij er veel vertrouwen in dat ze alles zelf regelen."',
      en:
        'A well-functioning residents\' group arranges much itself: "we trust they will arrange everything ' +
        'themselves."',
    },
    source: '004 bijlage 1 (2)',
  },
  {
    id: 'groep_nieuw',
    when: { fact: 'group', in: ['nieuwe_groep'] },
    effect: { coproduceren: 1 },
    reason: {
      nl:
        'Een nieuwe groep moet zich nog vormen ("community vormen vanaf begin is voorwaarde"); samen optrekken ' +
        'helpt.',
      en:
        'A new group still has to form ("forming a community from the start is a condition"); working together ' +
        'helps.',
    },
    source: '004 bijlage 1 (5), succesfactoren',
  },
  {
    id: 'groep_individu',
    when: { fact: 'group', in: ['individu'] },
    effect: { faciliteren: 1 },
    reason: {
      nl: 'Eén bewoner: afspraken over verantwoordelijkheid zijn op individueel niveau goed te maken.',
      en: 'One resident: agreements on responsibility are easy to make individually.',
    },
    source: '004 §3 (1)',
  },
  {
    id: 'groep_nog_geen',
    when: {
      all: [
        { fact: 'group', in: ['nog_geen_groep'] },
        { fact: 'ownership', in: ['potentieel_eigenaar', 'onverwacht_eigenaar'] },
      ],
    },
    effect: { stimuleren: 1 },
    reason: {
      nl:
        'Er is nog geen groep: er groeit nog niets vanzelf, maar bewoners doen mogelijk mee als ze worden ' +
        'uitgenodigd.',
      en: 'There is no group yet: nothing grows by itself yet, but residents may take part when invited.',
    },
    source: '004 §3; 000 (nieuwe huurders verwelkomen)',
  },
  {
    id: 'gedeeld_probleem',
    when: { fact: 'sharedProblem', is: true },
    effect: { coproduceren: 2 },
    reason: {
      nl:
        'Een gedeeld ervaren probleem "zorgt voor meer bewustwording"; bewoners willen zich tijdelijk samen ' +
        'inzetten.',
      en: 'A shared experienced problem "raises awareness"; residents want to work together for a while.',
    },
    source: '004 §3 (4), succesfactoren',
  },
  {
    id: 'beleidsagenda',
    when: { fact: 'fitsPolicyAgenda', is: true },
    effect: { coproduceren: 3 },
    reason: {
      nl:
        '"Het belang van de bewoner past binnen de beleidsagenda van de corporatie. Hierdoor zijn goed afspraken ' +
        'te maken."',
      en: '"The resident\'s interest fits the corporation\'s policy agenda. This makes good agreements possible."',
    },
    source: '004 §3 (3)',
  },
  {
    id: 'motief_onbekend_corporatie',
    when: {
      all: [
        { fact: 'residentsMotiveKnown', is: false },
        { fact: 'origin', in: ['corporatie', 'partner'] },
      ],
    },
    effect: { stimuleren: -2 },
    reason: {
      nl:
        'Het motief van bewoners is niet bekend: "Vaak wordt het motief van bewoners vergeten … De eigen ' +
        'teleurstelling wordt georganiseerd."',
      en:
        "Residents' motive is unknown: \"the residents' motive is often forgotten … one's own disappointment is " +
        'organised."',
    },
    source: '004 §4 Focus op verkeerde benadering',
  },
  {
    id: 'energie_bewoners',
    when: {
      all: [
        { fact: 'origin', in: ['bewoners'] },
        {
          any: [
            { fact: 'sharedProblem', is: true },
            { fact: 'ownership', in: ['mentaal_eigenaar'] },
          ],
        },
      ],
    },
    effect: { stimuleren: -2 },
    reason: {
      nl:
        'Bewoners tonen energie, ook als klacht: "in plaats van te stimuleren [kan] veel beter voor de ' +
        'faciliterende benadering of coproductie gekozen" worden.',
      en:
        'Residents show energy, even as complaints: "instead of stimulating, the facilitating approach or ' +
        'co-production is a much better choice."',
    },
    source: '004 §4 Focus op verkeerde benadering',
  },
  {
    id: 'uitsluiting',
    when: { fact: 'exclusionRisk', is: true },
    effect: { stimuleren: 3 },
    reason: {
      nl:
        'Bewoners dreigen buiten de boot te vallen door ouderdom of beperkte bestedingsruimte: corporatie en ' +
        'partners nodigen uit om te doen wat zij kunnen.',
      en:
        'Residents risk exclusion through age or low income: the corporation and partners invite them to do what ' +
        'they can.',
    },
    source: '003 (werkatelier); 004 §3',
  },
  {
    id: 'motief_geld',
    when: { fact: 'motives', includes: ['geld'] },
    effect: { coproduceren: 1 },
    reason: {
      nl: 'Geld is een motief: huurkorting of budget in ruil voor werk, "voor wat hoort wat".',
      en: 'Money is a motive: rent reduction or budget in return for work, "one good turn deserves another".',
    },
    source: '004 §3, afbeelding 3',
  },
  {
    id: 'motief_zeggenschap_gemeenschap',
    when: { fact: 'motives', includes: ['zeggenschap', 'gemeenschapszin'] },
    effect: { faciliteren: 1 },
    reason: {
      nl: 'Zeggenschap en gemeenschapszin: bewoners willen zelf bepalen en regelen; laat los en faciliteer.',
      en: 'Say and community spirit: residents want to decide and arrange things themselves; let go and facilitate.',
    },
    source: '004 §3, afbeelding 3',
  },
  {
    id: 'motief_eenzaamheid',
    when: { fact: 'motives', includes: ['verveling_eenzaamheid'] },
    effect: { stimuleren: 1 },
    reason: {
      nl: 'Verveling of eenzaamheid: uitnodigen en ontmoeting organiseren helpt mensen mee te doen.',
      en: 'Boredom or loneliness: inviting people and organising meetings helps them take part.',
    },
    source: '004 afbeelding 3; 001 (ontmoeting)',
  },
  {
    id: 'kleine_middelen',
    when: {
      all: [
        { fact: 'supportAsked', onlyFrom: ['erkenning', 'kennis', 'geld', 'materiaal'] },
        { fact: 'origin', in: ['bewoners'] },
      ],
    },
    effect: { faciliteren: 2 },
    reason: {
      nl:
        'Er is "slechts erkenning, kennis of een beetje geld" nodig: faciliteren met kleine middelen "blijkt heel ' +
        'effectief. Minimale inzet levert groot rendement op."',
      en:
        'Only "recognition, knowledge or a little money" is needed: facilitating with small means "proves very ' +
        'effective. Minimal input, large return."',
    },
    source: '004 §4 Rendementsdenken',
  },
  {
    id: 'menskracht_gevraagd',
    when: { fact: 'supportAsked', includes: ['menskracht'] },
    effect: { coproduceren: 1 },
    reason: {
      nl: 'Er wordt menskracht van de corporatie gevraagd: samen op de werkvloer aan de slag.',
      en: 'Manpower is asked from the corporation: working together on the work floor.',
    },
    source: '004 §2',
  },
];

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((rule) => rule.id));
