package org.ducha.node.record;

import java.time.LocalDate;

/**
 * An accountability ladder step about the unit issued in the period (wherever it was
 * issued, as known here). It counts on the day it was issued.
 *
 * @param stepId the step
 * @param kind its rung (NOTICE, INTERVIEW, CRITICISM, REFERRAL, COMMENDATION)
 * @param issuingNode the node that issued it
 * @param issuedOn the day it was issued
 * @param personName the person it concerns, if any
 * @param reason why it was issued
 * @param punitive whether it holds the unit to account (every rung but commendation)
 */
public record LadderFact(String stepId, String kind, String issuingNode, LocalDate issuedOn, String personName,
		String reason, boolean punitive) {
}
