package org.ducha.node.assessment;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

import org.ducha.node.NodeIdentity;
import org.ducha.node.NodeLevel;
import org.ducha.node.audit.AuditCategory;
import org.ducha.node.audit.AuditTrail;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The province's system administrator sets the assessment formula, as they keep the
 * division registry: province-wide configuration that every node below receives and none
 * may change (docs/business-rules.md, "Assessment"). Each version is validated, numbered,
 * audited and sent down.
 */
@Service
public class FormulaAdministration {

	private final FormulaStore store;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final NodeIdentity self;

	private final Clock clock;

	FormulaAdministration(FormulaStore store, AuditTrail audit, ApplicationEventPublisher events, NodeIdentity self,
			Clock clock) {
		this.store = store;
		this.audit = audit;
		this.events = events;
		this.self = self;
		this.clock = clock;
	}

	/**
	 * Sets a new version.
	 * @throws ForbiddenException below the province, or for anyone but its system
	 * administrator
	 * @throws InvalidRequestException naming what is wrong with the formula
	 */
	@Transactional
	public Formula set(List<FormulaValidation.Written> written, String reason, Actor actor) {
		if (this.self.level() != NodeLevel.PROVINCE) {
			throw new ForbiddenException("考核办法由省级设定，" + this.self.name() + " 只接收。 The assessment formula is set at the "
					+ "province; " + this.self.name() + " receives it from there.");
		}
		if (!actor.administers(this.self.code(), Role.SYSADMIN)) {
			throw new ForbiddenException("只有 " + this.self.name() + " 的系统管理员设定考核办法。 Only a system administrator of "
					+ this.self.name() + " sets the assessment formula.");
		}
		if (reason == null || reason.isBlank() || reason.length() > 1000) {
			throw new InvalidRequestException("请说明设定考核办法的理由（至多 1000 字）。 Give the reason, at most 1000 characters.");
		}
		List<MeasureRule> rules = FormulaValidation.validate(written);
		Formula formula = new Formula(this.store.nextVersion(), rules, reason.strip(), actor.subject(),
				this.clock.instant(), this.self.code());
		this.store.insert(formula);
		this.audit.recordWithChange(AuditCategory.REFERENCE, "ASSESSMENT_FORMULA_SET", actor.subject(), null,
				describe(formula));
		this.events.publishEvent(new FormulaChanged(formula, true));
		return formula;
	}

	static String describe(Formula formula) {
		return "assessment formula version " + formula.version() + ": "
				+ formula.rules().stream().map(MeasureRule::describe).collect(Collectors.joining("；")) + " — "
				+ formula.reason();
	}

}
