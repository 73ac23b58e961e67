package org.ducha.node.specialreport;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.problem.NotFoundException;
import org.ducha.node.task.IllegalTransitionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The workflow of a special report (docs/business-rules.md, "Special reports"): draft →
 * submitted → read → instructed, each step allowed in its states only.
 */
class SpecialReportTests {

	private static final Instant AT = Instant.parse("2026-05-11T01:00:00Z");

	private static final ItemReference TASK = new ItemReference(ItemKind.TASK, "task-1");

	private static SpecialReport draft() {
		return SpecialReport.compose(UUID.randomUUID(), "441700", "关于防汛工作的专报", "汛期将至，三项工作进展滞后。",
				List.of(TASK, new ItemReference(ItemKind.FINDING, "f-1"), TASK), "sup", "督查员", AT);
	}

	private static Instruction instruction(String leader) {
		return new Instruction(UUID.randomUUID(), "请市水务局牵头，两周内整改到位", leader, "王市长", AT.plusSeconds(60), null, null);
	}

	@Test
	void aDraftCitesEachRecordOnceInItsOrder() {
		assertThat(draft().items()).containsExactly(TASK, new ItemReference(ItemKind.FINDING, "f-1"));
		assertThat(draft().status()).isEqualTo(SpecialReportStatus.DRAFT);
	}

	@Test
	void refusesAReportWithoutTitleTextOrCitedRecordNamingTheField() {
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(
					() -> SpecialReport.compose(UUID.randomUUID(), "441700", " ", "正文", List.of(TASK), "s", "s", AT))
			.withMessageStartingWith("title:");
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> SpecialReport.compose(UUID.randomUUID(), "441700", "标题", "", List.of(TASK), "s", "s", AT))
			.withMessageStartingWith("text:");
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> SpecialReport.compose(UUID.randomUUID(), "441700", "标题", "正文", List.of(), "s", "s", AT))
			.withMessageStartingWith("items:");
	}

	@Test
	void aSubmittedReportIsReadThenInstructedAndNeverEditedAgain() {
		SpecialReport submitted = draft().submitted(AT);
		assertThat(submitted.status()).isEqualTo(SpecialReportStatus.SUBMITTED);
		assertThatExceptionOfType(IllegalTransitionException.class)
			.isThrownBy(() -> submitted.revised("新标题", "新正文", List.of(TASK)))
			.withMessageContaining("SUBMITTED");
		SpecialReport read = submitted.readBy("leader-1", "王市长", AT.plusSeconds(30));
		assertThat(read.status()).isEqualTo(SpecialReportStatus.READ);
		assertThat(read.readBy("leader-1", "王市长", AT.plusSeconds(90))).as("one receipt per leader").isSameAs(read);
		SpecialReport instructed = read.instructed(instruction("leader-1"));
		assertThat(instructed.status()).isEqualTo(SpecialReportStatus.INSTRUCTED);
		assertThat(instructed.instructions()).hasSize(1);
		SpecialReport readAgain = instructed.readBy("leader-2", "李副市长", AT.plusSeconds(120));
		assertThat(readAgain.status()).as("a later reader leaves it instructed")
			.isEqualTo(SpecialReportStatus.INSTRUCTED);
		assertThat(readAgain.receipts()).extracting(ReadReceipt::readerName).containsExactly("王市长", "李副市长");
	}

	@Test
	void refusesToReadOrInstructADraft() {
		assertThatExceptionOfType(IllegalTransitionException.class)
			.isThrownBy(() -> draft().readBy("leader-1", "王市长", AT))
			.withMessageContaining("DRAFT");
		assertThatExceptionOfType(IllegalTransitionException.class)
			.isThrownBy(() -> draft().instructed(instruction("leader-1")))
			.withMessageContaining("DRAFT");
	}

	@Test
	void refusesAnInstructionBeforeTheReportIsReadAndCountsAnInstructionAsARead() {
		SpecialReport submitted = draft().submitted(AT);
		assertThatExceptionOfType(IllegalTransitionException.class)
			.isThrownBy(() -> submitted.instructed(instruction("leader-1")))
			.withMessageContaining("SUBMITTED");
		SpecialReport read = submitted.readBy("leader-1", "王市长", AT);
		SpecialReport instructed = read.instructed(instruction("leader-2"));
		assertThat(instructed.receipts()).extracting(ReadReceipt::reader).containsExactly("leader-1", "leader-2");
		assertThat(instructed.instructed(instruction("leader-2")).receipts()).as("one receipt per leader").hasSize(2);
	}

	@Test
	void anInstructionBecomesOneTaskOnly() {
		Instruction given = instruction("leader-1");
		SpecialReport instructed = draft().submitted(AT).readBy("leader-1", "王市长", AT).instructed(given);
		assertThat(instructed.instructionToTurnIntoTask(given.id())).isEqualTo(given);
		Instruction done = new Instruction(given.id(), given.text(), given.leader(), given.leaderName(),
				given.instructedAt(), "task-9", "督查员");
		SpecialReport withTask = new SpecialReport(instructed.id(), instructed.nodeCode(), instructed.title(),
				instructed.text(), instructed.items(), instructed.status(), instructed.draftedBy(),
				instructed.draftedByName(), instructed.draftedAt(), instructed.submittedAt(), instructed.receipts(),
				List.of(done), 0);
		assertThatExceptionOfType(IllegalTransitionException.class)
			.isThrownBy(() -> withTask.instructionToTurnIntoTask(given.id()))
			.withMessageContaining("task-9");
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> withTask.instructionToTurnIntoTask(UUID.randomUUID()));
	}

	@Test
	void theTasksBasisNamesTheReportTheInstructionAndItsLeader() {
		Instruction given = instruction("leader-1");
		SpecialReport instructed = draft().submitted(AT).readBy("leader-1", "王市长", AT).instructed(given);
		assertThat(InstructionTasks.basis(instructed, given)).contains("王市长", "2026-05-11", "关于防汛工作的专报",
				instructed.id().toString(), given.id().toString(), "两周内整改到位");
	}

}
