package org.ducha.node.inspection.conclusion;

import org.ducha.node.problem.ForbiddenException;

/**
 * A reviewer who is one of the conclusion's authors (条例 Art 18: 回避): 403 saying why.
 */
public class RecusalException extends ForbiddenException {

	RecusalException(String conclusionId, String reviewer, String why) {
		super(reviewer + " " + why + " and may not review the objection to conclusion " + conclusionId
				+ "; the review is made by people who are none of its authors (复核人员应当回避)");
	}

}
