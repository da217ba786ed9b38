import { parseEuro } from '../../../../shared/domain/money';
import { MAX_INSURED_CENTS } from '../../../../shared/contract/liability';

/**
 * Turns what was typed into cents for the contract, or into the error key the form shows. Empty optional
 * amounts become undefined.
 */
export function amountOrError(text: string, optional = false): { cents?: number; error?: string } {
  if (optional && text.trim() === '') return {};
  const parsed = parseEuro(text);
  return parsed.ok ? { cents: parsed.cents } : { error: parsed.key };
}

/** A sum insured: like an amount, but policies cover millions, so only the register's own ceiling applies. */
export function insuredAmount(text: string): { cents?: number; error?: string } {
  const parsed = parseEuro(text, MAX_INSURED_CENTS);
  return parsed.ok ? { cents: parsed.cents } : { error: parsed.key };
}
