// The subscription function's routes. To add one: write its module beside this file (an `HttpRoute` with method,
// path and handler; shared helpers are in context.ts) and add it to this list. The Router, the local server
// (`npm start`) and the CDK HTTP API routes all come from this list.
import type { HttpRoute } from '../../../shared/http-router.ts';
import { checkInbox } from './check-inbox.ts';
import { confirm } from './confirm.ts';
import { confirmPage } from './confirm-page.ts';
import type { SubscriptionContext } from './context.ts';
import { freshLink } from './fresh-link.ts';
import { home } from './home.ts';
import { preferences } from './preferences.ts';
import { preferencesPage } from './preferences-page.ts';
import { subscribe } from './subscribe.ts';
import { topics } from './topics.ts';
import { unsubscribe } from './unsubscribe.ts';
import { unsubscribePage } from './unsubscribe-page.ts';
import { unsubscribeUndo } from './unsubscribe-undo.ts';

export const SUBSCRIPTION_ROUTES: readonly HttpRoute<SubscriptionContext>[] = [
  home,
  topics,
  subscribe,
  checkInbox,
  confirmPage,
  confirm,
  preferencesPage,
  preferences,
  unsubscribePage,
  unsubscribe,
  unsubscribeUndo,
  freshLink,
];
