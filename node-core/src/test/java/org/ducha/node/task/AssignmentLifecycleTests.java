package org.ducha.node.task;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The assignment's lifecycle (docs/business-rules.md §6.1) as the aggregate guards it:
 * every transition, every refusal, and copies that take a step only once and never move
 * back.
 */
class AssignmentLifecycleTests {

	private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

	private static Assignment pending() {
		return Assignment.create("a-1", "t-1", "441704", AssignmentRole.LEAD);
	}

	private static Assignment signed() {
		Assignment assignment = pending();
		assignment.sign("li", NOW, "440000");
		return assignment;
	}

	private static Assignment reporting() {
		Assignment assignment = signed();
		assignment.report(30, NOW);
		return assignment;
	}

	@Test
	void anUnsignedOrSignedAssignmentIsReturnedWithItsReasonAndTellsTheIssuer() {
		Assignment assignment = pending();
		assignment.returnToIssuer("li", NOW, "不属于本单位职责", "440000");

		assertThat(assignment.getStatus()).isEqualTo(AssignmentStatus.RETURNED);
		assertThat(assignment.returned().returnReason()).isEqualTo("不属于本单位职责");
		assertThat(assignment.getLifecycleStep()).isEqualTo(1);
		signed().returnToIssuer("li", NOW, "职责调整", "440000");
	}

	@Test
	void refusesToReturnAnAssignmentAlreadyReportedOn() {
		assertThatThrownBy(() -> reporting().returnToIssuer("li", NOW, "x", "440000"))
			.isInstanceOf(IllegalTransitionException.class)
			.hasMessageContaining("is REPORTING");
	}

	@Test
	void aReturnedAssignmentIsReassignedOnceOnly() {
		Assignment assignment = pending();
		assignment.returnToIssuer("li", NOW, "不属于本单位职责", "440000");
		assignment.replaceBy("a-2");

		assertThat(assignment.returned().replacedBy()).isEqualTo("a-2");
		assertThatThrownBy(() -> assignment.replaceBy("a-3")).isInstanceOf(IllegalTransitionException.class)
			.hasMessageContaining("a-2");
		assertThatThrownBy(() -> signed().replaceBy("a-2")).isInstanceOf(IllegalTransitionException.class)
			.hasMessageContaining("is SIGNED");
	}

	@Test
	void completionIsAskedFromASignedOrReportingAssignmentOnly() {
		Assignment assignment = reporting();
		assignment.requestCompletion("li", NOW, "已全部完成", "440000");

		assertThat(assignment.getStatus()).isEqualTo(AssignmentStatus.COMPLETION_REQUESTED);
		assertThat(assignment.getCompletionEvidence()).isEqualTo("已全部完成");
		assertThatThrownBy(() -> pending().requestCompletion("li", NOW, "x", "440000"))
			.isInstanceOf(IllegalTransitionException.class)
			.hasMessageContaining("is PENDING_SIGN");
		assertThatThrownBy(() -> assignment.requestCompletion("li", NOW, "again", "440000"))
			.isInstanceOf(IllegalTransitionException.class)
			.hasMessageContaining("is COMPLETION_REQUESTED");
	}

	@Test
	void anApprovedCompletionClosesTheAssignment() {
		Assignment assignment = reporting();
		assignment.requestCompletion("li", NOW, "已完成", "440000");
		assignment.decideCompletion(true, "zhang", NOW, null);

		assertThat(assignment.getStatus()).isEqualTo(AssignmentStatus.COMPLETED);
		assertThat(assignment.getDecidedBy()).isEqualTo("zhang");
		assertThat(assignment.isOpen()).isFalse();
		assertThatThrownBy(() -> assignment.report(100, NOW)).isInstanceOf(IllegalTransitionException.class);
	}

	@Test
	void aRefusedCompletionGoesBackToReportingWithTheReason() {
		Assignment fromReporting = reporting();
		fromReporting.requestCompletion("li", NOW, "已完成", "440000");
		fromReporting.decideCompletion(false, "zhang", NOW, "缺少验收材料");
		assertThat(fromReporting.getStatus()).isEqualTo(AssignmentStatus.REPORTING);
		assertThat(fromReporting.getDecisionReason()).isEqualTo("缺少验收材料");

		Assignment fromSigned = signed();
		fromSigned.requestCompletion("li", NOW, "已完成", "440000");
		fromSigned.decideCompletion(false, "zhang", NOW, "未见成效");
		assertThat(fromSigned.getStatus()).as("asked before any report, refused: reporting is what is owed")
			.isEqualTo(AssignmentStatus.REPORTING);
	}

	@Test
	void onlyAWaitingCompletionIsDecided() {
		assertThatThrownBy(() -> reporting().decideCompletion(true, "zhang", NOW, null))
			.isInstanceOf(IllegalTransitionException.class)
			.hasMessageContaining("is REPORTING");
	}

	@Test
	void theDeadlineInForceIsTheExtendedOneOnceApproved() {
		Assignment assignment = signed();
		LocalDate original = LocalDate.of(2026, 6, 30);
		assertThat(assignment.deadline(original)).isEqualTo(original);
		assignment.extendTo(LocalDate.of(2026, 8, 31));
		assertThat(assignment.deadline(original)).isEqualTo(LocalDate.of(2026, 8, 31));
	}

	@Test
	void aCopyTakesEachStepOnceAndNeverMovesBack() {
		Assignment copy = pending();
		copy.applySigned("li", NOW, 1);
		copy.applyReported(50, NOW, 2);
		copy.applyCompletionRequested("li", NOW, "已完成", 1);
		assertThat(copy.getStatus()).isEqualTo(AssignmentStatus.COMPLETION_REQUESTED);

		copy.applyCompletionDecided(false, "zhang", NOW, "缺少材料", 2);
		assertThat(copy.getStatus()).isEqualTo(AssignmentStatus.REPORTING);
		copy.applyCompletionRequested("li", NOW, "已完成", 1);
		assertThat(copy.getStatus()).as("an old request arriving again changes nothing")
			.isEqualTo(AssignmentStatus.REPORTING);

		copy.applyCompletionRequested("li", NOW, "补充材料后完成", 3);
		copy.applyCompletionDecided(true, "zhang", NOW, null, 4);
		copy.applyCompletionDecided(false, "zhang", NOW, "stale", 2);
		assertThat(copy.getStatus()).isEqualTo(AssignmentStatus.COMPLETED);
		assertThat(copy.getLifecycleStep()).isEqualTo(4);
	}

	@Test
	void anExtensionIsDecidedOnceWithTheOriginalDateKept() {
		ExtensionRequest request = ExtensionRequest.of("e-1", signed(), "li", NOW, LocalDate.of(2026, 6, 30),
				LocalDate.of(2026, 9, 30), "汛期影响施工");
		request.decide(true, LocalDate.of(2026, 8, 31), "zhang", NOW, null);

		assertThat(request.getStatus()).isEqualTo(ExtensionRequest.Status.APPROVED);
		assertThat(request.getApprovedDate()).as("the issuer's own date, not necessarily the one asked for")
			.isEqualTo(LocalDate.of(2026, 8, 31));
		assertThat(request.getDeadlineBefore()).isEqualTo(LocalDate.of(2026, 6, 30));
		assertThatThrownBy(() -> request.decide(false, null, "zhang", NOW, "x"))
			.isInstanceOf(IllegalTransitionException.class)
			.hasMessageContaining("is APPROVED");
		assertThat(request.apply(false, null, "zhang", NOW, "late copy")).isFalse();
	}

}
