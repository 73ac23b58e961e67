package org.ducha.node.inspection.finding;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.ducha.node.NodeIdentity;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.tree.Ancestry;
import org.ducha.node.tree.Directory;
import org.ducha.node.unit.Unit;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the rectification requirements a node above states about this subtree's units,
 * and the reports this subtree's units state about requirements held here; reads them for
 * a re-sync. A node is believed only about what it owns: a requirement only from its
 * issuer, an ancestor, about a unit of this subtree; a report only from the unit's node.
 */
@Service
public class RectificationReplication {

	private final RectificationStore store;

	private final RectificationPublication publication;

	private final NodeIdentity self;

	private final Directory directory;

	private final Ancestry ancestry;

	RectificationReplication(RectificationStore store, RectificationPublication publication, NodeIdentity self,
			Directory directory, Ancestry ancestry) {
		this.store = store;
		this.publication = publication;
		this.self = self;
		this.directory = directory;
		this.ancestry = ancestry;
	}

	/**
	 * A requirement as its issuer states it: kept once, then taken only at a higher
	 * revision, which never changes what was required of whom by when.
	 * @param statedBy the node stating it, which must be the issuer, above this node
	 * @throws ForbiddenException otherwise, or when its unit lies outside this subtree
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void applyRequirement(Rectification rectification, String statedBy) {
		if (!rectification.issuingNode().equals(statedBy) || !this.ancestry.isAncestor(statedBy)) {
			throw new ForbiddenException("Rectification requirement " + rectification.id() + " of "
					+ rectification.issuingNode() + " is stated by node " + statedBy);
		}
		if (!this.directory.isSelfOrBelow(Unit.nodeOf(rectification.unitCode()))) {
			throw new ForbiddenException("Rectification requirement " + rectification.id() + " concerns unit "
					+ rectification.unitCode() + ", outside the subtree of " + this.self.code());
		}
		Rectification known = this.store.lock(rectification.id()).orElse(null);
		if (known != null && !known.keepsFactsOf(rectification)) {
			throw new ForbiddenException("Rectification requirement " + rectification.id() + " is stated again with "
					+ "other facts (finding, plan, issuer, unit, requirement or deadline), which never change");
		}
		this.publication.kept(rectification, known);
	}

	/**
	 * A unit's report, as the unit's node states it; kept once.
	 * @throws ForbiddenException when another node states it, it answers a requirement
	 * not to that unit, or a copy held here answers another
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void applyReport(UnitReport report, String statedBy) {
		if (!Unit.nodeOf(report.unitCode()).equals(statedBy) || statedBy.equals(this.self.code())) {
			throw new ForbiddenException("The rectification report of unit " + report.unitCode() + " is stated by node "
					+ statedBy + ", not by the unit's node");
		}
		Rectification rectification = this.store.find(report.rectificationId()).orElse(null);
		if (rectification == null || !rectification.unitCode().equals(report.unitCode())) {
			throw new ForbiddenException(
					"Rectification report " + report.id() + " of unit " + report.unitCode() + " answers requirement "
							+ report.rectificationId() + ", which is no requirement to that unit " + "held here");
		}
		this.store.findReport(report.id())
			.filter((known) -> !known.rectificationId().equals(report.rectificationId())
					|| !known.unitCode().equals(report.unitCode()))
			.ifPresent((known) -> {
				throw new ForbiddenException(
						"Rectification report " + report.id() + " answers requirement " + known.rectificationId()
								+ "; a copy stating requirement " + report.rectificationId() + " is refused");
			});
		this.store.insertReport(report);
	}

	/** Requirements about units of the given nodes, after an id (re-sync down). */
	@Transactional(readOnly = true)
	public List<Rectification> ofNodes(Collection<String> nodes, String afterId, int limit) {
		return this.store.ofNodes(nodes, afterId, limit);
	}

	/** A requirement held here. */
	@Transactional(readOnly = true)
	public Optional<Rectification> requirement(String id) {
		return this.store.find(id);
	}

	/**
	 * Reports of units of the given nodes on requirements issued outside them, after an
	 * id (re-sync up).
	 */
	@Transactional(readOnly = true)
	public List<UnitReport> reportsOf(Collection<String> nodes, String afterId, int limit) {
		return this.store.reportsOfNodes(nodes, afterId, limit);
	}

}
