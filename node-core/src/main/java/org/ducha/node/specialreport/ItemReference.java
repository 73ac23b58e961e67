package org.ducha.node.specialreport;

/**
 * A record a special report cites, by id; its facts are read anew whenever the report is.
 *
 * @param kind what it is
 * @param id its id
 */
public record ItemReference(ItemKind kind, String id) {
}
