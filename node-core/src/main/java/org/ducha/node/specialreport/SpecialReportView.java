package org.ducha.node.specialreport;

import java.util.List;

/**
 * A special report as a reader sees it: the report and the current facts of what it
 * cites, in its order.
 *
 * @param report the report
 * @param facts the cited records' facts now
 */
public record SpecialReportView(SpecialReport report, List<ItemFacts> facts) {
}
