package org.ducha.node.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.ducha.node.bulletin.Commendation;
import org.ducha.node.bulletin.Commendations;
import org.ducha.node.record.ClaimOverdueFact;
import org.ducha.node.record.CompletionFact;
import org.ducha.node.record.ExtensionFact;
import org.ducha.node.record.LadderFact;
import org.ducha.node.record.OverdueFact;
import org.ducha.node.record.RecordFacts;
import org.ducha.node.record.RectificationFact;
import org.ducha.node.record.ReportFact;
import org.ducha.node.record.UnitFacts;

import org.springframework.stereotype.Component;

/**
 * A unit's record facts (and its commendations in published bulletins) sorted by the
 * measure that counts them, each fact in words and with its links.
 */
@Component
class RecordReading implements UnitRecords {

	private final RecordFacts facts;

	private final Commendations commendations;

	RecordReading(RecordFacts facts, Commendations commendations) {
		this.facts = facts;
		this.commendations = commendations;
	}

	@Override
	public List<AssessedRecord> of(Collection<String> unitCodes, LocalDate from, LocalDate to) {
		List<AssessedRecord> records = new ArrayList<>();
		for (UnitFacts unit : this.facts.of(unitCodes, from, to)) {
			records.add(record(unit, this.commendations.of(unit.unitCode(), from, to)));
		}
		return records;
	}

	static AssessedRecord record(UnitFacts unit, List<Commendation> commended) {
		Map<Measure, List<CountedFact>> counted = new EnumMap<>(Measure.class);
		counted.put(Measure.ON_TIME_REPORTS, unit.reports().stream().map(RecordReading::report).toList());
		counted.put(Measure.ON_TIME_COMPLETION, unit.completions().stream().map(RecordReading::completion).toList());
		counted.put(Measure.OVERDUE_DAYS,
				unit.overdue()
					.stream()
					.filter((fact) -> fact.workingDaysOverdue() > 0)
					.map(RecordReading::overdue)
					.toList());
		counted.put(Measure.EXTENSIONS, unit.extensions().stream().map(RecordReading::extension).toList());
		counted.put(Measure.CLAIM_OVERDUE, unit.claimOverdue().stream().map(RecordReading::claim).toList());
		counted.put(Measure.RECTIFICATIONS, unit.rectifications().stream().map(RecordReading::rectification).toList());
		counted.put(Measure.LADDER_STEPS,
				unit.ladderSteps().stream().filter(LadderFact::punitive).map(RecordReading::step).toList());
		List<CountedFact> commendations = new ArrayList<>();
		unit.ladderSteps()
			.stream()
			.filter((step) -> !step.punitive())
			.map(RecordReading::step)
			.forEach(commendations::add);
		commended.stream().map(RecordReading::commendation).forEach(commendations::add);
		counted.put(Measure.COMMENDATIONS, commendations);
		return new AssessedRecord(unit.unitCode(), unit.unitName(), unit.nodeCode(), counted);
	}

	private static CountedFact report(ReportFact fact) {
		String outcome = switch (fact.outcome()) {
			case ON_TIME -> "按时报送（" + fact.reportedOn() + "）";
			case LATE -> "逾期报送（" + fact.reportedOn() + "）";
			case MISSING -> "未报送";
		};
		return CountedFact.once(
				task(fact.taskNumber(), fact.taskTitle()) + " " + fact.label() + "，应于 " + fact.dueDate() + " 报送，"
						+ outcome,
				fact.dueDate(), fact.outcome() == ReportFact.Outcome.ON_TIME,
				new FactLinks(fact.taskId(), fact.assignmentId(), fact.reportId(), null, null, null));
	}

	private static CountedFact completion(CompletionFact fact) {
		return CountedFact.once(
				task(fact.taskNumber(), fact.taskTitle()) + "，原定期限 " + fact.originalDeadline() + "，"
						+ fact.completedOn() + " 办结" + (fact.withinOriginal() ? "" : "（超出原定期限）"),
				fact.completedOn(), fact.withinOriginal(), assignment(fact.taskId(), fact.assignmentId()));
	}

	private static CountedFact overdue(OverdueFact fact) {
		return new CountedFact(
				task(fact.taskNumber(), fact.taskTitle()) + "，期限 " + fact.deadline() + "，逾期 "
						+ fact.workingDaysOverdue() + " 个工作日" + (fact.open() ? "（仍未办结）" : ""),
				(fact.endedOn() != null) ? fact.endedOn() : fact.deadline(),
				BigDecimal.valueOf(fact.workingDaysOverdue()), true, assignment(fact.taskId(), fact.assignmentId()));
	}

	private static CountedFact extension(ExtensionFact fact) {
		return CountedFact.once(
				task(fact.taskNumber(), null) + "，期限由 " + fact.deadlineBefore() + " 延至 " + fact.approvedDate(),
				fact.decidedOn(), true, assignment(fact.taskId(), fact.assignmentId()));
	}

	private static CountedFact claim(ClaimOverdueFact fact) {
		String signed = (fact.signedOn() != null) ? fact.signedOn() + " 签收" : "尚未签收";
		return CountedFact.once(
				task(fact.taskNumber(), null) + "，应于 " + fact.signBy() + " 签收，" + signed + "（晚 "
						+ fact.workingDaysLate() + " 个工作日）",
				(fact.signedOn() != null) ? fact.signedOn() : fact.signBy(), true,
				assignment(fact.taskId(), fact.assignmentId()));
	}

	private static CountedFact rectification(RectificationFact fact) {
		return CountedFact.once(
				"整改要求：" + fact.requirement() + "，期限 " + fact.deadline()
						+ ((fact.closedOn() != null) ? "，" + fact.closedOn() + " 整改完毕"
								: (fact.overdue() ? "，逾期未完成" : "")),
				fact.issuedOn(), true, new FactLinks(null, null, null, null, fact.rectificationId(), null));
	}

	private static CountedFact step(LadderFact fact) {
		return CountedFact.once(
				fact.kind() + ((fact.personName() != null) ? "（" + fact.personName() + "）" : "") + "：" + fact.reason(),
				fact.issuedOn(), true, new FactLinks(null, null, null, fact.stepId(), null, null));
	}

	private static CountedFact commendation(Commendation commendation) {
		return CountedFact.once("通报表扬 " + commendation.bulletinNumber() + "：" + commendation.text(),
				commendation.publishedOn(), true,
				new FactLinks(null, null, null, null, null, commendation.bulletinId().toString()));
	}

	private static FactLinks assignment(String taskId, String assignmentId) {
		return new FactLinks(taskId, assignmentId, null, null, null, null);
	}

	private static String task(String number, String title) {
		String shown = (number != null) ? number : "";
		return (title != null) ? (shown.isEmpty() ? title : shown + " " + title) : shown;
	}

}
