/**
 * Golden cases: situations from the study (seed 004) and the lab reports (000–003), each with the approach
 * and warnings the study's text points to, and the passage it rests on.
 */
import { describe, expect, it } from 'vitest';
import { recommend, type Approach, type InitiativeFacts, type WarningCode } from '../../shared/domain/recommendation';

const base: InitiativeFacts = {
  origin: 'bewoners',
  practiceType: 'anders',
  ownership: 'onbekend',
  group: 'nog_geen_groep',
  motives: [],
  supportAsked: [],
  risks: [],
  sharedProblem: false,
  fitsPolicyAgenda: false,
  residentsMotiveKnown: true,
  exclusionRisk: false,
  agreementsInPlace: false,
};

interface Golden {
  name: string;
  quote: string;
  facts: Partial<InitiativeFacts>;
  approach: Approach;
  warnings?: WarningCode[];
}

const GOLDEN: Golden[] = [
  {
    name: 'the 80-metre garden hose for the retired neighbour',
    quote:
      '004 §2: "het faciliteren, door het geven van een 80 meter lange tuinslang aan een gepensioneerde bewoner met ' +
      'vrije tijd"',
    facts: {
      practiceType: 'zelf_beter',
      ownership: 'mentaal_eigenaar',
      group: 'individu',
      motives: ['vrije_tijd', 'doeners'],
      supportAsked: ['materiaal'],
    },
    approach: 'faciliteren',
  },
  {
    name: 'the snow shovel for a small club with community spirit',
    quote:
      '004 §2: "Een gewenste sneeuwschuiver cadeau doen, zorgt ervoor dat een klein clubje huurders met ' +
      'gemeenschapszin de paden schoon houdt."',
    facts: {
      practiceType: 'zelf_beter',
      ownership: 'mentaal_eigenaar',
      group: 'bestaande_groep',
      motives: ['gemeenschapszin'],
      supportAsked: ['materiaal'],
    },
    approach: 'faciliteren',
  },
  {
    name: 'the own kitchen',
    quote: '004 bijlage 1 (1): "We hebben een mooie keuken gekocht … alleen nog maar hoeft te melden"',
    facts: {
      practiceType: 'eigen_woning',
      ownership: 'mentaal_eigenaar',
      group: 'individu',
      motives: ['zeggenschap'],
      supportAsked: ['erkenning'],
    },
    approach: 'faciliteren',
  },
  {
    name: 'an extension to the family house, with electrical work',
    quote: '004 bijlage 1 (1): "Ze mogen niet zomaar zelf in de stoppenkast knutselen"',
    facts: {
      practiceType: 'eigen_woning',
      ownership: 'mentaal_eigenaar',
      group: 'individu',
      supportAsked: ['kennis'],
      risks: ['elektra'],
    },
    approach: 'faciliteren',
    warnings: ['aansprakelijkheid_open'],
  },
  {
    name: 'the stairwell repainted after nuisance ended',
    quote:
      '004 bijlage 1 (4): "Met de achtergebleven huurders wilden we een nieuwe start maken en onze haveloze portiek ' +
      'schilderen."',
    facts: {
      practiceType: 'probleem_oplossen',
      ownership: 'mentaal_eigenaar',
      group: 'nieuwe_groep',
      sharedProblem: true,
      motives: ['probleemoplossers'],
      supportAsked: ['materiaal'],
      risks: ['werken_op_hoogte'],
    },
    approach: 'coproduceren',
    warnings: ['aansprakelijkheid_open'],
  },
  {
    name: 'work for a budget during major maintenance',
    quote:
      '004 bijlage 1 (3): "De corporatie geeft daarom de huurders de kans zelf klussen te doen. Voor elk uur werk ' +
      'krijgen zij een budget"',
    facts: {
      origin: 'corporatie',
      practiceType: 'geld_besparen',
      ownership: 'onverwacht_eigenaar',
      group: 'nog_geen_groep',
      motives: ['geld'],
      fitsPolicyAgenda: true,
      supportAsked: ['geld'],
      risks: ['gereedschap_machines'],
      agreementsInPlace: true,
    },
    approach: 'coproduceren',
  },
  {
    name: 'the student volunteering for lower rent',
    quote: '004 bijlage 1 (3): "Voor € 50,- huurverlaging doe ik nu vrijwilligerswerk voor de buurt."',
    facts: {
      practiceType: 'geld_besparen',
      ownership: 'onverwacht_eigenaar',
      group: 'individu',
      motives: ['geld', 'zelfontplooiing'],
      fitsPolicyAgenda: true,
    },
    approach: 'coproduceren',
  },
  {
    name: "the student tutoring a neighbour's child: vulnerable people involved",
    quote: '004 bijlage 1 (3): "Ik zelf geef een jongetje bijles die met zijn ouders in een portiekflat woont."',
    facts: {
      practiceType: 'geld_besparen',
      ownership: 'onverwacht_eigenaar',
      group: 'individu',
      motives: ['geld'],
      fitsPolicyAgenda: true,
      risks: ['kwetsbare_personen'],
    },
    approach: 'coproduceren',
    warnings: ['aansprakelijkheid_open', 'vog_nodig'],
  },
  {
    name: 'the energy coach',
    quote:
      '004 bijlage 1 (3): "zetten we gemotiveerde huurders in als milieucoach om medehuurders warm te maken voor ' +
      'energiebesparing"',
    facts: {
      origin: 'corporatie',
      practiceType: 'geld_besparen',
      ownership: 'mentaal_eigenaar',
      group: 'individu',
      motives: ['wereld_verbeteren', 'geld'],
      fitsPolicyAgenda: true,
      supportAsked: ['kennis'],
    },
    approach: 'coproduceren',
  },
  {
    name: 'the long-established woongroep',
    quote:
      '004 §3 (5): "In bepaalde langer bestaande woongroepen neemt de corporatie alleen nog de faciliterende rol aan"',
    facts: {
      practiceType: 'gemeenschap',
      ownership: 'mentaal_eigenaar',
      group: 'bestaande_groep',
      motives: ['gemeenschapszin', 'zeggenschap'],
      supportAsked: ['ruimte'],
    },
    approach: 'faciliteren',
  },
  {
    name: "a new residents' cooperative being set up",
    quote: '004 §3 (5): "voor nieuw op te richten woongemeenschappen of coöperaties wordt dit in coproductie gedaan"',
    facts: {
      practiceType: 'gemeenschap',
      ownership: 'mentaal_eigenaar',
      group: 'nieuwe_groep',
      motives: ['gemeenschapszin', 'zeggenschap'],
      supportAsked: ['ruimte', 'kennis'],
      fitsPolicyAgenda: true,
    },
    approach: 'coproduceren',
  },
  {
    name: 'welcoming new tenants so neighbours meet',
    quote: '000: "nieuwe huurders welkom heten en minimaal een half jaar contact houden"',
    facts: {
      origin: 'corporatie',
      practiceType: 'gemeenschap',
      ownership: 'potentieel_eigenaar',
      group: 'nog_geen_groep',
      motives: ['gemeenschapszin'],
      exclusionRisk: false,
      residentsMotiveKnown: true,
    },
    approach: 'stimuleren',
  },
  {
    name: 'elderly residents at risk of exclusion, invited with the welfare partner',
    quote:
      '003: "Hoe kom je tot een effectief samenspel juist in de wijken en buurten waar bewoners belemmerd worden ' +
      'door ouderdom of beperkte bestedingsruimte?"',
    facts: {
      origin: 'partner',
      practiceType: 'gemeenschap',
      ownership: 'potentieel_eigenaar',
      group: 'nog_geen_groep',
      motives: ['verveling_eenzaamheid'],
      exclusionRisk: true,
      residentsMotiveKnown: true,
      risks: ['kwetsbare_personen', 'voedsel'],
    },
    approach: 'stimuleren',
    warnings: ['aansprakelijkheid_open', 'vog_nodig'],
  },
  {
    name: 'complainers with energy about the bicycle problem at the entrance',
    quote:
      '004 §4: "Die energie vanuit bewoners is bij uitstek een kans … in plaats van te stimuleren veel beter voor ' +
      'de faciliterende benadering of coproductie"',
    facts: {
      practiceType: 'probleem_oplossen',
      ownership: 'mentaal_eigenaar',
      group: 'nieuwe_groep',
      sharedProblem: true,
      motives: ['zeggenschap', 'probleemoplossers'],
    },
    approach: 'coproduceren',
  },
  {
    name: 'one dominant buurtburgemeester who wants to arrange it all',
    quote: "004 §4: \"'de klagers' en 'de buurtburgemeesters' … Toch zijn deze mensen betrokken\"",
    facts: {
      practiceType: 'zelf_beter',
      ownership: 'mentaal_eigenaar',
      group: 'individu',
      motives: ['zeggenschap'],
      supportAsked: ['erkenning'],
    },
    approach: 'faciliteren',
  },
  {
    name: 'a corporation project pushed on residents who did not ask',
    quote: '004 §4: "Er wordt regelmatig geleurd aan mensen … De eigen teleurstelling wordt georganiseerd."',
    facts: {
      origin: 'corporatie',
      practiceType: 'anders',
      ownership: 'potentieel_eigenaar',
      group: 'nog_geen_groep',
      residentsMotiveKnown: false,
    },
    approach: 'stimuleren',
    warnings: ['motief_onbekend'],
  },
  {
    name: 'the cultural workshops for the square that did not catch on',
    quote:
      '004 bijlage 1 (2): "Als wij met een goed idee komen voor de herinrichting van een plein door middel van ' +
      'culturele workshops, slaat dit niet aan."',
    facts: {
      origin: 'corporatie',
      practiceType: 'probleem_oplossen',
      ownership: 'onbekend',
      group: 'nog_geen_groep',
      residentsMotiveKnown: false,
      fitsPolicyAgenda: true,
    },
    approach: 'coproduceren',
    warnings: ['motief_onbekend'],
  },
  {
    name: '"ik betaal ervoor dus jullie moeten het doen": serve them the regular way',
    quote:
      '004 §4: "Er zijn ook gebieden waar niks ontstaat en de corporatie bewoners gewoon kan bedienen op de ' +
      'bestaande manier."',
    facts: {
      origin: 'corporatie',
      practiceType: 'zelf_beter',
      ownership: 'geen_eigenaar',
      group: 'nog_geen_groep',
      residentsMotiveKnown: true,
    },
    approach: 'faciliteren',
    warnings: ['regulier_beheer'],
  },
  {
    name: 'residents take over cleaning the stairwell themselves and ask for a vacuum cleaner',
    quote:
      '004 §2/§4: "Het faciliteren met kleine middelen, zoals de tuinslang of stofzuiger … blijken heel effectief."',
    facts: {
      practiceType: 'zelf_beter',
      ownership: 'mentaal_eigenaar',
      group: 'nieuwe_groep',
      sharedProblem: true,
      motives: ['geld'],
      supportAsked: ['materiaal'],
    },
    approach: 'faciliteren',
  },
  {
    name: 'the woman who cleans the stairwell for 3 euro cash',
    quote: '004 §3: "zoals een bewoner die de portiek schoonmaakt voor 3 euro cash van de medebewoners"',
    facts: {
      practiceType: 'zelf_beter',
      ownership: 'onverwacht_eigenaar',
      group: 'individu',
      motives: ['geld'],
      supportAsked: ['erkenning'],
    },
    approach: 'faciliteren',
  },
  {
    name: 'bored youngsters forming a handyman team with the caretaker',
    quote:
      '004 bijlage 1 (3): "Jongeren die zich verveelden hebben samen met de huismeester een klussenteam opgericht"',
    facts: {
      practiceType: 'geld_besparen',
      ownership: 'onverwacht_eigenaar',
      group: 'nieuwe_groep',
      motives: ['verveling_eenzaamheid', 'doeners'],
      fitsPolicyAgenda: true,
      supportAsked: ['menskracht'],
      risks: ['gereedschap_machines'],
    },
    approach: 'coproduceren',
    warnings: ['aansprakelijkheid_open'],
  },
  {
    name: 'replacing a broken lamp in the gallery',
    quote:
      '004 §5: "Het door huurders vervangen van kapotte lampjes … wordt veelal niet toegestaan omdat een huurder ' +
      'kan vallen, stroom kan krijgen"',
    facts: {
      practiceType: 'zelf_beter',
      ownership: 'mentaal_eigenaar',
      group: 'individu',
      supportAsked: ['materiaal'],
      risks: ['elektra', 'werken_op_hoogte'],
      agreementsInPlace: true,
    },
    approach: 'faciliteren',
  },
  {
    name: 'a community vegetable garden in the courtyard: digging',
    quote: 'domain.md: "Digging in the ground needs a KLIC report"; 004 bijlage 1 (2) the courtyard garden',
    facts: {
      practiceType: 'zelf_beter',
      ownership: 'mentaal_eigenaar',
      group: 'bestaande_groep',
      motives: ['gemeenschapszin'],
      supportAsked: ['materiaal'],
      risks: ['graafwerk'],
    },
    approach: 'faciliteren',
    warnings: ['aansprakelijkheid_open', 'klic_melding'],
  },
  {
    name: 'BuurtThuis meeting place started from a survey of what residents want',
    quote: '002: "Met een enquête zijn er ideeën bij de bewoners opgehaald … moet zijn ingegeven vanuit bewoners zelf"',
    facts: {
      origin: 'corporatie',
      practiceType: 'gemeenschap',
      ownership: 'potentieel_eigenaar',
      group: 'nog_geen_groep',
      motives: ['verveling_eenzaamheid', 'gemeenschapszin'],
      residentsMotiveKnown: true,
      supportAsked: ['ruimte'],
    },
    approach: 'stimuleren',
  },
  {
    name: "plant boxes against bicycle nuisance, the residents' own idea",
    quote:
      '004 bijlage 1 (2): "Soms lossen bewoners ook fysieke problemen zelf op, zoals het idee om plantenbakken te ' +
      'plaatsen tegen fietsenoverlast."',
    // An established group solving it with its own idea: the study files this under "wij kunnen het zelf (beter)".
    facts: {
      practiceType: 'probleem_oplossen',
      ownership: 'mentaal_eigenaar',
      group: 'bestaande_groep',
      sharedProblem: true,
      supportAsked: ['materiaal'],
    },
    approach: 'faciliteren',
  },
  {
    name: 'residents choose their own cleaning company',
    quote: '004 bijlage 1 (2): "Wij kunnen zelf veel beter het schoonmaakbedrijf kiezen en aansturen."',
    facts: {
      practiceType: 'zelf_beter',
      ownership: 'mentaal_eigenaar',
      group: 'bestaande_groep',
      sharedProblem: true,
      motives: ['zeggenschap'],
      supportAsked: ['kennis'],
    },
    approach: 'faciliteren',
  },
  {
    name: "a partner's coffee morning for lonely elderly, motive unknown",
    quote: '004 §4 "Vaak wordt het motief van bewoners … vergeten" with 003 on residents at risk of exclusion',
    // Stimulating fits residents at risk of exclusion, but with their motive unknown the advice warns first.
    facts: {
      origin: 'partner',
      practiceType: 'gemeenschap',
      ownership: 'onbekend',
      group: 'nog_geen_groep',
      exclusionRisk: true,
      residentsMotiveKnown: false,
      risks: ['voedsel'],
    },
    approach: 'stimuleren',
    warnings: ['motief_onbekend', 'aansprakelijkheid_open'],
  },
];

describe('golden cases from the study', () => {
  it('has at least 25 cases', () => expect(GOLDEN.length).toBeGreaterThanOrEqual(25));

  it.each(GOLDEN.map((g) => [g.name, g] as const))('%s', (_name, golden) => {
    const result = recommend({ ...base, ...golden.facts });
    expect(result.approach, `${golden.quote}\nscores: ${JSON.stringify(result.scores)}`).toBe(golden.approach);
    expect(result.warnings.map((w) => w.code).sort()).toEqual([...(golden.warnings ?? [])].sort());
  });
});
