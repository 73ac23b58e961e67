package org.ducha.node.assessment;

import java.util.List;

import org.ducha.node.people.UnitAccess;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scores of the units the caller sees (docs/security.md §4.2: a supervisor or leader
 * of this node or above sees every unit of the subtree, a unit's own people their unit),
 * for a year or a quarter, with the formula in force here. A unit outside the caller's
 * sight is answered 404, as a missing one. The administrators (三员分立) read no scores: they
 * are refused (403), as on the dashboards.
 */
@Service
public class Assessments {

	private final UnitRecords records;

	private final Formulas formulas;

	private final AssessedUnits units;

	private final UnitAccess access;

	Assessments(UnitRecords records, Formulas formulas, AssessedUnits units, UnitAccess access) {
		this.records = records;
		this.formulas = formulas;
		this.units = units;
		this.access = access;
	}

	/** Every visible unit's score, ranked per level. */
	@Transactional(readOnly = true)
	public Scores ranking(AssessmentPeriod period, Actor actor) {
		requireWorker(actor);
		Formula formula = this.formulas.inForce();
		List<String> visible = this.units.codes().stream().filter((code) -> this.access.sees(code, actor)).toList();
		List<UnitScore> scores = this.records.of(visible, period.from(), period.to())
			.stream()
			.map((record) -> Scoring.score(record, formula))
			.toList();
		return new Scores(period, formula, Ranking.rank(scores, this.units::nodeName));
	}

	/** One unit's score with every fact it counted. */
	@Transactional(readOnly = true)
	public UnitScore unit(String unitCode, AssessmentPeriod period, Actor actor) {
		requireWorker(actor);
		this.access.requireVisible(unitCode, actor);
		if (!this.units.codes().contains(unitCode)) {
			throw UnitAccess.notFound(unitCode);
		}
		AssessedRecord record = this.records.of(List.of(unitCode), period.from(), period.to()).get(0);
		return Scoring.score(record, this.formulas.inForce());
	}

	private static void requireWorker(Actor actor) {
		if (!actor.hasAny(Role.SUPERVISOR, Role.LEADER, Role.HANDLER, Role.UNIT_HEAD)) {
			throw new ForbiddenException(
					"考核得分供督查员、领导、承办人和单位负责人查看。 Scores are for supervisors, leaders, " + "handlers and unit heads.");
		}
	}

	/**
	 * The scores of a period.
	 *
	 * @param period the year or quarter
	 * @param formula the formula they were computed with
	 * @param ranked every score with its level and place
	 */
	public record Scores(AssessmentPeriod period, Formula formula, List<RankedScore> ranked) {
	}

}
