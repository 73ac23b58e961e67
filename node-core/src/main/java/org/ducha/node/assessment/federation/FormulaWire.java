package org.ducha.node.assessment.federation;

import java.math.BigDecimal;
import java.util.List;

import org.ducha.node.assessment.Formula;
import org.ducha.node.assessment.FormulaValidation;
import org.ducha.node.assessment.MeasureRule;
import org.ducha.node.federation.MalformedEventException;
import org.ducha.node.federation.wire.Wire;
import org.ducha.node.problem.InvalidRequestException;
import org.ducha.proto.federation.v1.AssessmentFormulaSet;
import org.ducha.proto.federation.v1.AssessmentMeasureRule;
import org.ducha.proto.federation.v1.Event;

/**
 * A formula version to its wire event and back, for live events and re-sync records
 * alike; a version arriving is validated as the province validated it.
 */
final class FormulaWire {

	private FormulaWire() {
	}

	static Event formulaSet(Formula formula) {
		AssessmentFormulaSet.Builder set = AssessmentFormulaSet.newBuilder()
			.setVersion(formula.version())
			.setReason(Wire.text(formula.reason()))
			.setSetBy(Wire.text(formula.setBy()))
			.setSetAt(Wire.timestamp(formula.setAt()));
		for (MeasureRule rule : formula.rules()) {
			set.addRules(AssessmentMeasureRule.newBuilder()
				.setMeasure(rule.measure().name())
				.setWeight(decimal(rule.weight()))
				.setPerFact(decimal(rule.perFact()))
				.setCap(decimal(rule.cap())));
		}
		return Event.newBuilder().setAssessmentFormulaSet(set).build();
	}

	/**
	 * @throws MalformedEventException when the version is missing or the rules are not a
	 * valid formula (an unknown measure, weights not adding up to 100)
	 */
	static Formula formula(AssessmentFormulaSet set, String originNode) {
		if (set.getVersion() <= 0 || set.getSetBy().isBlank()) {
			throw new MalformedEventException("an assessment formula of version " + set.getVersion());
		}
		try {
			List<FormulaValidation.Written> written = set.getRulesList()
				.stream()
				.map((rule) -> new FormulaValidation.Written(rule.getMeasure(), decimal(rule.getWeight()),
						decimal(rule.getPerFact()), decimal(rule.getCap())))
				.toList();
			return new Formula(set.getVersion(), FormulaValidation.validate(written), set.getReason(), set.getSetBy(),
					Wire.instant(set.getSetAt()), originNode);
		}
		catch (InvalidRequestException | NumberFormatException ex) {
			throw new MalformedEventException(
					"assessment formula version " + set.getVersion() + " is not valid: " + ex.getMessage());
		}
	}

	private static String decimal(BigDecimal value) {
		return (value != null) ? value.toPlainString() : "";
	}

	private static BigDecimal decimal(String value) {
		return value.isEmpty() ? null : new BigDecimal(value);
	}

}
