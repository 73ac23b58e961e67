package org.ducha.node.people;

/**
 * A post of a unit's leadership that the accountability ladder addresses.
 */
public enum ChargeRole {

	/** 主要负责人: receives a supervision notice, explains at the executive meeting. */
	PRINCIPAL("主要负责人"),

	/** 分管负责人: is interviewed when a rectification is not done. */
	DEPUTY("分管负责人");

	private final String label;

	ChargeRole(String label) {
		this.label = label;
	}

	/** The post's Chinese name. */
	public String label() {
		return this.label;
	}

}
