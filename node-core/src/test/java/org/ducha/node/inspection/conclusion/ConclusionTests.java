package org.ducha.node.inspection.conclusion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.task.IllegalTransitionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A conclusion's steps in their order, the 30-day windows counted from the signing and
 * from the objection, and the review's recusal.
 */
class ConclusionTests {

	private static final LocalDate SIGNED = LocalDate.of(2026, 3, 2);

	private static final Set<String> PLAN_AUTHORS = Set.of("plan.drafter", "plan.approver", "team.member");

	private static final Instant AT = Instant.parse("2026-03-01T02:00:00Z");

	private static Conclusion draft() {
		return Conclusion.draft("c1", "p1", "441700", "441704", "阳东区", " 整改基本到位 ", "drafter", AT);
	}

	private static Conclusion signed() {
		return draft().approve("approver").issue(SIGNED.minusDays(1)).sign("county.clerk", SIGNED);
	}

	private static Objection objectionOn(LocalDate day) {
		return new Objection(day, "county.clerk", "事实认定有误", List.of("a1"), AT);
	}

	private static Conclusion objected() {
		return signed().object(objectionOn(SIGNED.plusDays(10)));
	}

	@Test
	void goesFromDraftThroughApprovalIssueSigningAndObjectionToItsReview() {
		Conclusion draft = draft();
		assertThat(draft.state()).isEqualTo(ConclusionState.DRAFT);
		assertThat(draft.text()).isEqualTo("整改基本到位");
		Conclusion approved = draft.approve("approver");
		assertThat(approved.state()).isEqualTo(ConclusionState.APPROVED);
		Conclusion issued = approved.issue(SIGNED.minusDays(1));
		assertThat(issued.state()).isEqualTo(ConclusionState.ISSUED);
		assertThat(issued.state().issued()).isTrue();
		Conclusion signed = issued.sign("county.clerk", SIGNED);
		assertThat(signed.state()).isEqualTo(ConclusionState.SIGNED);
		assertThat(signed.signedOn()).isEqualTo(SIGNED);
		Conclusion objected = signed.object(objectionOn(SIGNED.plusDays(3)));
		assertThat(objected.state()).isEqualTo(ConclusionState.OBJECTED);
		Conclusion reviewed = objected.review(ReviewOutcome.CHANGED, "部分整改到位", "reviewer", PLAN_AUTHORS,
				SIGNED.plusDays(20), AT);
		assertThat(reviewed.state()).isEqualTo(ConclusionState.REVIEWED);
		assertThat(reviewed.textInForce()).isEqualTo("部分整改到位");
		assertThat(reviewed.text()).isEqualTo("整改基本到位");
		assertThat(draft.state()).as("a transition leaves the conclusion it started from as it was")
			.isEqualTo(ConclusionState.DRAFT);
	}

	@Test
	void anUpheldReviewKeepsTheIssuedText() {
		Conclusion reviewed = objected().review(ReviewOutcome.UPHELD, null, "reviewer", PLAN_AUTHORS,
				SIGNED.plusDays(20), AT);
		assertThat(reviewed.review().outcome()).isEqualTo(ReviewOutcome.UPHELD);
		assertThat(reviewed.textInForce()).isEqualTo("整改基本到位");
	}

	@Test
	void refusesEveryStepOutOfOrderNamingTheCurrentState() {
		assertThatThrownBy(() -> draft().issue(SIGNED)).isInstanceOf(IllegalTransitionException.class)
			.hasMessageContaining("is DRAFT");
		assertThatThrownBy(() -> draft().sign("x", SIGNED)).isInstanceOf(IllegalTransitionException.class)
			.hasMessageContaining("is DRAFT");
		assertThatThrownBy(() -> draft().approve("a").approve("a")).isInstanceOf(IllegalTransitionException.class)
			.hasMessageContaining("is APPROVED");
		assertThatThrownBy(() -> draft().approve("a").issue(SIGNED).object(objectionOn(SIGNED)))
			.isInstanceOf(IllegalTransitionException.class)
			.hasMessageContaining("is ISSUED");
		assertThatThrownBy(() -> signed().sign("x", SIGNED)).isInstanceOf(IllegalTransitionException.class)
			.hasMessageContaining("is SIGNED");
		assertThatThrownBy(
				() -> signed().review(ReviewOutcome.UPHELD, null, "reviewer", PLAN_AUTHORS, SIGNED.plusDays(1), AT))
			.isInstanceOf(IllegalTransitionException.class)
			.hasMessageContaining("is SIGNED");
		assertThatThrownBy(() -> objected().object(objectionOn(SIGNED.plusDays(11))))
			.isInstanceOf(IllegalTransitionException.class)
			.hasMessageContaining("is OBJECTED");
		Conclusion reviewed = objected().review(ReviewOutcome.UPHELD, null, "reviewer", PLAN_AUTHORS,
				SIGNED.plusDays(20), AT);
		assertThatThrownBy(
				() -> reviewed.review(ReviewOutcome.CHANGED, "x", "reviewer", PLAN_AUTHORS, SIGNED.plusDays(21), AT))
			.isInstanceOf(IllegalTransitionException.class)
			.hasMessageContaining("is REVIEWED");
	}

