import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { StaffAssignmentComponent } from '../app/features/organizer/checkin/staff-assignment.component';
import { EventEditorPage } from '../app/features/organizer/event-editor/event-editor.page';

/** The event editor's staff section asks for its own data; its behaviour has its own spec. */
@Component({ selector: 'rt-staff-assignment', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class StaffAssignmentStub {
  readonly eventId = input.required<string>();
}

/** Call after configureTestingModule in specs of the event editor that are about other things. */
export function stubStaffAssignment(): void {
  TestBed.overrideComponent(EventEditorPage, {
    remove: { imports: [StaffAssignmentComponent] },
    add: { imports: [StaffAssignmentStub] },
  });
}
