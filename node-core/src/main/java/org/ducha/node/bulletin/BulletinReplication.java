package org.ducha.node.bulletin;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.ducha.node.NodeIdentity;
import org.ducha.node.problem.ForbiddenException;
import org.ducha.node.tree.Ancestry;
import org.ducha.node.tree.Directory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the bulletins published above that name units of this subtree, and reads them for
 * a re-sync. A bulletin is believed only from its publishing node, an ancestor of this
 * one; a copy is kept once and never changes (docs/protocol.md, "Authority").
 */
@Service
public class BulletinReplication {

	private final BulletinStore store;

	private final BulletinPublication publication;

	private final NodeIdentity self;

	private final Ancestry ancestry;

	private final Directory directory;

	private final JdbcClient jdbc;

	BulletinReplication(BulletinStore store, BulletinPublication publication, NodeIdentity self, Ancestry ancestry,
			Directory directory, JdbcClient jdbc) {
		this.store = store;
		this.publication = publication;
		this.self = self;
		this.ancestry = ancestry;
		this.directory = directory;
		this.jdbc = jdbc;
	}

	/**
	 * A bulletin as its publishing node states it.
	 * @param statedBy the node stating it, which must be the publisher, above this node
	 * @throws ForbiddenException otherwise, when it names no unit of this subtree, or
	 * when a copy held here differs
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void apply(Bulletin bulletin, String statedBy) {
		if (!bulletin.nodeCode().equals(statedBy) || !this.ancestry.isAncestor(statedBy)) {
			throw new ForbiddenException(
					"Bulletin " + bulletin.id() + " of " + bulletin.nodeCode() + " is stated by node " + statedBy
							+ "; only its publishing node, above " + this.self.code() + ", states it");
		}
		if (bulletin.status() != BulletinStatus.PUBLISHED || bulletin.number() == null
				|| bulletin.publishedOn() == null) {
			throw new ForbiddenException("Bulletin " + bulletin.id() + " travels unpublished");
		}
		if (bulletin.mentions().stream().noneMatch((m) -> this.directory.isSelfOrBelow(m.unitNode()))) {
			throw new ForbiddenException(
					"Bulletin " + bulletin.id() + " names no unit of the subtree of " + this.self.code());
		}
		Bulletin known = this.store.lock(bulletin.id()).orElse(null);
		if (known != null && !sameFacts(known, bulletin)) {
			throw new ForbiddenException("Bulletin " + bulletin.id() + " (" + known.number() + ") is stated again "
					+ "with other content; a published bulletin never changes, a correction is a new bulletin");
		}
		this.publication.kept(bulletin, known);
	}

	private static boolean sameFacts(Bulletin a, Bulletin b) {
		return a.nodeCode().equals(b.nodeCode()) && Objects.equals(a.number(), b.number())
				&& a.title().equals(b.title()) && Objects.equals(a.preface(), b.preface())
				&& Objects.equals(a.closing(), b.closing()) && a.tables().equals(b.tables())
				&& a.mentions().equals(b.mentions()) && Objects.equals(a.docx(), b.docx())
				&& Objects.equals(a.pdf(), b.pdf()) && Objects.equals(a.corrects(), b.corrects());
	}

	/**
	 * Published bulletins of nodes outside the given ones naming units inside them, one
	 * per bulletin and unit node, after a key (re-sync down).
	 */
	@Transactional(readOnly = true)
	public List<Addressed> publishedInto(Collection<String> nodes, String afterKey, int limit) {
		if (nodes.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("SELECT DISTINCT b.id, m.unit_node, CONCAT(b.id, ':', m.unit_node) AS k FROM bulletin b "
					+ "JOIN bulletin_mention m ON m.bulletin_id = b.id WHERE b.status = 'PUBLISHED' "
					+ "AND b.node_code NOT IN (:nodes) AND m.unit_node IN (:nodes) "
					+ "AND CONCAT(b.id, ':', m.unit_node) > :after ORDER BY k LIMIT :limit")
			.param("nodes", nodes)
			.param("after", afterKey)
			.param("limit", limit)
			.query((rs, row) -> new String[] { rs.getString("id"), rs.getString("unit_node"), rs.getString("k") })
			.list()
			.stream()
			.map((row) -> new Addressed(row[2], this.store.find(row[0]).orElseThrow(), row[1]))
			.toList();
	}

	/**
	 * A bulletin addressed to a node for a re-sync.
	 *
	 * @param key the record's key
	 * @param bulletin the bulletin
	 * @param unitNode the node of a unit it names
	 */
	public record Addressed(String key, Bulletin bulletin, String unitNode) {
	}

}
