package org.ducha.node.bulletin;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.ducha.node.record.OverdueFact;
import org.ducha.node.record.RectificationFact;
import org.ducha.node.record.UnitFacts;

/**
 * Figures a bulletin's tables and proposes its verdicts from the units' record. The
 * ranking rule (docs/business-rules.md, "Bulletins"): the higher on-time report rate
 * first, units with no report due after every unit with a rate; then fewer overdue items;
 * then more items completed within their original deadline; units equal on all three
 * share a place (1, 1, 3 …) and are listed by unit code. A unit whose record is empty is
 * not named.
 */
final class BulletinGenerator {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/**
	 * Higher rate first, no rate last; fewer overdue; more completed within the original.
	 */
	private static final Comparator<UnitLine> MERIT = Comparator
		.comparing(UnitLine::onTimeRate, Comparator.nullsLast(Comparator.reverseOrder()))
		.thenComparingLong(UnitLine::overdue)
		.thenComparing(Comparator.comparingLong(UnitLine::completedWithinOriginal).reversed());

	private BulletinGenerator() {
	}

	/** The tables and the proposed mentions over the units with a record. */
	static Generated generate(List<UnitFacts> units) {
		return generate(units, false);
	}

	/**
	 * The tables and the proposed mentions of a bulletin over these units' records.
	 * @param everyUnit whether units with an empty record are named too (the supervisor
	 * chose them)
	 */
	static Generated generate(List<UnitFacts> units, boolean everyUnit) {
		List<UnitLine> lines = units.stream()
			.filter((unit) -> everyUnit || hasRecord(unit))
			.map(BulletinGenerator::line)
			.sorted(MERIT.thenComparing(UnitLine::unitCode))
			.toList();
		List<UnitLine> ranked = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			UnitLine line = lines.get(i);
			int rank = (i > 0 && MERIT.compare(lines.get(i - 1), line) == 0) ? ranked.get(i - 1).rank() : i + 1;
			ranked.add(withRank(line, rank));
		}
		List<OverdueLine> overdue = new ArrayList<>();
		for (UnitFacts unit : units) {
			for (OverdueFact fact : unit.overdue()) {
				overdue.add(new OverdueLine(unit.unitCode(), unit.unitName(), fact.assignmentId(), fact.taskId(),
						fact.taskNumber(), fact.taskTitle(), fact.deadline(), fact.workingDaysOverdue(), fact.open()));
			}
		}
		overdue.sort(Comparator.comparingLong(OverdueLine::workingDaysOverdue)
			.reversed()
			.thenComparing(OverdueLine::unitCode)
			.thenComparing(OverdueLine::assignmentId));
		List<Mention> mentions = new ArrayList<>();
		for (int i = 0; i < ranked.size(); i++) {
			mentions.add(mention(ranked.get(i), i + 1));
		}
		return new Generated(new BulletinTables(List.copyOf(ranked), List.copyOf(overdue)), List.copyOf(mentions));
	}

	private static boolean hasRecord(UnitFacts unit) {
		return !(unit.reports().isEmpty() && unit.overdue().isEmpty() && unit.completions().isEmpty()
				&& unit.extensions().isEmpty() && unit.ladderSteps().isEmpty() && unit.claimOverdue().isEmpty()
				&& unit.rectifications().isEmpty());
	}

	private static UnitLine line(UnitFacts unit) {
		long due = unit.reports().size();
		long onTime = unit.reportsOnTime();
		long missing = unit.reportsMissing();
		BigDecimal rate = (due == 0) ? null
				: BigDecimal.valueOf(onTime).multiply(HUNDRED).divide(BigDecimal.valueOf(due), 1, RoundingMode.HALF_UP);
		return new UnitLine(0, unit.unitCode(), unit.unitName(), unit.nodeCode(), due, onTime, due - onTime - missing,
				missing, rate, unit.overdue().size(),
				unit.overdue().stream().mapToLong(OverdueFact::workingDaysOverdue).sum(), unit.completions().size(),
				unit.completions().stream().filter((completion) -> completion.withinOriginal()).count(),
				unit.extensions().size(), unit.punitiveSteps(), unit.claimOverdue().size(),
				unit.rectifications().stream().filter(RectificationFact::overdue).count());
	}

	private static UnitLine withRank(UnitLine line, int rank) {
		return new UnitLine(rank, line.unitCode(), line.unitName(), line.nodeCode(), line.reportsDue(),
				line.reportsOnTime(), line.reportsLate(), line.reportsMissing(), line.onTimeRate(), line.overdue(),
				line.overdueWorkingDays(), line.completed(), line.completedWithinOriginal(), line.extensions(),
				line.ladderSteps(), line.claimOverdue(), line.rectificationsOverdue());
	}

	/**
	 * The proposed verdict: commended when every report was on time and nothing else
	 * counts against the unit; criticised when it let a deadline or a report pass.
	 */
	private static Mention mention(UnitLine line, int position) {
		if (line.spotless()) {
			return new Mention(line.unitCode(), line.unitName(), line.nodeCode(), position, Verdict.COMMENDED,
					line.unitName() + "本期按时报送全部" + line.reportsDue() + "次进展情况，无逾期事项，予以通报表扬。");
		}
		if (line.late()) {
			List<String> faults = new ArrayList<>();
			if (line.overdue() > 0) {
				faults.add(line.overdue() + "项任务逾期未办结（累计逾期" + line.overdueWorkingDays() + "个工作日）");
			}
			if (line.reportsMissing() > 0) {
				faults.add(line.reportsMissing() + "次进展情况逾期未报送");
			}
			return new Mention(line.unitCode(), line.unitName(), line.nodeCode(), position, Verdict.CRITICIZED,
					line.unitName() + "本期有" + String.join("、", faults) + "，予以通报批评，请限期整改。");
		}
		return new Mention(line.unitCode(), line.unitName(), line.nodeCode(), position, Verdict.RANKED, null);
	}

	/** A bulletin's generated part. */
	record Generated(BulletinTables tables, List<Mention> mentions) {

		Generated {
			Objects.requireNonNull(tables);
		}

	}

}
