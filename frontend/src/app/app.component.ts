import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { SECTORS } from '@roundtable/contracts';

@Component({
  selector: 'rt-root',
  imports: [RouterOutlet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<h1>Roundtable</h1><p>{{ sectors.length }}</p><router-outlet />`,
})
export class AppComponent {
  protected readonly sectors = SECTORS;
}
