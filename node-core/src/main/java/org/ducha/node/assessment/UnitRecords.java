package org.ducha.node.assessment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Where the assessment reads units' records from: the record facts known at this node.
 */
interface UnitRecords {

	/** The records of the units over the period, in the order asked. */
	List<AssessedRecord> of(Collection<String> unitCodes, LocalDate from, LocalDate to);

}
