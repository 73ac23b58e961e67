package org.ducha.node.priority;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.task.IllegalTransitionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The workflow of annual priorities (docs/business-rules.md, "Annual priorities"): draft
 * → submitted → approved, sent back to the draft with a reason; only approved priorities
 * are linked to, and they never change.
 */
class AnnualPrioritiesTests {

	private static final Instant AT = Instant.parse("2026-01-15T02:00:00Z");

	private static AnnualPriorities draft() {
		return AnnualPriorities.draft(UUID.randomUUID(), "440000", "广东省", 2026,
				List.of(new PriorityItem(UUID.randomUUID(), " 防汛备汛 ", null),
						new PriorityItem(UUID.randomUUID(), "民生实事", "十件民生实事")),
				"督查员", AT);
	}

	@Test
	void aDraftKeepsItsItemsInOrderTrimmed() {
		AnnualPriorities draft = draft();
		assertThat(draft.items()).extracting(PriorityItem::title).containsExactly("防汛备汛", "民生实事");
		assertThat(draft.items().get(0).description()).isEmpty();
		assertThat(draft.status()).isEqualTo(PriorityStatus.DRAFT);
	}

	@Test
	void refusesAYearOutOfRangeOrAnItemWithoutTitleNamingTheField() {
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> AnnualPriorities.draft(UUID.randomUUID(), "440000", "广东省", 1999,
					List.of(new PriorityItem(UUID.randomUUID(), "防汛", "")), "s", AT))
			.withMessageStartingWith("year:");
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(
					() -> AnnualPriorities.draft(UUID.randomUUID(), "440000", "广东省", 2026,
							List.of(new PriorityItem(UUID.randomUUID(), "防汛", ""),
									new PriorityItem(UUID.randomUUID(), "", "")),
							"s", AT))
			.withMessageStartingWith("items[1].title:");
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> AnnualPriorities.draft(UUID.randomUUID(), "440000", "广东省", 2026, List.of(), "s", AT))
			.withMessageStartingWith("items:");
	}

	@Test
	void approvedPrioritiesAreLinkableAndFinal() {
		AnnualPriorities approved = draft().submitted().approved("省领导", AT);
		assertThat(approved.status()).isEqualTo(PriorityStatus.APPROVED);
		assertThatNoException().isThrownBy(approved::requireLinkable);
		assertThatExceptionOfType(IllegalTransitionException.class)
			.isThrownBy(() -> approved.revised(List.of(new PriorityItem(UUID.randomUUID(), "改", ""))))
			.withMessageContaining("APPROVED");
		assertThatExceptionOfType(IllegalTransitionException.class).isThrownBy(() -> approved.approved("省领导", AT));
	}

	@Test
	void refusesLinksToADraftOrSubmittedPriorities() {
		assertThatExceptionOfType(IllegalTransitionException.class).isThrownBy(() -> draft().requireLinkable())
			.withMessageContaining("DRAFT");
		assertThatExceptionOfType(IllegalTransitionException.class)
			.isThrownBy(() -> draft().submitted().requireLinkable())
			.withMessageContaining("SUBMITTED");
	}

	@Test
	void aLeaderSendsThemBackWithAReasonOnly() {
		AnnualPriorities submitted = draft().submitted();
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> submitted.sentBack(" "))
			.withMessageStartingWith("reason:");
		AnnualPriorities back = submitted.sentBack("请补充乡村振兴");
		assertThat(back.status()).isEqualTo(PriorityStatus.DRAFT);
		assertThat(back.sentBackReason()).isEqualTo("请补充乡村振兴");
		assertThatExceptionOfType(IllegalTransitionException.class).isThrownBy(() -> draft().approved("省领导", AT))
			.withMessageContaining("DRAFT");
	}

}
