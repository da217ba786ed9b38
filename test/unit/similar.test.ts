import { describe, expect, it } from 'vitest';
import { similarTitles } from '../../shared/domain/similar';

describe('nearly the same initiative title', () => {
  it('sees the same words in another order, small words aside, and typos', () => {
    expect(similarTitles('Moestuin in de binnentuin', 'binnentuin moestuin')).toBe(true);
    expect(similarTitles('Trappenhuis schilderen', 'Trapenhuis schilderen')).toBe(true);
    expect(similarTitles('Buurtbarbecue', 'Buurtbarbecue!')).toBe(true);
    expect(similarTitles('Trappenhuis schilderen', 'Speeltuin opknappen')).toBe(false);
    expect(similarTitles('Tuin', 'Tuin achter')).toBe(false);
  });
});
