import { FormArray, FormControl, FormGroup, Validators } from '@angular/forms';
import {
  KEY_POINT_MAX_LENGTH,
  RECOMMENDATION_OWNER_MAX_LENGTH,
  RECOMMENDATION_TEXT_MAX_LENGTH,
  SUMMARY_BODY_MAX_LENGTH,
  type Recommendation,
  type RecommendationStatus,
  type Summary,
  type SummaryInput,
} from '@roundtable/contracts';
import { plainText, requiredText, singleLine } from '../../../core/forms/field-errors';

export function createKeyPoint(text = ''): FormControl<string> {
  return new FormControl(text, {
    nonNullable: true,
    validators: [requiredText, plainText, Validators.maxLength(KEY_POINT_MAX_LENGTH)],
  });
}

export function createRecommendationRow(recommendation?: Recommendation) {
  const value = recommendation ? rowValue(recommendation) : null;
  return new FormGroup({
    // Not a field: the id of a recommendation that exists, sent back so that its history goes on.
    id: new FormControl<string | null>(value?.id ?? null),
    text: new FormControl(value?.text ?? '', {
      nonNullable: true,
      validators: [requiredText, plainText, Validators.maxLength(RECOMMENDATION_TEXT_MAX_LENGTH)],
    }),
    owner: new FormControl(value?.owner ?? '', {
      nonNullable: true,
      validators: [singleLine, Validators.maxLength(RECOMMENDATION_OWNER_MAX_LENGTH)],
    }),
    // `YYYY-MM-DD` from <input type="date">, or '' for none.
    dueDate: new FormControl(value?.dueDate ?? '', { nonNullable: true }),
    status: new FormControl<RecommendationStatus>(value?.status ?? 'proposed', {
      nonNullable: true,
    }),
  });
}

export type RecommendationRow = ReturnType<typeof createRecommendationRow>;

export function createSummaryForm() {
  return new FormGroup({
    body: new FormControl('', {
      nonNullable: true,
      validators: [plainText, Validators.maxLength(SUMMARY_BODY_MAX_LENGTH)],
    }),
    keyPoints: new FormArray<FormControl<string>>([]),
    recommendations: new FormArray<RecommendationRow>([]),
  });
}

export type SummaryForm = ReturnType<typeof createSummaryForm>;

/**
 * The form as the summary was saved (or empty before the first save), pristine, without a preview request. After
 * a save the rows are usually the same ones: they are filled in place, so the page keeps its fields (and focus)
 * instead of drawing every row anew.
 */
export function fillSummaryForm(form: SummaryForm, summary: Summary | null): void {
  const quiet = { emitEvent: false };
  form.controls.body.setValue(summary?.body ?? '', quiet);

  const points = summary?.keyPoints ?? [];
  const pointRows = form.controls.keyPoints;
  if (pointRows.length === points.length) {
    points.forEach((point, index) => pointRows.at(index).setValue(point, quiet));
  } else {
    pointRows.clear(quiet);
    for (const point of points) pointRows.push(createKeyPoint(point), quiet);
  }

  const recommendations = summary?.recommendations ?? [];
  const rows = form.controls.recommendations;
  if (rows.length === recommendations.length) {
    recommendations.forEach((recommendation, index) =>
      rows.at(index).setValue(rowValue(recommendation), quiet),
    );
  } else {
    rows.clear(quiet);
    for (const recommendation of recommendations) rows.push(createRecommendationRow(recommendation), quiet);
  }
  form.markAsPristine();
  form.markAsUntouched();
}

/** A row's value: empty strings where the API says null, as the inputs hold them. */
interface RowValue {
  id: string | null;
  text: string;
  owner: string;
  dueDate: string;
  status: RecommendationStatus;
}

function rowValue(recommendation: Recommendation): RowValue {
  return {
    id: recommendation.id,
    text: recommendation.text,
    owner: recommendation.owner ?? '',
    dueDate: recommendation.dueDate ?? '',
    status: recommendation.status,
  };
}

/**
 * The PUT body: the whole summary in the form's order. Existing recommendations keep their `id` (a new one has
 * none); an empty owner or due date is sent as null, so that clearing one clears it on the server too.
 */
export function toSummaryInput(form: SummaryForm): SummaryInput {
  const value = form.getRawValue();
  return {
    body: value.body,
    keyPoints: value.keyPoints.map((point) => point.trim()),
    recommendations: value.recommendations.map((row) => ({
      ...(row.id ? { id: row.id } : {}),
      text: row.text.trim(),
      owner: row.owner.trim() || null,
      dueDate: row.dueDate || null,
      status: row.status,
    })),
  };
}
