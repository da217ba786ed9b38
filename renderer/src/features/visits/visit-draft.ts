/** Everything typed in the quick visit form; autosaved as a draft and turned into visits:create on save. */
export interface VisitDraft {
  complexId: string;
  complexLabel: string;
  visitDate: string;
  note: string;
  residents: { id?: string; name: string }[];
  initiativeIds: string[];
  newInitiative: { title: string; practiceType: string; origin: string; personRole?: string };
  followUp: { title: string; dueDate: string; ownerId: string };
  photos: { id: string; name: string }[];
}

export function emptyVisitDraft(today: string, ownerId: string): VisitDraft {
  return {
    complexId: '',
    complexLabel: '',
    visitDate: today,
    note: '',
    residents: [],
    initiativeIds: [],
    newInitiative: { title: '', practiceType: '', origin: 'bewoners' },
    followUp: { title: '', dueDate: '', ownerId },
    photos: [],
  };
}

/**
 * Only what was filled in becomes part of the visit; empty optional parts are left out. What is missing or wrong
 * stays as typed, for the contract's schema to name (see QuickVisitDialog).
 */
export function toVisitInput(draft: VisitDraft, draftId: string | undefined) {
  const { newInitiative, followUp } = draft;
  return {
    complexId: draft.complexId || undefined,
    visitDate: draft.visitDate,
    note: draft.note,
    residentIds: draft.residents.flatMap((r) => (r.id ? [r.id] : [])),
    newResidents: draft.residents.flatMap((r) => (r.id ? [] : [{ name: r.name }])),
    initiativeIds: draft.initiativeIds,
    newInitiatives: newInitiative.title.trim()
      ? [
          {
            title: newInitiative.title,
            practiceType: newInitiative.practiceType || undefined,
            origin: newInitiative.origin,
            personRole: newInitiative.personRole || 'initiatiefnemer',
          },
        ]
      : [],
    followUps: followUp.title.trim()
      ? [{ title: followUp.title, dueDate: followUp.dueDate, ownerId: followUp.ownerId }]
      : [],
    photoIds: draft.photos.map((p) => p.id),
    ...(draftId ? { draftId } : {}),
  };
}

/** Today in the Netherlands as YYYY-MM-DD (the browser may run in another zone). */
export function todayInNl(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
}
