/**
 * Notifications outside the application (e-mail today; SMS or IM behind the same
 * {@link org.ducha.node.notify.Notifier} interface later): written in the business
 * transaction, sent by a job after it committed, held through quiet hours and retried
 * with backoff. Addresses come from a {@link org.ducha.node.notify.ContactDirectory}.
 */
package org.ducha.node.notify;
