/**
 * Co-units' contributions to the lead unit's report (协办材料; 主办单位汇总报送, 三(一);
 * docs/business-rules.md §6.8): a co-unit writes its contribution for one of its due
 * slots at its node; it goes up to the task's issuer, which passes it down to the lead
 * unit's node, so that no entry ever crosses into a sibling's subtree; the lead unit's
 * report sums the contributions up and names them.
 */
package org.ducha.node.contribution;
