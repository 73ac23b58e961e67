/**
 * Contributions on the wire: a co-unit's contribution goes up to the task's issuer on the
 * report channel (ContributionMade, stated by the co-unit's node), and the issuer passes
 * it down to the lead unit's node on the task channel (ContributionForwarded, stated by
 * the issuer); every node on the way keeps it; re-syncs send them again.
 */
package org.ducha.node.contribution.federation;
