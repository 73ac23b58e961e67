package org.ducha.node.bulletin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.ducha.node.bulletin.BulletinGenerator.Generated;
import org.ducha.node.record.ClaimOverdueFact;
import org.ducha.node.record.CompletionFact;
import org.ducha.node.record.OverdueFact;
import org.ducha.node.record.ReportFact;
import org.ducha.node.record.ReportFact.Outcome;
import org.ducha.node.record.UnitFacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * A bulletin's figures and ranking from a known record, computed by hand:
 * <table>
 * <tr>
 * <th>unit</th>
 * <th>reports (on time / late / missing)</th>
 * <th>rate</th>
 * <th>overdue</th>
 * <th>within original</th>
 * <th>rank</th>
 * </tr>
 * <tr>
 * <td>bbb</td>
 * <td>2 / 0 / 0</td>
 * <td>100.0</td>
 * <td>0</td>
 * <td>0</td>
 * <td>1</td>
 * </tr>
 * <tr>
 * <td>aaa</td>
 * <td>3 / 1 / 0</td>
 * <td>75.0</td>
 * <td>0</td>
 * <td>1</td>
 * <td>2</td>
 * </tr>
 * <tr>
 * <td>ddd</td>
 * <td>3 / 1 / 0</td>
 * <td>75.0</td>
 * <td>0</td>
 * <td>1</td>
 * <td>2 (tie, by code)</td>
 * </tr>
 * <tr>
 * <td>ccc</td>
 * <td>3 / 0 / 1</td>
 * <td>75.0</td>
 * <td>1 (5 days)</td>
 * <td>1</td>
 * <td>4</td>
 * </tr>
 * <tr>
 * <td>441702</td>
 * <td>none</td>
 * <td>—</td>
 * <td>1 (9 days)</td>
 * <td>0</td>
 * <td>5</td>
 * </tr>
 * </table>
 * 441704 has an empty record and is not named.
 */
class BulletinGeneratorTests {

	private static final LocalDate DAY = LocalDate.of(2026, 4, 10);

	@Test
	void ranksByRateThenOverdueThenCompletionsWithinTheOriginalDeadlineTiesSharingAPlace() {
		Generated generated = BulletinGenerator.generate(record());
		assertThat(generated.tables().ranking())
			.extracting(UnitLine::rank, UnitLine::unitCode, UnitLine::onTimeRate, UnitLine::overdue)
			.containsExactly(tuple(1, "441700:bbb", new BigDecimal("100.0"), 0L),
					tuple(2, "441700:aaa", new BigDecimal("75.0"), 0L),
					tuple(2, "441700:ddd", new BigDecimal("75.0"), 0L),
					tuple(4, "441700:ccc", new BigDecimal("75.0"), 1L), tuple(5, "441702", null, 1L));
	}

	@Test
	void figuresEachUnitsReportsCompletionsAndOverdueDays() {
		UnitLine ccc = BulletinGenerator.generate(record()).tables().ranking().get(3);
		assertThat(ccc).isEqualTo(new UnitLine(4, "441700:ccc", "丙局", "441700", 4, 3, 0, 1, new BigDecimal("75.0"), 1,
				5, 1, 1, 0, 0, 0, 0));
		UnitLine county = BulletinGenerator.generate(record()).tables().ranking().get(4);
		assertThat(county)
			.isEqualTo(new UnitLine(5, "441702", "江城区", "441702", 0, 0, 0, 0, null, 1, 9, 0, 0, 0, 0, 1, 0));
	}

	@Test
	void listsOverdueItemsLongestFirst() {
		assertThat(BulletinGenerator.generate(record()).tables().overdue())
			.extracting(OverdueLine::unitCode, OverdueLine::workingDaysOverdue)
			.containsExactly(tuple("441702", 9L), tuple("441700:ccc", 5L));
	}

	@Test
	void commendsASpotlessUnitCriticisesTheLateAndOnlyRanksTheRest() {
		List<Mention> mentions = BulletinGenerator.generate(record()).mentions();
		assertThat(mentions).extracting(Mention::unitCode, Mention::position, Mention::verdict)
			.containsExactly(tuple("441700:bbb", 1, Verdict.COMMENDED), tuple("441700:aaa", 2, Verdict.RANKED),
					tuple("441700:ddd", 3, Verdict.RANKED), tuple("441700:ccc", 4, Verdict.CRITICIZED),
					tuple("441702", 5, Verdict.CRITICIZED));
		assertThat(mentions.get(0).text()).isEqualTo("乙局本期按时报送全部2次进展情况，无逾期事项，予以通报表扬。");
		assertThat(mentions.get(3).text()).isEqualTo("丙局本期有1项任务逾期未办结（累计逾期5个工作日）、1次进展情况逾期未报送，予以通报批评，请限期整改。");
		assertThat(mentions.get(1).text()).isNull();
	}

	private static List<UnitFacts> record() {
		return List.of(unit("441700:aaa", "甲局", reports(3, 1, 0), List.of(), 1),
				unit("441700:bbb", "乙局", reports(2, 0, 0), List.of(), 0),
				unit("441700:ccc", "丙局", reports(3, 0, 1), List.of(overdue(5)), 1),
				unit("441700:ddd", "丁局", reports(3, 1, 0), List.of(), 1),
				new UnitFacts("441702", "江城区", "441702", List.of(), List.of(overdue(9)), List.of(), List.of(),
						List.of(), List.of(new ClaimOverdueFact("a9", "t9", "N9", "LEAD", DAY, null, 3)), List.of()),
				new UnitFacts("441704", "阳东区", "441704", List.of(), List.of(), List.of(), List.of(), List.of(),
						List.of(), List.of()));
	}

	private static UnitFacts unit(String code, String name, List<ReportFact> reports, List<OverdueFact> overdue,
			int withinOriginal) {
		List<CompletionFact> completions = new ArrayList<>();
		for (int i = 0; i < withinOriginal; i++) {
			completions.add(new CompletionFact("c" + i, "t", "N", "任务", DAY, DAY, DAY, DAY, true, true));
		}
		return new UnitFacts(code, name, "441700", reports, overdue, completions, List.of(), List.of(), List.of(),
				List.of());
	}

	private static List<ReportFact> reports(int onTime, int late, int missing) {
		List<ReportFact> reports = new ArrayList<>();
		for (int i = 0; i < onTime + late + missing; i++) {
			Outcome outcome = (i < onTime) ? Outcome.ON_TIME : (i < onTime + late) ? Outcome.LATE : Outcome.MISSING;
			reports.add(new ReportFact("a", i + 1, "t", "N", "任务", "slot", DAY, null, null, outcome));
		}
		return reports;
	}

	private static OverdueFact overdue(int days) {
		return new OverdueFact("o" + days, "t" + days, "N" + days, "任务", DAY, null, true, days);
	}

}
