/**
 * Realistic material for the demo corporation, drawn from the source study and the lab reports:
 * the kinds of initiatives residents and corporations actually start, per practice type.
 */
import type { StoredFacts } from '../domain/entities';
import type { Origin, PracticeType, SharedObject } from '../domain/vocabulary';

export interface InitiativeTemplate {
  title: string;
  description: string;
  practiceType: PracticeType;
  origin: Origin;
  sharedObject: SharedObject | null;
  /** The Kenmerken typical of this kind of initiative in the study; the generator varies them. */
  facts: Partial<StoredFacts>;
}

export const INITIATIVE_TEMPLATES: readonly InitiativeTemplate[] = [
  { practiceType: 'eigen_woning', origin: 'bewoners', sharedObject: null, title: 'Eigen keuken plaatsen', description: 'Huurder wil zelf een nieuwe keuken plaatsen; meldingsplicht en afspraken over oplevering bij vertrek.', facts: { ownership: 'mentaal_eigenaar', group: 'individu', motives: ['zeggenschap'], supportAsked: ['erkenning'], residentsMotiveKnown: true, risks: ['elektra'] } },
  { practiceType: 'eigen_woning', origin: 'bewoners', sharedObject: null, title: 'Uitbouw aan de achterzijde', description: 'Huurder vraagt toestemming voor een kleine uitbouw; individuele afspraak vastleggen.', facts: { ownership: 'mentaal_eigenaar', group: 'individu', motives: ['zeggenschap'], supportAsked: ['kennis'], residentsMotiveKnown: true, risks: ['gereedschap_machines'] } },
  { practiceType: 'eigen_woning', origin: 'bewoners', sharedObject: null, title: 'Badkamer zelf betegelen', description: 'Huurder betegelt de badkamer zelf; vastleggen wat bij vertrek blijft.', facts: { ownership: 'mentaal_eigenaar', group: 'individu', motives: ['doeners'], supportAsked: ['erkenning'], residentsMotiveKnown: true } },
  { practiceType: 'zelf_beter', origin: 'bewoners', sharedObject: 'binnentuin', title: 'Binnentuin onderhouden met gedoneerde tuinslang', description: 'Een gepensioneerde huurder houdt de binnentuin bij; de corporatie gaf een tuinslang van 80 meter.', facts: { ownership: 'mentaal_eigenaar', group: 'individu', motives: ['vrije_tijd', 'doeners'], supportAsked: ['materiaal'], residentsMotiveKnown: true } },
  { practiceType: 'zelf_beter', origin: 'bewoners', sharedObject: 'portiek', title: 'Schoonmaak trappenhuis zelf regelen', description: 'Bewoners willen het schoonmaakbedrijf opzeggen en het trappenhuis zelf schoonhouden; stofzuiger gevraagd.', facts: { ownership: 'mentaal_eigenaar', group: 'nieuwe_groep', motives: ['geld'], supportAsked: ['materiaal'], sharedProblem: true, residentsMotiveKnown: true } },
  { practiceType: 'zelf_beter', origin: 'bewoners', sharedObject: null, title: 'Sneeuwruimen rond het complex', description: 'Bewoners ruimen zelf sneeuw op de paden; twee sneeuwschuivers gevraagd.', facts: { ownership: 'mentaal_eigenaar', group: 'bestaande_groep', motives: ['gemeenschapszin'], supportAsked: ['materiaal'], residentsMotiveKnown: true } },
  { practiceType: 'zelf_beter', origin: 'bewoners', sharedObject: 'berging', title: 'Buurtschuur met gedeeld gereedschap', description: 'Bewoners richten een deel van de berging in als gereedschapsuitleen.', facts: { ownership: 'mentaal_eigenaar', group: 'bestaande_groep', motives: ['gemeenschapszin', 'doeners'], supportAsked: ['ruimte'], risks: ['gereedschap_machines'], residentsMotiveKnown: true } },
  { practiceType: 'geld_besparen', origin: 'corporatie', sharedObject: null, title: 'Klussen bij groot onderhoud voor een budget', description: 'Bewoners doen lichte klussen tijdens het groot onderhoud in ruil voor een budget voor de binnentuin.', facts: { ownership: 'onverwacht_eigenaar', group: 'nog_geen_groep', motives: ['geld'], supportAsked: ['geld'], fitsPolicyAgenda: true, risks: ['gereedschap_machines'], residentsMotiveKnown: true } },
  { practiceType: 'geld_besparen', origin: 'bewoners', sharedObject: null, title: 'Student vrijwilliger voor lagere huur', description: 'Studenten zetten zich in voor ouderen in het complex en krijgen huurkorting; voor wat hoort wat.', facts: { ownership: 'onverwacht_eigenaar', group: 'individu', motives: ['geld', 'zelfontplooiing'], fitsPolicyAgenda: true, risks: ['kwetsbare_personen'], residentsMotiveKnown: true } },
  { practiceType: 'geld_besparen', origin: 'partner', sharedObject: null, title: 'Energiecoach voor buren', description: 'Huurders coachen buren in energiebesparing; samen met de gemeente.', facts: { ownership: 'mentaal_eigenaar', group: 'individu', motives: ['wereld_verbeteren'], supportAsked: ['kennis'], fitsPolicyAgenda: true, residentsMotiveKnown: true } },
  { practiceType: 'geld_besparen', origin: 'bewoners', sharedObject: 'ontmoetingsruimte', title: 'Beheer ontmoetingsruimte tegen huurkorting', description: 'Huismeester beheert de sleutel en de agenda van de ontmoetingsruimte.', facts: { ownership: 'mentaal_eigenaar', group: 'individu', motives: ['geld', 'gezelligmakers'], fitsPolicyAgenda: true, residentsMotiveKnown: true } },
  { practiceType: 'probleem_oplossen', origin: 'bewoners', sharedObject: 'portiek', title: 'Trappenhuis schilderen na overlast', description: 'Na het einde van de overlast willen buren hun trappenhuis samen opknappen.', facts: { ownership: 'mentaal_eigenaar', group: 'nieuwe_groep', motives: ['probleemoplossers'], supportAsked: ['materiaal'], sharedProblem: true, risks: ['werken_op_hoogte'], residentsMotiveKnown: true } },
  { practiceType: 'probleem_oplossen', origin: 'bewoners', sharedObject: 'parkeerterrein', title: 'Zwerfvuil rond de containers aanpakken', description: 'Bewoners klagen over zwerfvuil en willen samen een opruimactie en afspraken.', facts: { ownership: 'potentieel_eigenaar', group: 'nieuwe_groep', motives: ['probleemoplossers'], supportAsked: ['materiaal'], sharedProblem: true, residentsMotiveKnown: true } },
  { practiceType: 'probleem_oplossen', origin: 'bewoners', sharedObject: 'speelplek', title: 'Speelplek veilig maken', description: 'Ouders melden kapotte speeltoestellen en willen meedenken over de herinrichting.', facts: { ownership: 'mentaal_eigenaar', group: 'nieuwe_groep', motives: ['probleemoplossers'], supportAsked: ['kennis'], sharedProblem: true, fitsPolicyAgenda: true, residentsMotiveKnown: true } },
  { practiceType: 'probleem_oplossen', origin: 'corporatie', sharedObject: 'berging', title: 'Rommel in de bergingsgang opruimen', description: 'Brandgevaarlijke spullen in de gang; samen met bewoners opruimen en afspraken maken.', facts: { ownership: 'geen_eigenaar', group: 'nog_geen_groep', sharedProblem: true, fitsPolicyAgenda: true } },
  { practiceType: 'gemeenschap', origin: 'bewoners', sharedObject: 'ontmoetingsruimte', title: 'Bewonerscoöperatie oprichten', description: 'Een nieuwe groep bewoners wil een buurtcoöperatie oprichten voor beheer en activiteiten.', facts: { ownership: 'mentaal_eigenaar', group: 'nieuwe_groep', motives: ['gemeenschapszin', 'zeggenschap'], supportAsked: ['kennis', 'ruimte'], fitsPolicyAgenda: true, residentsMotiveKnown: true } },
  { practiceType: 'gemeenschap', origin: 'bewoners', sharedObject: 'ontmoetingsruimte', title: 'Woongroep organiseert zelf het beheer', description: 'De bestaande woongroep regelt zelf de gezamenlijke ruimte en het onderhoud van de tuin.', facts: { ownership: 'mentaal_eigenaar', group: 'bestaande_groep', motives: ['gemeenschapszin', 'zeggenschap'], supportAsked: ['ruimte'], residentsMotiveKnown: true } },
  { practiceType: 'gemeenschap', origin: 'corporatie', sharedObject: null, title: 'Welkom voor nieuwe huurders', description: 'Nieuwe huurders welkom heten zodat buren elkaar leren kennen; na een half jaar opnieuw contact.', facts: { ownership: 'potentieel_eigenaar', group: 'nog_geen_groep', motives: ['gemeenschapszin'], residentsMotiveKnown: true } },
  { practiceType: 'gemeenschap', origin: 'partner', sharedObject: 'ontmoetingsruimte', title: 'Koffieochtend voor oudere bewoners', description: 'Met het welzijnswerk ouderen uitnodigen die dreigen te vereenzamen; doen wat ze kunnen.', facts: { ownership: 'potentieel_eigenaar', group: 'nog_geen_groep', motives: ['verveling_eenzaamheid'], exclusionRisk: true, risks: ['kwetsbare_personen', 'voedsel'], residentsMotiveKnown: true } },
  { practiceType: 'gemeenschap', origin: 'corporatie', sharedObject: 'ontmoetingsruimte', title: 'Ontmoetingsplek na enquête onder bewoners', description: 'Een ontmoetingsplek opzetten vanuit een enquête naar wat bewoners willen.', facts: { ownership: 'potentieel_eigenaar', group: 'nog_geen_groep', motives: ['gemeenschapszin', 'verveling_eenzaamheid'], supportAsked: ['ruimte'], residentsMotiveKnown: true } },
  { practiceType: 'anders', origin: 'bewoners', sharedObject: 'dakterras', title: 'Plantenbakken op het dakterras', description: 'Bewoners willen plantenbakken plaatsen en verzorgen.', facts: { ownership: 'mentaal_eigenaar', group: 'bestaande_groep', supportAsked: ['materiaal'], risks: ['werken_op_hoogte'] } },
];

