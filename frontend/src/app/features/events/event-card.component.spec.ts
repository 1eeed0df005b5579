import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { anEvent } from '../../../testing/builders';
import { EventCardComponent } from './event-card.component';

describe('EventCardComponent', () => {
  it('writes the date line as Bulgarian does, without a space before the comma, and the zone by name', async () => {
    TestBed.configureTestingModule({ imports: [EventCardComponent], providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(EventCardComponent);
    fixture.componentRef.setInput('event', anEvent());
    fixture.componentRef.setInput('language', 'bg');
    await fixture.whenStable();
    const text = (fixture.nativeElement as HTMLElement).textContent?.replace(/[\u00a0\u202f]/g, ' ');
    expect(text).toContain('четвъртък, 21 май 2026 г., 10:00 – 13:00 ч.');
    expect(text).toContain('българско време');
  });
});
