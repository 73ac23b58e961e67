package org.ducha.node.divisions;

import java.util.List;

import org.ducha.node.audit.AuditCategory;
import org.ducha.node.audit.AuditTrail;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes the division records the province sets; a record no newer than the one held for
 * its code changes nothing, so a record arriving twice (log and re-sync) is harmless.
 */
@Service
public class DivisionReplication {

	private final DivisionStore store;

	private final Divisions divisions;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	DivisionReplication(DivisionStore store, Divisions divisions, AuditTrail audit, ApplicationEventPublisher events) {
		this.store = store;
		this.divisions = divisions;
		this.audit = audit;
		this.events = events;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void apply(DivisionRecord record) {
		long held = this.store.versionOf(record.code());
		if (record.version() <= held) {
			return;
		}
		this.store.replace(record);
		this.audit.recordWithChange(AuditCategory.REFERENCE, "DIVISION_RECEIVED", record.changedBy(),
				record.originNode(),
				"division " + record.code() + " " + record.name()
						+ (record.retired() ? " retired" : " under " + record.parentCode()) + " as registry version "
						+ record.version() + ": " + record.reason());
		this.events.publishEvent(new DivisionChanged(record, false));
		this.divisions.changed();
	}

	/** The records set after version 0, for a re-sync. */
	@Transactional(readOnly = true)
	public List<DivisionRecord> changedRecords() {
		return this.store.all();
	}

}
