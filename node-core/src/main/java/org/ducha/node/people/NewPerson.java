package org.ducha.node.people;

/**
 * A person to record for a unit.
 *
 * @param name name
 * @param title 职务
 * @param phone phone, if any
 */
public record NewPerson(String name, String title, String phone) {
}
