package org.ducha.node.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.task.IllegalTransitionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An inspection plan's steps: each allowed in one state only, every refusal naming the
 * state.
 */
class InspectionPlanTests {

	private static final Instant NOW = Instant.parse("2026-04-08T02:00:00Z");

	private static final PlanSummary CITY_PLAN = new PlanSummary(UUID.randomUUID(), "441700", "阳江市", "阳东区营商环境专项督查",
			LocalDate.parse("2026-05-01"), LocalDate.parse("2026-05-31"), List.of("441704"));

	static PlanContent content(Set<InspectionMethod> methods) {
		return new PlanContent("营商环境专项督查", PlanKind.SPECIAL, methods, LocalDate.parse("2026-05-10"),
				LocalDate.parse("2026-05-20"), List.of(new PlanObject("441704", "阳东区")), List.of("督查员甲", "督查员乙"),
				new PlanBasis(BasisKind.ANNUAL_PRIORITY, null, "2026年重点工作"));
	}

	private static InspectionPlan draft() {
		return InspectionPlan.draft(UUID.randomUUID(), "440000", "广东省", content(Set.of(InspectionMethod.SITE_VISITS)),
				"sup", NOW);
	}

	private static InspectionPlan approved() {
		return draft().submitted(List.of(), null).approved("leader", NOW);
	}

	@Test
	void aPlanRunsFromDraftThroughApprovalToClosed() {
		InspectionPlan submitted = draft().submitted(List.of(), null);
		assertThat(submitted.status()).isEqualTo(PlanStatus.AWAITING_APPROVAL);
		InspectionPlan approved = submitted.approved("leader", NOW);
		assertThat(approved.status()).isEqualTo(PlanStatus.APPROVED);
		assertThat(approved.approvedBy()).isEqualTo("leader");
		InspectionPlan done = approved.carriedOut(NOW);
		assertThat(done.status()).isEqualTo(PlanStatus.CARRIED_OUT);
		InspectionPlan closed = done.closed(NOW);
		assertThat(closed.status()).isEqualTo(PlanStatus.CLOSED);
		assertThat(closed.facts().authors()).containsExactlyInAnyOrder("sup", "leader", "督查员甲", "督查员乙");
	}

	@Test
	void aLeaderSendsAPlanBackToItsDraftWithAReason() {
		InspectionPlan submitted = draft().submitted(List.of(), null);
		assertThatThrownBy(() -> submitted.sentBack(" ")).isInstanceOf(InvalidRequestException.class);
		InspectionPlan back = submitted.sentBack("范围过宽");
		assertThat(back.status()).isEqualTo(PlanStatus.DRAFT);
		assertThat(back.sentBackReason()).isEqualTo("范围过宽");
		assertThat(back.submitted(List.of(), null).sentBackReason()).isNull();
	}

	@Test
	void refusesApprovalOfADraftNamingItsState() {
		assertThatThrownBy(() -> draft().approved("leader", NOW)).isInstanceOf(IllegalTransitionException.class)
			.hasMessageContaining("is DRAFT");
	}

	@Test
	void refusesEveryStepOutOfOrder() {
		InspectionPlan approved = approved();
		assertThatThrownBy(() -> approved.approved("leader", NOW)).hasMessageContaining("is APPROVED");
		assertThatThrownBy(() -> approved.sentBack("no")).hasMessageContaining("is APPROVED");
		assertThatThrownBy(() -> approved.withdrawn()).hasMessageContaining("is APPROVED");
		assertThatThrownBy(() -> approved.closed(NOW)).hasMessageContaining("is APPROVED");
		assertThatThrownBy(() -> approved.revised(content(Set.of(InspectionMethod.FORUMS))))
			.hasMessageContaining("is APPROVED");
		assertThatThrownBy(() -> draft().carriedOut(NOW)).isInstanceOf(IllegalTransitionException.class)
			.hasMessageContaining("is DRAFT");
		InspectionPlan closed = approved.carriedOut(NOW).closed(NOW);
		assertThatThrownBy(() -> closed.carriedOut(NOW)).hasMessageContaining("is CLOSED");
		assertThatThrownBy(() -> closed.closed(NOW)).hasMessageContaining("is CLOSED");
	}

