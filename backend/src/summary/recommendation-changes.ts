import type { FieldError, RecommendationInput } from '@roundtable/contracts';

type Fields = Pick<RecommendationInput, 'text' | 'owner' | 'dueDate' | 'status'>;

/** Whether a PUT changed what a recommendation says (its place in the list is not part of its history). */
export function recommendationChanged(before: Required<Fields>, after: Fields): boolean {
  return (
    before.text !== after.text ||
    before.owner !== (after.owner ?? null) ||
    before.dueDate !== (after.dueDate ?? null) ||
    before.status !== after.status
  );
}

/** Each id must be one of the event's recommendations, and given once: otherwise a field error. */
export function unknownRecommendationIds(
  inputs: readonly Pick<RecommendationInput, 'id'>[],
  known: ReadonlySet<string>,
): FieldError[] {
  const seen = new Set<string>();
  return inputs.flatMap((input, index) => {
    if (input.id === undefined) return [];
    const repeated = seen.has(input.id);
    seen.add(input.id);
    if (known.has(input.id) && !repeated) return [];
    return [
      {
        field: `recommendations.${index}.id`,
        rule: 'unknownValue' as const,
        message: repeated
          ? 'each recommendation may appear once'
          : "id must be one of this event's recommendations; leave it out for a new one",
      },
    ];
  });
}
