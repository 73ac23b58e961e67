package org.ducha.node.bulletin;

import java.util.List;

import org.ducha.node.NodeIdentity;
import org.ducha.node.api.PageResponse;
import org.ducha.node.attachment.AttachmentDownload;
import org.ducha.node.attachment.Attachments;
import org.ducha.node.problem.ConflictException;
import org.ducha.node.security.Actor;
import org.ducha.node.security.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the bulletins held here within what the caller may see: the list, one bulletin,
 * and the files of a published one.
 */
@Service
@Transactional(readOnly = true)
public class BulletinReading {

	private final BulletinStore store;

	private final BulletinScope scope;

	private final Attachments attachments;

	private final NodeIdentity self;

	BulletinReading(BulletinStore store, BulletinScope scope, Attachments attachments, NodeIdentity self) {
		this.store = store;
		this.scope = scope;
		this.attachments = attachments;
		this.self = self;
	}

	/** A page of the bulletins the caller may read, the newest first. */
	public PageResponse<Bulletin> list(int page, int size, Actor actor) {
		this.scope.requireLister(actor);
		boolean all = this.scope.readsAll(actor);
		boolean drafts = this.scope.ofThisNode(actor) && actor.hasAny(Role.SUPERVISOR, Role.LEADER);
		List<String> units = all ? null : List.of(actor.unitCode());
		return new PageResponse<>(this.store.list(this.self.code(), drafts, units, size, (long) page * size), page,
				size, this.store.count(this.self.code(), drafts, units));
	}

	/** A bulletin the caller may read. */
	public Bulletin get(String id, Actor actor) {
		return this.store.find(id)
			.map((found) -> this.scope.requireReadable(found, actor))
			.orElseThrow(() -> BulletinScope.notFound(id));
	}

	/**
	 * A published bulletin's Word or PDF file, the bytes published at its node.
	 * @throws ConflictException before publication, or while the bytes are on their way
	 */
	public AttachmentDownload file(String id, boolean pdf, Actor actor) {
		Bulletin bulletin = get(id, actor);
		if (bulletin.status() != BulletinStatus.PUBLISHED) {
			throw new ConflictException(
					"通报尚未发布，还没有正式文件 (bulletin " + id + " is not published; " + "its files are made at publication)");
		}
		return this.attachments.download((pdf ? bulletin.pdf() : bulletin.docx()).sha256(), actor);
	}

}
