import type { CalendarEventFacts } from './ics';

/** "Add to calendar" links for the public event page. They carry only public facts of the event. */
export function addToCalendarLinks(
  event: CalendarEventFacts,
  eventPageUrl: string,
): { google: string; outlook: string } {
  const place = [event.venue.name, event.venue.address, event.venue.city].filter(Boolean).join(', ');
  const details = `${event.description.slice(0, 1000)}\n\n${eventPageUrl}`.trim();
  const google = new URL('https://calendar.google.com/calendar/render');
  google.search = new URLSearchParams({
    action: 'TEMPLATE',
    text: event.title,
    dates: `${compactUtc(event.startsAt)}/${compactUtc(event.endsAt)}`,
    ctz: event.timezone,
    location: place,
    details,
  }).toString();
  const outlook = new URL('https://outlook.office.com/calendar/0/deeplink/compose');
  outlook.search = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: event.title,
    startdt: event.startsAt.toISOString(),
    enddt: event.endsAt.toISOString(),
    location: place,
    body: details,
  }).toString();
  return { google: google.toString(), outlook: outlook.toString() };
}

function compactUtc(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}
