package org.ducha.node.bulletin;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.ducha.node.attachment.AttachmentReferences;
import org.ducha.node.attachment.Sha256;
import org.ducha.node.security.Actor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published bulletins as records that reference attachments (their Word and PDF files):
 * whoever may read the bulletin may read its files, and a child node fetches them when
 * the bulletin names a unit of its subtree.
 */
@Component
class BulletinAttachmentReferences implements AttachmentReferences {

	private final JdbcClient jdbc;

	private final BulletinStore store;

	private final BulletinScope scope;

	BulletinAttachmentReferences(JdbcClient jdbc, BulletinStore store, BulletinScope scope) {
		this.jdbc = jdbc;
		this.store = store;
		this.scope = scope;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> visibleName(Sha256 sha256, Actor actor) {
		List<String> ids = this.jdbc
			.sql("SELECT id FROM bulletin WHERE status = 'PUBLISHED' AND (docx_sha256 = :sha OR pdf_sha256 = :sha) "
					+ "ORDER BY id")
			.param("sha", sha256.hex())
			.query(String.class)
			.list();
		for (String id : ids) {
			Optional<Bulletin> bulletin = this.store.find(id).filter((found) -> this.scope.reads(found, actor));
			if (bulletin.isPresent()) {
				return Optional.of(bulletin.get().number()
						+ (sha256.hex().equals(bulletin.get().pdf().sha256()) ? ".pdf" : ".docx"));
			}
		}
		return Optional.empty();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean referencedWithin(Sha256 sha256, Collection<String> nodes) {
		if (nodes.isEmpty()) {
			return false;
		}
		return this.jdbc.sql("SELECT COUNT(*) FROM bulletin b JOIN bulletin_mention m ON m.bulletin_id = b.id WHERE "
				+ "b.status = 'PUBLISHED' AND (b.docx_sha256 = :sha OR b.pdf_sha256 = :sha) AND m.unit_node IN (:nodes)")
			.param("sha", sha256.hex())
			.param("nodes", nodes)
			.query(Long.class)
			.single() > 0;
	}

}