	@Test
	void acceptsAnObjectionOnTheThirtiethCalendarDayAfterTheSigning() {
		Conclusion objected = signed().object(objectionOn(SIGNED.plusDays(30)));
		assertThat(objected.state()).isEqualTo(ConclusionState.OBJECTED);
		assertThat(signed().objectionClosesOn()).isEqualTo(LocalDate.of(2026, 4, 1));
	}

	@Test
	void refusesAnObjectionOnTheThirtyFirstDayGivingTheDateItClosed() {
		assertThatThrownBy(() -> signed().object(objectionOn(SIGNED.plusDays(31))))
			.isInstanceOf(Conclusion.ObjectionClosedException.class)
			.hasMessageContaining("closed on 2026-04-01")
			.hasMessageContaining("signing on 2026-03-02");
	}

	@Test
	void refusesAnObjectionWithoutReasons() {
		assertThatThrownBy(() -> signed().object(new Objection(SIGNED, "x", " ", List.of(), AT)))
			.isInstanceOf(InvalidRequestException.class)
			.hasMessageContaining("reasons");
	}

	@Test
	void theReviewIsDueOnTheThirtiethDayAfterTheObjectionAndMarkedLateOnTheThirtyFirst() {
		Conclusion objected = objected();
		LocalDate due = SIGNED.plusDays(10).plusDays(30);
		assertThat(objected.reviewDueOn()).isEqualTo(due);
		assertThat(objected.review(ReviewOutcome.UPHELD, null, "reviewer", PLAN_AUTHORS, due, AT).review().late())
			.isFalse();
		assertThat(objected.review(ReviewOutcome.UPHELD, null, "reviewer", PLAN_AUTHORS, due.plusDays(1), AT)
			.review()
			.late()).isTrue();
	}

	@Test
	void refusesAReviewByTheConclusionsDrafterItsApproverOrAnyAuthorOfThePlanSayingWhy() {
		Conclusion objected = objected();
		assertThatThrownBy(() -> objected.review(ReviewOutcome.UPHELD, null, "drafter", PLAN_AUTHORS, SIGNED, AT))
			.isInstanceOf(RecusalException.class)
			.hasMessageContaining("drafter drafted the conclusion")
			.hasMessageContaining("回避");
		assertThatThrownBy(() -> objected.review(ReviewOutcome.UPHELD, null, "approver", PLAN_AUTHORS, SIGNED, AT))
			.isInstanceOf(RecusalException.class)
			.hasMessageContaining("approved the conclusion");
		for (String author : PLAN_AUTHORS) {
			assertThatThrownBy(() -> objected.review(ReviewOutcome.UPHELD, null, author, PLAN_AUTHORS, SIGNED, AT))
				.as(author)
				.isInstanceOf(RecusalException.class)
				.hasMessageContaining("inspection plan or on its team");
		}
		assertThat(objected.authors(PLAN_AUTHORS)).containsExactlyInAnyOrder("plan.drafter", "plan.approver",
				"team.member", "drafter", "approver");
	}

	@Test
	void aChangedOutcomeCarriesTheChangedText() {
		assertThatThrownBy(
				() -> objected().review(ReviewOutcome.CHANGED, " ", "reviewer", PLAN_AUTHORS, SIGNED.plusDays(11), AT))
			.isInstanceOf(InvalidRequestException.class)
			.hasMessageContaining("changedText");
	}

	@Test
	void remindsTheReviewFiveDaysAndOneDayBeforeItsDeadlineAndNotAfterIt() {
		LocalDate due = LocalDate.of(2026, 5, 1);
		assertThat(ReviewReminders.markDue(due, due.minusDays(6))).isNull();
		assertThat(ReviewReminders.markDue(due, due.minusDays(5))).isEqualTo(5);
		assertThat(ReviewReminders.markDue(due, due.minusDays(2))).isEqualTo(5);
		assertThat(ReviewReminders.markDue(due, due.minusDays(1))).isEqualTo(1);
		assertThat(ReviewReminders.markDue(due, due)).isEqualTo(1);
		assertThat(ReviewReminders.markDue(due, due.plusDays(1))).isNull();
	}

}
