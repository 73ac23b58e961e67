package org.ducha.node.accountability;

import java.util.Collection;
import java.util.List;

import org.ducha.node.NodeIdentity;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.tree.Ancestry;
import org.ducha.node.tree.Directory;
import org.ducha.node.tree.DirectoryNode;
import org.ducha.node.unit.Unit;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the ladder steps and rectification reports other nodes state about this subtree's
 * units, and reads them for a re-sync. A node is believed only about what it owns: a step
 * only from its issuer, about a unit at or below the issuer; a rectification only from
 * the unit's node.
 */
@Service
public class LadderReplication {

	private static final int MAX_DEPTH = 16;

	private final StepStore steps;

	private final StepPublication publication;

	private final NodeIdentity self;

	private final Directory directory;

	private final Ancestry ancestry;

	LadderReplication(StepStore steps, StepPublication publication, NodeIdentity self, Directory directory,
			Ancestry ancestry) {
		this.steps = steps;
		this.publication = publication;
		this.self = self;
		this.directory = directory;
		this.ancestry = ancestry;
	}

	/**
	 * A step as its issuer states it: kept once, then taken only at a higher revision,
	 * which never changes its facts.
	 * @param statedBy the node stating it, which must be the issuer
	 * @throws ForbiddenException when another node states it, its unit lies outside the
	 * issuer's subtree, or a restatement changes its facts
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void applyStep(LadderStep step, String statedBy) {
		if (!step.issuingNode().equals(statedBy) || statedBy.equals(this.self.code())) {
			throw new ForbiddenException(
					"Ladder step " + step.id() + " of " + step.issuingNode() + " is stated by node " + statedBy);
		}
		String unitNode = Unit.nodeOf(step.unitCode());
		boolean fromAbove = this.ancestry.isAncestor(step.issuingNode());
		if (fromAbove ? !this.directory.isSelfOrBelow(unitNode) : !atOrBelow(unitNode, step.issuingNode())) {
			throw new ForbiddenException("Ladder step " + step.id() + " of " + step.issuingNode() + " concerns unit "
					+ step.unitCode() + ", outside the issuer's subtree as known here");
		}
		LadderStep known = this.steps.lock(step.id()).orElse(null);
		if (known != null && !known.keepsFactsOf(step)) {
			throw new ForbiddenException("Ladder step " + step.id() + " is stated again with other facts (kind, unit, "
					+ "person, date, reason, basis or deadline), which never change");
		}
		this.publication.kept(step, known);
	}

	/**
	 * A unit's rectification report, as the unit's node states it; kept once.
	 * @throws ForbiddenException when another node states it, it names a step it does not
	 * answer, or a copy held here answers another notice or is another unit's
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void applyRectification(RectificationReport report, String statedBy) {
		if (!Unit.nodeOf(report.unitCode()).equals(statedBy) || statedBy.equals(this.self.code())) {
			throw new ForbiddenException("The rectification of unit " + report.unitCode() + " is stated by node "
					+ statedBy + ", not by the unit's node");
		}
		LadderStep step = this.steps.find(report.stepId()).orElse(null);
		if (step != null && (step.kind() != StepKind.NOTICE || !step.unitCode().equals(report.unitCode()))) {
			throw new ForbiddenException("Rectification report " + report.id() + " of unit " + report.unitCode()
					+ " names step " + report.stepId() + ", which is no notice to that unit");
		}
		// a report is kept once (INSERT IGNORE): a restatement moving it to another
		// notice or unit would otherwise be acknowledged without a trace
		this.steps.findReport(report.id())
			.filter((known) -> !known.stepId().equals(report.stepId()) || !known.unitCode().equals(report.unitCode()))
			.ifPresent((known) -> {
				throw new ForbiddenException("Rectification report " + report.id() + " answers notice " + known.stepId()
						+ " of unit " + known.unitCode() + "; a copy stating notice " + report.stepId() + " of unit "
						+ report.unitCode() + " is refused");
			});
		this.steps.insertReport(report);
	}

	/**
	 * Steps about units of the given nodes, issued inside them (re-sync up) or outside
	 * them (re-sync down), after a step id.
	 */
	@Transactional(readOnly = true)
	public List<LadderStep> forSubtree(Collection<String> nodes, boolean issuedInside, String afterId, int limit) {
		return this.steps.forSubtree(nodes, issuedInside, afterId, limit);
	}

	/**
	 * Rectification reports of units of the given nodes, after a report id (re-sync up).
	 */
	@Transactional(readOnly = true)
	public List<RectificationReport> reportsOf(Collection<String> nodes, String afterId, int limit) {
		return this.steps.reportsOfNodes(nodes, afterId, limit);
	}

	/**
	 * Whether a node is the issuer or lies below it, by the parents the tree announced.
	 */
	private boolean atOrBelow(String node, String issuer) {
		String current = node;
		for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
			if (current.equals(issuer)) {
				return true;
			}
			current = this.directory.find(current).map(DirectoryNode::parentCode).orElse(null);
		}
		return false;
	}

}
