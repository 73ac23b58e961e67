/**
 * The REST adapter of inspection plans, under {@code /api/v1/inspections/plans}.
 */
package org.ducha.node.inspection.web;
