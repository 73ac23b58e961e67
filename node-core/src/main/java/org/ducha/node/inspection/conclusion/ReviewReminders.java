package org.ducha.node.inspection.conclusion;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.ducha.node.NodeIdentity;
import org.ducha.node.audit.AuditCategory;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.notify.Audience;
import org.ducha.node.notify.Notifications;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds this node's supervision office as the review of an objection nears its 30 days:
 * once at each mark (5 days and 1 day before the deadline, by default), a mark missed
 * while the node was down reminded on its next run, each reminder audited and notified to
 * the handlers of this node's own government unit.
 */
@Service
public class ReviewReminders {

	/** Days before the review's deadline at which it is reminded, largest first. */
	static final List<Integer> MARKS = List.of(5, 1);

	private final ConclusionStore store;

	private final Notifications notifications;

	private final AuditTrail audit;

	private final NodeIdentity self;

	private final Clock clock;

	ReviewReminders(ConclusionStore store, Notifications notifications, AuditTrail audit, NodeIdentity self,
			Clock clock) {
		this.store = store;
		this.notifications = notifications;
		this.audit = audit;
		this.self = self;
		this.clock = clock;
	}

	/** Sends the reminders due today; returns how many were sent. */
	@Transactional
	public int remindDue() {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), NodeIdentity.ZONE);
		int sent = 0;
		for (Conclusion conclusion : this.store.awaitingReview(this.self.code())) {
			Integer mark = markDue(conclusion.reviewDueOn(), today);
			if (mark != null && this.store.remindOnce(conclusion.id(), mark, conclusion.reviewDueOn(),
					this.clock.instant().truncatedTo(ChronoUnit.MICROS))) {
				String subject = "复核期限将至 / Review due in " + mark + " day(s)";
				String body = "单位 " + conclusion.unitName() + " 对督查结论 " + conclusion.id() + " 的复核申请应于 "
						+ conclusion.reviewDueOn() + " 前复核完毕 / The objection of " + conclusion.unitName()
						+ " to conclusion " + conclusion.id() + " is to be reviewed by " + conclusion.reviewDueOn();
				this.notifications.notifyUnit(this.self.code(), Audience.HANDLERS, subject, body,
						"conclusion/" + conclusion.id());
				this.audit.recordWithChange(AuditCategory.BUSINESS, "CONCLUSION_REVIEW_REMINDED", "system", null,
						"review of the objection to conclusion " + conclusion.id() + " due " + conclusion.reviewDueOn()
								+ ", " + mark + " day(s) before");
				sent++;
			}
		}
		return sent;
	}

	/**
	 * The mark due on a day: the smallest mark not before the days left, so that a mark
	 * missed is caught up and a larger one is not sent after a smaller; none once the
	 * deadline passed.
	 */
	static Integer markDue(LocalDate dueOn, LocalDate today) {
		long left = ChronoUnit.DAYS.between(today, dueOn);
		if (left < 0) {
			return null;
		}
		Integer due = null;
		for (int mark : MARKS) {
			if (left <= mark) {
				due = mark;
			}
		}
		return due;
	}

}
