package org.ducha.node.federation;

/**
 * The state of one outbound log.
 *
 * @param epoch random id created with the log
 * @param lastSeq highest sequence number written
 * @param ackedSeq highest sequence number the peer acknowledged
 * @param firstRetainedSeq lowest sequence number still stored ({@code lastSeq + 1} when
 * none)
 * @param blocked whether the peer refused an entry and an operator must act
 * @param lastError why it is blocked
 */
public record LogInfo(String epoch, long lastSeq, long ackedSeq, long firstRetainedSeq, boolean blocked,
		String lastError) {
}
