/**
 * The assessment's REST adapter: the formula (read, and set at the province), the scores
 * of a period, a unit's breakdown and the workbook.
 */
package org.ducha.node.assessment.web;
