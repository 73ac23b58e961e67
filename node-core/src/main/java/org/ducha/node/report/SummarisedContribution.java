package org.ducha.node.report;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A co-unit's contribution a lead unit's report sums up (主办单位汇总).
 *
 * @param contributionId the contribution
 */
@Table("report_contribution")
record SummarisedContribution(String contributionId) {
}
