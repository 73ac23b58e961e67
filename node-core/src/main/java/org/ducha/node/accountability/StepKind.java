package org.ducha.node.accountability;

import org.ducha.node.people.ChargeRole;

/**
 * The rungs of the ladder, and the post each one addresses.
 */
public enum StepKind {

	/** 督查通知书 to the principal leader, with a rectification deadline. */
	NOTICE("督查通知书", ChargeRole.PRINCIPAL, true),

	/** 约谈 of the deputy in charge. */
	INTERVIEW("约谈", ChargeRole.DEPUTY, true),

	/** 通报批评 of a person interviewed twice within a year. */
	CRITICISM("通报批评", ChargeRole.DEPUTY, true),

	/** 问责移送 to the supervision organ, for serious consequences or bad influence. */
	REFERRAL("问责移送", ChargeRole.DEPUTY, true),

	/** 表扬激励 (条例 Art 21). */
	COMMENDATION("表扬激励", ChargeRole.PRINCIPAL, false);

	private final String label;

	private final ChargeRole addresses;

	private final boolean punitive;

	StepKind(String label, ChargeRole addresses, boolean punitive) {
		this.label = label;
		this.addresses = addresses;
		this.punitive = punitive;
	}

	/** The step's Chinese name. */
	public String label() {
		return this.label;
	}

	/** The post whose holder the step counts against, unless a person is given. */
	public ChargeRole addresses() {
		return this.addresses;
	}

	/** Whether it holds someone to account (every rung but commendation). */
	public boolean isPunitive() {
		return this.punitive;
	}

}
