package org.ducha.node.inspection.finding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.ducha.node.task.IllegalTransitionException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RectificationTests {

	private static final Instant T0 = Instant.parse("2026-05-11T02:00:00Z");

	private final List<UnitReport> reports = new ArrayList<>();

	@Test
	void aNewRequirementWaitsForTheUnitsReport() {
		Rectification required = aRequirement();
		assertThat(required.state(this.reports)).isEqualTo(RectificationState.REQUIRED);
		required.requireReportable(this.reports);
	}

	@Test
	void aReportWaitsForVerificationAndCannotBeFollowedByAnother() {
		Rectification required = aRequirement();
		report("r1", 1);
		assertThat(required.state(this.reports)).isEqualTo(RectificationState.REPORTED);
		assertThatThrownBy(() -> required.requireReportable(this.reports))
			.isInstanceOf(IllegalTransitionException.class)
			.hasMessageContaining("待核查 (REPORTED)");
	}

	@Test
	void aConfirmedVerificationWaitsForAReturnVisit() {
		report("r1", 1);
		Rectification verified = aRequirement().verified(this.reports, true, "现场核实", "sup", T0.plusSeconds(60));
		assertThat(verified.state(this.reports)).isEqualTo(RectificationState.VERIFIED);
		assertThat(verified.revision()).isEqualTo(2);
		assertThat(verified.verifications()).singleElement().extracting(Verification::reportId).isEqualTo("r1");
	}

	@Test
	void aRefutedVerificationSendsItBackToTheUnit() {
		report("r1", 1);
		Rectification refuted = aRequirement().verified(this.reports, false, "与报告不符", "sup", T0.plusSeconds(60));
		assertThat(refuted.state(this.reports)).isEqualTo(RectificationState.REQUIRED);
		refuted.requireReportable(this.reports);
		report("r2", 2);
		assertThat(refuted.state(this.reports)).isEqualTo(RectificationState.REPORTED);
	}

	@Test
	void refusesVerificationBeforeAnyReport() {
		assertThatThrownBy(() -> aRequirement().verified(this.reports, true, "", "sup", T0))
			.isInstanceOf(IllegalTransitionException.class)
			.hasMessageContaining("待整改 (REQUIRED)");
	}

	@Test
	void refusesAReturnVisitBeforeAConfirmedVerification() {
		report("r1", 1);
		assertThatThrownBy(() -> aRequirement().visited(this.reports, visit("r1", true, true)))
			.isInstanceOf(IllegalTransitionException.class)
			.hasMessageContaining("待核查 (REPORTED)");
	}

	@Test
	void aReturnVisitShowingCompletionAllowsClosing() {
		report("r1", 1);
		Rectification visited = aRequirement().verified(this.reports, true, "ok", "sup", T0)
			.visited(this.reports, visit("r1", true, true));
		assertThat(visited.state(this.reports)).isEqualTo(RectificationState.VISITED);
		Rectification closed = visited.closed(this.reports, "sup", T0.plusSeconds(600));
		assertThat(closed.state(this.reports)).isEqualTo(RectificationState.CLOSED);
		assertThat(closed.revision()).isEqualTo(4);
		assertThat(closed.closedBy()).isEqualTo("sup");
	}

	@Test
	void anIncompleteReturnVisitSendsItBackToTheUnit() {
		report("r1", 1);
		Rectification back = aRequirement().verified(this.reports, true, "ok", "sup", T0)
			.visited(this.reports, visit("r1", true, false));
		assertThat(back.state(this.reports)).isEqualTo(RectificationState.REQUIRED);
		assertThatThrownBy(() -> back.closed(this.reports, "sup", T0)).isInstanceOf(IllegalTransitionException.class)
			.hasMessageContaining("待整改 (REQUIRED)");
	}

	@Test
	void refusesClosingWhenTheLatestVisitFoundTheFactsUnclearButAllowsAnotherVisit() {
		report("r1", 1);
		Rectification unclear = aRequirement().verified(this.reports, true, "ok", "sup", T0)
			.visited(this.reports, visit("r1", false, true));
		assertThatThrownBy(() -> unclear.closed(this.reports, "sup", T0)).isInstanceOf(IllegalTransitionException.class)
			.hasMessageContaining("facts not clear");
		Rectification clear = unclear.visited(this.reports, visit("r1", true, true));
		assertThat(clear.closed(this.reports, "sup", T0).state(this.reports)).isEqualTo(RectificationState.CLOSED);
	}

	@Test
	void refusesClosingWithoutVerificationOrReturnVisit() {
		Rectification required = aRequirement();
		assertThatThrownBy(() -> required.closed(this.reports, "sup", T0))
			.isInstanceOf(IllegalTransitionException.class)
			.hasMessageContaining("待整改 (REQUIRED)");
		report("r1", 1);
		Rectification verified = required.verified(this.reports, true, "ok", "sup", T0);
		assertThatThrownBy(() -> verified.closed(this.reports, "sup", T0))
			.isInstanceOf(IllegalTransitionException.class)
			.hasMessageContaining("待回访 (VERIFIED)");
	}

	@Test
	void refusesEveryStepOnceClosed() {
		report("r1", 1);
		Rectification closed = aRequirement().verified(this.reports, true, "ok", "sup", T0)
			.visited(this.reports, visit("r1", true, true))
			.closed(this.reports, "sup", T0);
		assertThatThrownBy(() -> closed.requireReportable(this.reports)).hasMessageContaining("已办结 (CLOSED)");
		assertThatThrownBy(() -> closed.visited(this.reports, visit("r1", true, true)))
			.hasMessageContaining("已办结 (CLOSED)");
		assertThatThrownBy(() -> closed.closed(this.reports, "sup", T0)).hasMessageContaining("已办结 (CLOSED)");
	}

	@Test
	void aRestatementKeepsWhatWasRequiredOfWhomByWhen() {
		Rectification required = aRequirement();
		report("r1", 1);
		assertThat(required.keepsFactsOf(required.verified(this.reports, true, "ok", "sup", T0))).isTrue();
		Rectification moved = new Rectification(required.id(), required.findingId(), required.planId(),
				required.issuingNode(), 2, "441721", "阳西县", required.finding(), required.requirement(), 10,
				required.deadline(), "sup", T0, List.of(), List.of(), null, null);
		assertThat(required.keepsFactsOf(moved)).isFalse();
	}

	private void report(String id, int minutes) {
		this.reports
			.add(new UnitReport(id, "rect", "441704", "已整改", List.of(), "handler", T0.plusSeconds(60L * minutes)));
	}

	private static ReturnVisit visit(String reportId, boolean factsClear, boolean complete) {
		return new ReturnVisit("v-" + reportId + factsClear + complete, reportId, LocalDate.of(2026, 5, 20), factsClear,
				complete, "基层认可", "群众满意", "sup", T0);
	}

	private static Rectification aRequirement() {
		return new Rectification("rect", "finding", "plan", "441700", 1, "441704", "阳东区", "台账不全", "补齐台账", 10,
				LocalDate.of(2026, 5, 25), "sup", T0, List.of(), List.of(), null, null);
	}

}
