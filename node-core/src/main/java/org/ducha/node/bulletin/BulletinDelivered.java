package org.ducha.node.bulletin;

/**
 * A published bulletin reached the node of a unit it names (or was published there): it
 * goes into that unit's inbox.
 *
 * @param bulletin the bulletin
 * @param mention the unit, and what the bulletin says of it
 */
public record BulletinDelivered(Bulletin bulletin, Mention mention) {
}
