package org.ducha.node.federation.wire;

import java.util.List;

import org.ducha.node.attachment.AttachmentRef;
import org.ducha.node.attachment.Sha256;
import org.ducha.node.federation.MalformedEventException;

/**
 * Attachment references to and from their wire form; a reference that does not name a
 * SHA-256 or a size is refused as malformed.
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

	/** References in their wire form, in order. */
	public static List<org.ducha.proto.federation.v1.AttachmentRef> toWire(List<AttachmentRef> refs) {
		return refs.stream().map(AttachmentWire::toWire).toList();
	}

	public static org.ducha.proto.federation.v1.AttachmentRef toWire(AttachmentRef ref) {
		return org.ducha.proto.federation.v1.AttachmentRef.newBuilder()
			.setSha256(ref.sha256().hex())
			.setName(ref.name())
			.setSize(ref.size())
			.setContentType(ref.contentType())
			.build();
	}

}
