import type { RecommendationChange } from '@roundtable/contracts';
import type { I18n } from '../../core/i18n/i18n.service';
import { formatCalendarDate, formatNumericDate } from '../../core/time/event-time';
import './summary.i18n';

export interface HistoryLine {
  /** "14.06.2024", the day of the change at the event's place. */
  date: string;
  /** "в изпълнение, срок: 30 септември 2024 г.": the status then, and what else changed that day. */
  what: string;
}

/**
 * A recommendation's history as a short dated list, oldest first: "14.06.2024 – в изпълнение". Each line names the
 * status and, after the first, whatever else changed (owner, due date, wording), so a reader sees the follow-up.
 */
export function historyLines(history: RecommendationChange[], timeZone: string, i18n: I18n): HistoryLine[] {
  const language = i18n.language();
  return history.map((change, index) => {
    const previous = index > 0 ? history[index - 1] : null;
    const words = [lowerFirst(i18n.label('recommendationStatus', change.status), i18n.locale())];
    if (previous !== null) {
      if (change.dueDate !== previous.dueDate) {
        words.push(
          change.dueDate
            ? i18n.t('summaryEditor.historyDue', { date: formatCalendarDate(change.dueDate, language) })
            : i18n.t('summaryEditor.historyNoDue'),
        );
      }
      if (change.owner !== previous.owner && change.owner) {
        words.push(i18n.t('summaryEditor.historyOwner', { owner: change.owner }));
      }
      if (change.text !== previous.text) words.push(i18n.t('summaryEditor.historyText'));
    }
    return { date: formatNumericDate(change.at, timeZone, language), what: words.join(', ') };
  });
}

function lowerFirst(text: string, locale: string): string {
  return text.charAt(0).toLocaleLowerCase(locale) + text.slice(1);
}
