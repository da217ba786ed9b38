import { parseEuro } from '../../../../shared/domain/money';

/**
 * Turns what was typed into cents for the contract, or into the error key the form shows. Empty optional
 * amounts become undefined.
 */
export function amountOrError(text: string, optional = false): { cents?: number; error?: string } {
  if (optional && text.trim() === '') return {};
  const parsed = parseEuro(text);
  return parsed.ok ? { cents: parsed.cents } : { error: parsed.key };
}
