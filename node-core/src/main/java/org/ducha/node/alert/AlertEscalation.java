package org.ducha.node.alert;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ducha.node.NodeIdentity;
import org.ducha.node.audit.AuditCategory;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.calendar.CalendarData;
import org.ducha.node.calendar.WorkingCalendar;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Escalates the alerts addressed to this node that nobody signed for in time: each once,
 * marked ESCALATED, with an inbox item for the receiving unit's head and for the node's
 * supervisors, and an audit record. The recipient's node escalates, since signing is its
 * fact: a prompt to a county that stays unsigned escalates at the county. Run by a
 * scheduled job; safe to run any number of times.
 */
@Service
public class AlertEscalation {

	private static final Logger logger = LoggerFactory.getLogger(AlertEscalation.class);

	private final AlertRepository alerts;

	private final WorkingCalendar calendar;

	private final EscalationRule rule;

	private final AuditTrail audit;

	private final NodeIdentity self;

	private final Clock clock;

	private final TransactionTemplate transaction;

	AlertEscalation(AlertRepository alerts, WorkingCalendar calendar, AlertSettings settings, AuditTrail audit,
			NodeIdentity self, Clock clock, PlatformTransactionManager transactions) {
		this.alerts = alerts;
		this.calendar = calendar;
		this.rule = settings.rule();
		this.audit = audit;
		this.self = self;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Escalates every alert overdue for signing today, each in its own transaction.
	 * @return how many escalated
	 */
	public int escalateDue() {
		LocalDate today = this.calendar.today();
		CalendarData calendar = this.calendar.data();
		// signing is due at least N calendar days after raising, so older alerts only
		Instant before = today.minusDays(this.rule.workingDays()).atStartOfDay(NodeIdentity.ZONE).toInstant();
		int escalated = 0;
		for (Alert candidate : this.alerts.openTo(this.self.code(), before)) {
			LocalDate raisedOn = ZonedDateTime.ofInstant(candidate.getRaisedAt(), NodeIdentity.ZONE).toLocalDate();
			if (!this.rule.escalates(raisedOn, today, calendar)) {
				continue;
			}
			try {
				Boolean done = this.transaction.execute((status) -> escalate(candidate.getId(), raisedOn, calendar));
				escalated += Boolean.TRUE.equals(done) ? 1 : 0;
			}
			catch (RuntimeException ex) {
				logger.warn("Escalating alert {} failed; the next run tries again", candidate.getId(), ex);
			}
		}
		return escalated;
	}

	private boolean escalate(String alertId, LocalDate raisedOn, CalendarData calendar) {
		Alert alert = this.alerts.findById(alertId).orElse(null);
		if (alert == null || !alert.escalate(this.clock.instant())) {
			return false;
		}
		this.alerts.save(alert);
		String unit = (alert.getToUnit() != null) ? alert.getToUnit() : alert.getToNode();
		this.audit.recordWithChange(AuditCategory.OPERATION, "ALERT_ESCALATED", "system",
				alert.getFromNode().equals(this.self.code()) ? null : alert.getFromNode(),
				"alert " + alert.getId() + " (" + alert.getKind() + ") to unit " + unit + " from node "
						+ alert.getFromNode() + " was not signed for by " + this.rule.signBy(raisedOn, calendar));
		return true;
	}

}
