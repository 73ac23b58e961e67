package org.ducha.node.bulletin;

import java.util.List;

/**
 * A supervisor's edit of a draft: the text around the generated tables and what it says
 * of the units it names. A null field is left as it is.
 *
 * @param title the title
 * @param preface the text before the tables
 * @param closing the text after them
 * @param mentions new verdicts and wordings for units already named
 */
public record BulletinEdit(String title, String preface, String closing, List<MentionEdit> mentions) {

	/**
	 * A new verdict and wording for a unit the bulletin names.
	 *
	 * @param unitCode the unit
	 * @param verdict commended, criticised or only ranked
	 * @param text the wording (ignored when only ranked)
	 */
	public record MentionEdit(String unitCode, Verdict verdict, String text) {
	}

}
