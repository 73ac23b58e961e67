package org.ducha.node.bulletin;

/**
 * How often a bulletin comes: its period and its title follow from it.
 */
public enum BulletinKind {

	/** A calendar month's (月度通报). */
	MONTHLY("月度"),

	/** A calendar quarter's (季度通报). */
	QUARTERLY("季度"),

	/** Any period a supervisor chooses (专项通报). */
	AD_HOC("专项");

	private final String label;

	BulletinKind(String label) {
		this.label = label;
	}

	/** The kind as titles name it. */
	public String label() {
		return this.label;
	}

}
