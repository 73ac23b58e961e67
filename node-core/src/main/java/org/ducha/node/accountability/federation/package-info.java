/**
 * The ladder on the wire: a step is sent by its issuer on the alert channel down to the
 * unit's node and up to the root, each copy the issuer's fact, kept by every node on the
 * way; a rectification report is sent by the unit's node up to the root on the report
 * channel, through the notice's issuer. Both are re-sent by snapshot.
 */
package org.ducha.node.accountability.federation;