export const PLACES = ['Zaanwijk', 'Oosterhaven', 'Lindendam', 'Veldhoven-Noord', 'Rivierstad'] as const;
export const WIJK_NAMES = ['Centrum', 'De Kolk', 'Molenbuurt', 'Kerkpolder', 'Het Zand', 'Rozenhof', 'Havenkwartier', 'De Weide', 'Bloemenwijk', 'Stationsbuurt'] as const;
export const STREETS = ['Lindelaan', 'Kastanjestraat', 'Molenweg', 'Dorpsstraat', 'Havenkade', 'Populierenlaan', 'Schoolstraat', 'Esdoornhof', 'Kerkplein', 'Vlietstraat', 'Beatrixlaan', 'Zeeheldenstraat'] as const;
export const FIRST_NAMES = ['Anouk', 'Bram', 'Fatima', 'Daan', 'Ingrid', 'Mehmet', 'Sanne', 'Joost', 'Yara', 'Pieter', 'Noor', 'Kees'] as const;
export const LAST_NAMES = ['de Vries', 'Jansen', 'El Amrani', 'Bakker', 'Visser', 'Yilmaz', 'Smit', 'Mulder', 'de Boer', 'Bos'] as const;
export const OUTCOMES = [
  'Bewoners onderhouden het zelf; afspraken vastgelegd.',
  'Afgerond met een kleine bijdrage en materiaal in bruikleen.',
  'Samen uitgevoerd; bewoners tevreden en willen verder.',
  'Te weinig animo; gestopt na overleg met bewoners.',
] as const;
