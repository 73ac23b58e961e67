/**
 * Identity and time of records: time-ordered UUIDs generated where a record is born.
 */
package org.ducha.node.time;