	@Test
	void onlyADraftIsWithdrawnAndAWithdrawnPlanTakesNoStep() {
		InspectionPlan withdrawn = draft().withdrawn();
		assertThat(withdrawn.status()).isEqualTo(PlanStatus.WITHDRAWN);
		assertThatThrownBy(() -> withdrawn.submitted(List.of(), null)).isInstanceOf(IllegalTransitionException.class)
			.hasMessageContaining("is WITHDRAWN");
		assertThatThrownBy(() -> draft().submitted(List.of(), null).withdrawn())
			.hasMessageContaining("is AWAITING_APPROVAL");
	}

	@Test
	void aWarnedDraftIsSubmittedOnlyWithAReasonWhichIsRecorded() {
		assertThatThrownBy(() -> draft().submitted(List.of(CITY_PLAN), " "))
			.isInstanceOf(DuplicateSupervisionException.class)
			.hasMessageContaining("is DRAFT")
			.hasMessageContaining("阳东区营商环境专项督查");
		InspectionPlan submitted = draft().submitted(List.of(CITY_PLAN), "省政府领导批示要求专项督查");
		assertThat(submitted.status()).isEqualTo(PlanStatus.AWAITING_APPROVAL);
		assertThat(submitted.duplicateReason()).isEqualTo("省政府领导批示要求专项督查");
	}

	@Test
	void anUnannouncedPlanIsRevealedOnlyOnceCarriedOut() {
		InspectionPlan unannounced = InspectionPlan.draft(UUID.randomUUID(), "440000", "广东省",
				content(Set.of(InspectionMethod.UNANNOUNCED_VISITS, InspectionMethod.SITE_VISITS)), "sup", NOW);
		assertThat(unannounced.facts().unannounced()).isTrue();
		assertThat(unannounced.revealed()).isFalse();
		InspectionPlan approved = unannounced.submitted(List.of(), null).approved("leader", NOW);
		assertThat(approved.revealed()).isFalse();
		assertThatThrownBy(() -> new PlanStated(approved)).isInstanceOf(IllegalStateException.class);
		assertThat(approved.carriedOut(NOW).revealed()).isTrue();
		assertThat(approved.carriedOut(NOW).closed(NOW).revealed()).isTrue();
		assertThat(approved().revealed()).as("an announced plan is known once approved").isTrue();
	}

	@Test
	void refusesADraftWithoutObjectsTeamOrAPeriodThatEndsBeforeItStarts() {
		PlanContent good = content(Set.of(InspectionMethod.REPORTS));
		assertThatThrownBy(() -> InspectionPlan.draft(UUID.randomUUID(), "440000", "广东省",
				new PlanContent(good.title(), good.kind(), good.methods(), good.startsOn(), good.endsOn(), List.of(),
						good.team(), good.basis()),
				"sup", NOW))
			.isInstanceOf(InvalidRequestException.class)
			.hasMessageContaining("objects");
		assertThatThrownBy(() -> InspectionPlan.draft(UUID.randomUUID(), "440000", "广东省", new PlanContent(good.title(),
				good.kind(), good.methods(), good.startsOn(), good.endsOn(), good.objects(), List.of(), good.basis()),
				"sup", NOW))
			.hasMessageContaining("team");
		assertThatThrownBy(
				() -> InspectionPlan
					.draft(UUID.randomUUID(), "440000", "广东省",
							new PlanContent(good.title(), good.kind(), good.methods(), good.endsOn(), good.startsOn(),
									good.objects(), good.team(), good.basis()),
							"sup", NOW))
			.hasMessageContaining("period");
	}

	@Test
	void periodsOverlapWhenTheyShareADay() {
		PlanContent may = content(Set.of(InspectionMethod.REPORTS));
		assertThat(may.overlaps(LocalDate.parse("2026-05-20"), LocalDate.parse("2026-06-01"))).isTrue();
		assertThat(may.overlaps(LocalDate.parse("2026-05-01"), LocalDate.parse("2026-05-10"))).isTrue();
		assertThat(may.overlaps(LocalDate.parse("2026-05-21"), LocalDate.parse("2026-06-01"))).isFalse();
		assertThat(may.overlaps(LocalDate.parse("2026-04-01"), LocalDate.parse("2026-05-09"))).isFalse();
	}

}
