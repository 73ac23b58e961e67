/**
 * Units (单位): this node's own departments, and the lower governments a task can be
 * assigned to, known from the administrative tree.
 */
package org.ducha.node.unit;
