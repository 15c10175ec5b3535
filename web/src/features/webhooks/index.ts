export { WebhookEventsPage } from './WebhookEventsPage';
