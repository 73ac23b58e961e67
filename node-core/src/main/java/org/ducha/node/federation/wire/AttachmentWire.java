package org.ducha.node.federation.wire;

import java.util.List;

import org.ducha.node.attachment.AttachmentRef;
import org.ducha.node.attachment.Sha256;
import org.ducha.node.federation.MalformedEventException;

/**
 * Attachment references from their wire form; a reference that does not name a SHA-256 or
 * a size is refused as malformed.
 */
public final class AttachmentWire {

	private AttachmentWire() {
	}

	public static List<AttachmentRef> fromWire(List<org.ducha.proto.federation.v1.AttachmentRef> refs) {
		return refs.stream().map(AttachmentWire::fromWire).toList();
	}

	public static AttachmentRef fromWire(org.ducha.proto.federation.v1.AttachmentRef ref) {
		Sha256 sha256 = Sha256.parse(ref.getSha256())
			.orElseThrow(() -> new MalformedEventException("attachment '" + ref.getSha256() + "' is not a SHA-256"));
		if (ref.getSize() <= 0) {
			throw new MalformedEventException("attachment " + sha256 + " has size " + ref.getSize());
		}
		return new AttachmentRef(sha256, ref.getName(), ref.getSize(), ref.getContentType());
	}

}
