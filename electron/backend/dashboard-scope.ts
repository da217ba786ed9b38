import type { DashboardFilters } from '../../shared/contract/overview-contract';

/**
 * The initiatives a dashboard or report is about: created in the year or still open during it, narrowed by every
 * filter that is set. One SQL fragment (FROM … WHERE …) with named parameters, so every figure counts the same set.
 */
export function initiativeScope(filters: DashboardFilters) {
  const sql = `FROM initiatives i JOIN complexes c ON c.id = i.complex_id
    WHERE (substr(i.created_at, 1, 4) = @year OR (substr(i.created_at, 1, 4) < @year AND i.status IN ('aangemaakt','in_behandeling','in_uitvoering')))
      AND (@wijk IS NULL OR c.wijk = @wijk) AND (@staff IS NULL OR i.wijkbeheerder_id = @staff) AND (@complex IS NULL OR i.complex_id = @complex)
      AND (@status IS NULL OR i.status = @status) AND (@practiceType IS NULL OR i.practice_type = @practiceType)
      AND (@advised IS NULL OR i.advised_approach = @advised) AND (@chosen IS NULL OR i.chosen_approach = @chosen)`;
  const params = {
    year: String(filters.year),
    wijk: filters.wijk,
    staff: filters.wijkbeheerderId,
    complex: filters.complexId,
    status: filters.status,
    practiceType: filters.practiceType,
    advised: filters.advisedApproach,
    chosen: filters.chosenApproach,
  };
  return { sql, params };
}

