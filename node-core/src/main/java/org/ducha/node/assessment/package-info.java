/**
 * The yearly and quarterly assessment of units (绩效考核; docs/business-rules.md,
 * "Assessment"): the formula the province sets and every node receives, each unit's score
 * from its record with every fact it counted, the ranking per level and its workbook.
 */
package org.ducha.node.assessment;
