package org.ducha.node.inspection.finding;

import java.util.Collection;
import java.util.Optional;

import org.ducha.node.attachment.AttachmentReferences;
import org.ducha.node.attachment.Sha256;
import org.ducha.node.problem.NotFoundException;
import org.ducha.node.security.Actor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Findings and units' rectification reports as records that reference attachments:
 * whoever reads a plan's findings reads their evidence; whoever sees a requirement reads
 * the attachments of its reports.
 */
@Component
class EvidenceReferences implements AttachmentReferences {

	private final EvidenceStore evidence;

	private final FindingStore findings;

	private final RectificationStore rectifications;

	private final FindingScope scope;

	private final JdbcClient jdbc;

	EvidenceReferences(EvidenceStore evidence, FindingStore findings, RectificationStore rectifications,
			FindingScope scope, JdbcClient jdbc) {
		this.evidence = evidence;
		this.findings = findings;
		this.rectifications = rectifications;
		this.scope = scope;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> visibleName(Sha256 sha256, Actor actor) {
		for (EvidenceStore.Owner owner : this.evidence.owners(sha256)) {
			if (readable(owner.ownerId(), actor)) {
				return Optional.of(owner.name());
			}
		}
		return Optional.empty();
	}

	private boolean readable(String ownerId, Actor actor) {
		Optional<Finding> finding = this.findings.find(ownerId);
		if (finding.isPresent()) {
			try {
				this.scope.planToRead(finding.get().planId(), actor);
				return true;
			}
			catch (NotFoundException ex) {
				return false;
			}
		}
		return this.rectifications.findReport(ownerId)
			.flatMap((report) -> this.rectifications.find(report.rectificationId()))
			.filter((rectification) -> this.scope.seesRectification(rectification, actor))
			.isPresent();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean referencedWithin(Sha256 sha256, Collection<String> nodes) {
		if (nodes.isEmpty()) {
			return false;
		}
		return this.jdbc
			.sql("SELECT COUNT(*) FROM inspection_evidence e JOIN inspection_rectification_report r "
					+ "ON r.id = e.owner_id WHERE e.sha256 = :sha256 AND r.unit_node IN (:nodes)")
			.param("sha256", sha256.hex())
			.param("nodes", nodes)
			.query(Long.class)
			.single() > 0;
	}

}
