package org.ducha.node.assessment.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.ducha.node.assessment.Formula;
import org.ducha.node.assessment.FormulaAdministration;
import org.ducha.node.assessment.FormulaValidation;
import org.ducha.node.assessment.Formulas;
import org.ducha.node.assessment.Measure;
import org.ducha.node.assessment.MeasureRule;
import org.ducha.node.security.Actor;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The assessment formula: read by everyone who works here, set by the province's system
 * administrator (the service refuses anyone else, and every node below the province).
 */
@RestController
class FormulaController {

	private final Formulas formulas;

	private final FormulaAdministration administration;

	FormulaController(Formulas formulas, FormulaAdministration administration) {
		this.formulas = formulas;
		this.administration = administration;
	}

	@GetMapping("/api/v1/assessment/formula")
	FormulaResponse inForce() {
		return new FormulaResponse(FormulaView.of(this.formulas.inForce()),
				Arrays.stream(Measure.values()).map(MeasureView::of).toList());
	}

	@GetMapping("/api/v1/assessment/formula/versions")
	List<FormulaView> versions() {
		return this.formulas.versions().stream().map(FormulaView::of).toList();
	}

	@PutMapping("/api/v1/assessment/formula")
	FormulaView set(@Valid @RequestBody FormulaRequest request, @AuthenticationPrincipal Actor actor) {
		List<FormulaValidation.Written> written = request.rules()
			.stream()
			.map((rule) -> new FormulaValidation.Written(rule.measure(), rule.weight(), rule.perFact(), rule.cap()))
			.toList();
		return FormulaView.of(this.administration.set(written, request.reason(), actor));
	}

	/**
	 * The formula in force and the measures a formula may name.
	 *
	 * @param formula the formula in force here
	 * @param measures every measure, in order
	 */
	record FormulaResponse(FormulaView formula, List<MeasureView> measures) {
	}

	/**
	 * A measure a formula may name.
	 *
	 * @param measure its name in a formula
	 * @param chinese its Chinese name
	 * @param english its English name
	 * @param kind RATE (a weight), DEDUCTION or BONUS (points per fact and a cap)
	 */
	record MeasureView(Measure measure, String chinese, String english, Measure.Kind kind) {

		static MeasureView of(Measure measure) {
			return new MeasureView(measure, measure.chinese(), measure.english(), measure.kind());
		}

	}

	/**
	 * A version of the formula.
	 *
	 * @param version its number, 0 for the default
	 * @param rules its rules
	 * @param reason why it was set
	 * @param setBy who set it
	 * @param setAt when
	 */
	record FormulaView(long version, List<RuleView> rules, String reason, String setBy, Instant setAt) {

		static FormulaView of(Formula formula) {
			return new FormulaView(formula.version(), formula.rules().stream().map(RuleView::of).toList(),
					formula.reason(), formula.setBy(), formula.setAt());
		}

	}

	/**
	 * One measure's rule.
	 *
	 * @param measure the measure
	 * @param chinese its Chinese name
	 * @param english its English name
	 * @param kind how it counts
	 * @param weight a rate's weight
	 * @param perFact a deduction's or bonus's points per fact
	 * @param cap a deduction's or bonus's cap
	 */
	record RuleView(Measure measure, String chinese, String english, Measure.Kind kind, BigDecimal weight,
			BigDecimal perFact, BigDecimal cap) {

		static RuleView of(MeasureRule rule) {
			Measure measure = rule.measure();
			return new RuleView(measure, measure.chinese(), measure.english(), measure.kind(), rule.weight(),
					rule.perFact(), rule.cap());
		}

	}

	/**
	 * A new version as the province's administrator writes it.
	 *
	 * @param rules one rule per measure counted; measures are checked by the service, so
	 * that an unknown one is named
	 * @param reason why
	 */
	record FormulaRequest(@NotEmpty @Size(max = 32) List<@Valid RuleRequest> rules,
			@NotBlank @Size(max = 1000) String reason) {
	}

	/**
	 * One rule as written.
	 *
	 * @param measure the measure's name
	 * @param weight a rate's weight
	 * @param perFact a deduction's or bonus's points per fact
	 * @param cap a deduction's or bonus's cap
	 */
	record RuleRequest(@Size(max = 64) String measure, BigDecimal weight, BigDecimal perFact, BigDecimal cap) {
	}

}
