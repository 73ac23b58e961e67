package org.ducha.node.people;

/**
 * A person recorded for a unit: a record of the unit (name, title, phone), not an
 * account.
 *
 * @param id id, born at the unit's node
 * @param unitCode the unit
 * @param name name
 * @param title 职务, e.g. 副区长
 * @param phone phone, if recorded
 */
public record Person(String id, String unitCode, String name, String title, String phone) {
}
