import type { Routes } from '@angular/router';
import { NotFoundComponent } from './shared/ui/not-found.component';

/** Route titles are dictionary keys; see TranslatedTitleStrategy. Every page but the 404 loads lazily. */
export const routes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'titles.events',
    loadComponent: () => import('./features/events/event-list.page').then((m) => m.EventListPage),
  },
  {
    path: 'events/:slug',
    loadComponent: () => import('./features/events/event.page').then((m) => m.EventPage),
  },
  {
    // The summary e-mail links here, with `?token=` for the materials the person may download.
    path: 'events/:slug/summary',
    loadComponent: () => import('./features/summary/summary.page').then((m) => m.SummaryPage),
  },
  {
    path: 'events/:slug/register',
    title: 'register.title',
    loadComponent: () => import('./features/registration/register.page').then((m) => m.RegisterPage),
  },
  {
    // The manage link from a registration e-mail: no account, the token is the key.
    path: 'registrations/:token',
    title: 'manage.title',
    loadComponent: () => import('./features/registration/manage.page').then((m) => m.ManagePage),
  },
  {
    // The personal link from an invitation e-mail: no account, the token is the key.
    path: 'invitations/:token',
    title: 'titles.invitation',
    loadComponent: () => import('./features/invitee/invitee.page').then((m) => m.InviteePage),
  },
  {
    // A theme's public page: its events and their recommendations (decision 0033).
    path: 'themes/:slug',
    title: 'titles.themes',
    loadComponent: () => import('./features/themes/theme.page').then((m) => m.ThemePage),
  },
  {
    path: 'organizer',
    loadChildren: () => import('./features/organizer/organizer.routes').then((m) => m.ORGANIZER_ROUTES),
  },
  { path: '**', title: 'titles.notFound', component: NotFoundComponent },
];
