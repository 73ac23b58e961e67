package org.ducha.node.attachment;

import java.util.Collection;
import java.util.Optional;

import org.ducha.node.security.Actor;

/**
 * Records that reference attachments (reports, and later others): they decide who may
 * read an attachment. Implemented by the features that own such records.
 */
public interface AttachmentReferences {

	/**
	 * The name under which a record the caller may see references the attachment; empty
	 * when no such record is held here.
	 */
	Optional<String> visibleName(Sha256 sha256, Actor actor);

	/** Whether a record about one of these nodes references the attachment. */
	boolean referencedWithin(Sha256 sha256, Collection<String> nodes);

}
