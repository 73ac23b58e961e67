package org.ducha.node.accountability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.ducha.node.people.ChargeRole;
import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.task.IllegalTransitionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A proposal's decisions: each taken once, by the right people, with a reason.
 */
class ProposalTests {

	private static final LocalDate TODAY = LocalDate.parse("2026-04-08");

	private static final Instant NOW = Instant.parse("2026-04-08T02:00:00Z");

	private static Proposal notice() {
		return Proposal.of("p", "NOTICE:a", StepKind.NOTICE, "441704", "阳东区", ChargeRole.PRINCIPAL, null, null, false,
				"红灯已持续12个工作日", List.of(), LocalDate.parse("2026-04-22"), "system", NOW);
	}

	@Test
	void aConfirmedProposalCannotBeConfirmedAgain() {
		Proposal confirmed = notice().confirmed("督查员", "情况属实", null, TODAY, NOW);
		assertThat(confirmed.status()).isEqualTo(ProposalStatus.CONFIRMED);
		assertThat(confirmed.confirmReason()).isEqualTo("情况属实");
		assertThatThrownBy(() -> confirmed.confirmed("督查员", "再次确认", null, TODAY, NOW))
			.isInstanceOf(IllegalTransitionException.class);
		assertThatThrownBy(() -> confirmed.declined("督查员", false, "不同意", NOW)).as("a supervisor no longer declines it")
			.isInstanceOf(IllegalTransitionException.class);
	}

	@Test
	void aLeaderApprovesOnlyAConfirmedProposalAndOnlyOnce() {
		assertThatThrownBy(() -> notice().approved("领导", null, TODAY, "s", NOW))
			.isInstanceOf(IllegalTransitionException.class)
			.hasMessageContaining("supervisor's confirmation");
		Proposal issued = notice().confirmed("督查员", "情况属实", null, TODAY, NOW).approved("领导", null, TODAY, "s", NOW);
		assertThat(issued.status()).isEqualTo(ProposalStatus.ISSUED);
		assertThat(issued.stepId()).isEqualTo("s");
		assertThatThrownBy(() -> issued.approved("领导", null, TODAY, "t", NOW))
			.isInstanceOf(IllegalTransitionException.class);
		assertThatThrownBy(() -> issued.declined("领导", true, "撤回", NOW)).isInstanceOf(IllegalTransitionException.class);
	}

	@Test
	void aLeaderMayDeclineAConfirmedProposalInsteadOfApprovingIt() {
		Proposal declined = notice().confirmed("督查员", "情况属实", null, TODAY, NOW).declined("领导", true, "已整改到位", NOW);
		assertThat(declined.status()).isEqualTo(ProposalStatus.DECLINED);
		assertThat(declined.declineReason()).isEqualTo("已整改到位");
		assertThatThrownBy(() -> declined.declined("领导", true, "再次", NOW))
			.isInstanceOf(IllegalTransitionException.class);
	}

	@Test
	void everyDecisionGivesItsReason() {
		assertThatThrownBy(() -> notice().confirmed("督查员", " ", null, TODAY, NOW))
			.isInstanceOf(InvalidRequestException.class)
			.hasMessageContaining("reason");
		assertThatThrownBy(() -> notice().declined("督查员", false, null, NOW))
			.isInstanceOf(InvalidRequestException.class);
	}

	@Test
	void aRectificationDeadlineInThePastIsRefused() {
		assertThatThrownBy(() -> notice().confirmed("督查员", "情况属实", LocalDate.parse("2026-04-07"), TODAY, NOW))
			.isInstanceOf(InvalidRequestException.class)
			.hasMessageContaining("rectificationDeadline");
		Proposal stale = notice().confirmed("督查员", "情况属实", null, TODAY, NOW);
		assertThatThrownBy(() -> stale.approved("领导", null, LocalDate.parse("2026-04-23"), "s", NOW))
			.as("the confirmed deadline passed before the approval")
			.isInstanceOf(InvalidRequestException.class);
		assertThat(stale.approved("领导", LocalDate.parse("2026-05-06"), LocalDate.parse("2026-04-23"), "s", NOW)
			.rectificationDeadline()).isEqualTo(LocalDate.parse("2026-05-06"));
	}

}
