/**
 * Coordination (协调, 二(一)): a lead unit's attempts to resolve a problem with its co-units,
 * recorded on its LEAD assignment and sent to the task's issuer; after two attempts
 * without result the lead unit owes a written report upward (how coordination went, why
 * it failed, its opinions and suggestions), filed as a COORDINATION_REQUEST alert.
 */
package org.ducha.node.coordination;
