package org.ducha.node.bulletin;

/**
 * This node published a bulletin: it goes down to every node holding a unit it names.
 *
 * @param bulletin the bulletin as published
 */
public record BulletinPublished(Bulletin bulletin) {
}
