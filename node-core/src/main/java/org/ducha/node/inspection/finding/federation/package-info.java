/**
 * Rectification on the wire: a requirement is sent by its issuer on the task channel down
 * to its unit's node (relays keep copies) and restated with each decision; a unit's
 * report is sent by the unit's node up to the issuer on the report channel, its
 * attachments pushed after it. Both are re-sent by snapshot.
 */
package org.ducha.node.inspection.finding.federation;
