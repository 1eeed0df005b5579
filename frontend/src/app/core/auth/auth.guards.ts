import { inject } from '@angular/core';
import { Router, type CanActivateFn } from '@angular/router';
import type { UserRole } from '@roundtable/contracts';
import { Auth, hasRole, ORGANIZER_ROLES } from './auth.service';

/**
 * Lets the given roles through. Visitors go to the login page (and come back afterwards); a signed-in
 * account without the role goes to the dashboard, which shows staff only the events they check people in at.
 */
function requireRoles(allowed: readonly UserRole[]): CanActivateFn {
  return (_route, state) => {
    const auth = inject(Auth);
    const router = inject(Router);
    const user = auth.user();
    if (!user) return router.createUrlTree(['/organizer/login'], { queryParams: { returnUrl: state.url } });
    if (hasRole(user.role, allowed)) return true;
    return router.createUrlTree(['/organizer']);
  };
}

export const organizerGuard = requireRoles(ORGANIZER_ROLES);
export const adminGuard = requireRoles(['admin']);
export const signedInGuard = requireRoles(['admin', 'organizer', 'staff']);
