/**
 * The accountability ladder (三(四), 条例 Art 21): the node proposes from its record — a
 * supervision notice when an assignment of its task stays red or lags, an interview when
 * a notice's rectification deadline passes unaccepted, public criticism when a person has
 * been interviewed twice within a year, commendation for a year without fault — and
 * people decide: a supervisor confirms or declines, a leader approves, and the step is
 * issued to the unit. Steps are facts of the issuing node, kept at the unit's node and at
 * every node above it, which all count them per person and per unit.
 */
package org.ducha.node.accountability;
