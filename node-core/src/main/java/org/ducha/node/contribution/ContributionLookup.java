package org.ducha.node.contribution;

import java.util.List;

import org.ducha.node.problem.InvalidRequestException;
import org.ducha.node.report.SummarisedContributions;

import org.springframework.stereotype.Component;

/**
 * Which contributions a lead unit's report may sum up: those passed on to its assignment
 * and held here.
 */
@Component
class ContributionLookup implements SummarisedContributions {

	private final ContributionRepository contributions;

	ContributionLookup(ContributionRepository contributions) {
		this.contributions = contributions;
	}

	@Override
	public void check(String leadAssignmentId, List<String> contributionIds) {
		for (String id : contributionIds) {
			boolean passedOn = id != null && this.contributions.findById(id)
				.filter((c) -> leadAssignmentId.equals(c.getLeadAssignmentId()))
				.isPresent();
			if (!passedOn) {
				throw new InvalidRequestException(
						"contributions: " + id + " is not a contribution passed on to assignment " + leadAssignmentId);
			}
		}
	}

}
