import type { TFunction } from 'i18next';
import type { Condition } from '../../../../shared/domain/recommendation';

/** The vocabulary group whose labels name a fact's values. */
const VALUE_GROUP: Record<string, string> = {
  origin: 'origin',
  practiceType: 'practiceType',
  ownership: 'ownership',
  group: 'group',
  motives: 'motive',
  supportAsked: 'support',
  risks: 'risk',
};

/** A rule's condition in words, e.g. "Praktijktype: 2. Wij bewoners kunnen het zelf (beter)". */
export function describeCondition(condition: Condition, t: TFunction): string {
  if ('all' in condition) return condition.all.map((c) => describeCondition(c, t)).join(` ${t('rules.and')} `);
  if ('any' in condition) return `(${condition.any.map((c) => describeCondition(c, t)).join(` ${t('rules.or')} `)})`;
  if ('not' in condition) return `${t('rules.not')} ${describeCondition(condition.not, t)}`;
  const fact = t(`facts.${condition.fact}`);
  const values = (list: readonly string[]) =>
    list.map((v) => t(`${VALUE_GROUP[condition.fact]}.${v}`)).join(` ${t('rules.or')} `);
  if ('in' in condition) return `${fact}: ${values(condition.in)}`;
  if ('includes' in condition) return `${fact}: ${values(condition.includes)}`;
  if ('onlyFrom' in condition) return `${fact}: ${t('rules.onlyFrom')} ${values(condition.onlyFrom)}`;
  if ('empty' in condition) return `${fact}: ${condition.empty ? t('rules.none') : t('rules.some')}`;
  return `${t(`facts.flag.${condition.fact}`)}: ${condition.is ? t('common.yes') : t('common.no')}`;
}
