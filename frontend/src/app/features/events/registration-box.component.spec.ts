import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Event } from '@roundtable/contracts';
import { anEvent } from '../../../testing/builders';
import { RegistrationBoxComponent } from './registration-box.component';

const UPCOMING = anEvent({
  status: 'published',
  startsAt: '2031-05-21T09:30:00+03:00',
  endsAt: '2031-05-21T13:30:00+03:00',
});

describe('RegistrationBoxComponent', () => {
  async function render(event: Partial<Event>): Promise<HTMLElement> {
    localStorage.clear();
    TestBed.configureTestingModule({ imports: [RegistrationBoxComponent], providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(RegistrationBoxComponent);
    fixture.componentRef.setInput('event', { ...UPCOMING, ...event });
    fixture.componentRef.setInput('language', 'bg');
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }
  const link = (box: HTMLElement) => box.querySelector('a');

  it.each([1, 2, 21])('says the seats left in a form that agrees with %i', async (count) => {
    const box = await render({ seatsLeft: count });
    expect(box.textContent).toContain(`Свободни места: ${count}`);
    expect(link(box)?.textContent?.trim()).toBe('Регистрация за участие');
    expect(link(box)?.getAttribute('href')).toBe('/events/kragla-masa/register');
  });

  it('offers the wait list when the seats are taken', async () => {
    const box = await render({ seatsLeft: 0 });
    expect(box.textContent).toContain('Местата са заети – можете да се включите в списъка на чакащите.');
    expect(box.textContent).not.toContain('Свободни места');
    expect(link(box)?.textContent?.trim()).toBe('Включване в списъка на чакащите');
  });

  it('says when registration opens, and offers no form before then', async () => {
    const box = await render({ registrationOpensAt: '2031-04-01T10:00:00+03:00' });
    // The date's own „ч.“ ends the sentence: no second full stop after it.
    expect(box.textContent).toContain('Регистрацията започва на 1 април 2031 г. в 10:00 ч.');
    expect(box.textContent).not.toContain('ч..');
    expect(link(box)).toBeNull();
  });

  it('says registration is closed once its time has passed', async () => {
    const box = await render({ registrationClosesAt: '2026-01-01T10:00:00+02:00' });
    expect(box.textContent).toContain('Регистрацията е закрита.');
    expect(link(box)).toBeNull();
  });

  it('says an invite-only event takes nobody without an invitation', async () => {
    const box = await render({ registrationMode: 'invite-only' });
    expect(box.textContent).toContain('Участието е само с покана от организаторите.');
    expect(link(box)).toBeNull();
  });
});
